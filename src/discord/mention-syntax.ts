/**
 * `text` with Discord's mention syntax turned into plain words, for places where it would show raw
 * or could ping (thread names): @everyone -> everyone, <@123> -> user, <@&5> -> role,
 * <#7> -> #channel, </ask:9> -> /ask, <:wave:1> -> :wave:.
 */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/<@!?\d+>/gu, 'user')
    .replace(/<@&\d+>/gu, 'role')
    .replace(/<#\d+>/gu, '#channel')
    .replace(/<\/([\w -]+):\d+>/gu, '/$1')
    .replace(/<a?:(\w+):\d+>/gu, ':$1:')
    .replace(/@(everyone|here)\b/giu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}
