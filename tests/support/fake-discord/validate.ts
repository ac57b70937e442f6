// Discord's rules for what a bot sends, enforced by the fake so that tests catch real bugs.

/** A message body as the bot sends it (REST JSON). */
export interface MessageBody {
  content?: string;
  embeds?: Array<Record<string, unknown>>;
  components?: unknown[];
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[]; replied_user?: boolean };
  message_reference?: { message_id?: string };
  flags?: number;
}

interface EmbedJson {
  title?: string;
  description?: string;
  footer?: { text?: string };
  author?: { name?: string };
  fields?: Array<{ name?: string; value?: string }>;
}

/** The limit violations of a message body, as readable strings (empty when it is valid). */
export function messageViolations(body: MessageBody): string[] {
  const problems: string[] = [];
  if ((body.content ?? '').length > 2000) problems.push(`content is ${body.content?.length} characters (max 2000)`);
  const embeds = (body.embeds ?? []) as EmbedJson[];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds (max 10)`);
  embeds.forEach((embed, i) => {
    const check = (what: string, value: string | undefined, max: number): void => {
      if ((value ?? '').length > max) problems.push(`embed ${i} ${what} is ${value?.length} characters (max ${max})`);
    };
    check('title', embed.title, 256);
    check('description', embed.description, 4096);
    check('footer', embed.footer?.text, 2048);
    const fields = embed.fields ?? [];
    if (fields.length > 25) problems.push(`embed ${i} has ${fields.length} fields (max 25)`);
    fields.forEach((field, j) => {
      if (!field.name || !field.value) problems.push(`embed ${i} field ${j} has an empty name or value`);
      check(`field ${j} name`, field.name, 256);
      check(`field ${j} value`, field.value, 1024);
    });
    const total = (embed.title ?? '').length + (embed.description ?? '').length + (embed.footer?.text ?? '').length + (embed.author?.name ?? '').length +
      fields.reduce((sum, f) => sum + (f.name ?? '').length + (f.value ?? '').length, 0);
    if (total > 6000) problems.push(`embed ${i} totals ${total} characters (max 6000)`);
  });
  if ((body.content ?? '').length === 0 && embeds.length === 0 && (body.components ?? []).length === 0) problems.push('empty message');
  return problems;
}

/**
 * Who this message would ping, as Discord decides it: mentions in the content count unless
 * allowed_mentions excludes them (absent allowed_mentions allows everything).
 */
export function pingsOf(body: MessageBody, repliedToAuthor: string | undefined): string[] {
  const content = body.content ?? '';
  const allowed = body.allowed_mentions;
  const parse = allowed ? (allowed.parse ?? []) : ['everyone', 'users', 'roles'];
  const pings: string[] = [];
  if (parse.includes('everyone')) for (const match of content.matchAll(/@(everyone|here)/gu)) pings.push(`@${match[1]}`);
  for (const match of content.matchAll(/<@!?(\d+)>/gu)) if (parse.includes('users') || allowed?.users?.includes(match[1] ?? '')) pings.push(`user ${match[1]}`);
  for (const match of content.matchAll(/<@&(\d+)>/gu)) if (parse.includes('roles') || allowed?.roles?.includes(match[1] ?? '')) pings.push(`role ${match[1]}`);
  if (repliedToAuthor && (allowed?.replied_user ?? true)) pings.push(`replied user ${repliedToAuthor}`);
  return pings;
}
