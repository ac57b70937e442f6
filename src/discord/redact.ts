/** Node's text for a failed system call: "ENOENT: no such file or directory, scandir '/srv/corpus'". */
const SYSTEM_ERROR = /\bE[A-Z]{2,}: [^,;\n]*(?:, \w+ '[^']*'(?: -> '[^']*')?)?/gu;
/** An error code left on its own, as in "unreadable (EACCES)". */
const ERROR_CODE = /\s*\(E[A-Z]{2,}\)|\bE[A-Z]{3,}\b/gu;
/**
 * File paths and URLs of this machine: /srv/x, ~/x, ./x, ../x, C:\x, \\server\share, file:///x.
 * The bot's own commands (/status) are not paths.
 */
const PATH = /file:\/\/\S+|(?<![\w.@<>/-])(?:~|\.{1,2})?\/(?!(?:ask|search|source|status|reindex)\b)[^\s'"`,;:()<>]+|\b[A-Za-z]:\\[^\s'"`,;()<>]*|\\\\[^\s'"`,;()<>]+/gu;

/**
 * A failure message made fit for everyone to read: the host's paths and raw operating-system
 * errors removed (moderators see the full message privately). Never empty.
 */
export function publicReason(message: string): string {
  const text = message
    .replace(SYSTEM_ERROR, '')
    .replace(ERROR_CODE, '')
    .replace(PATH, '…')
    .replace(/(['"])\s*…?\s*\1/gu, '…') // a quoted path
    .replace(/(?:\s*…)+/gu, ' …')
    .replace(/\s+([.,;:])(?=\s|$)/gu, '$1')
    .replace(/\s+/gu, ' ')
    .replace(/[\s…:,;(-]+$/u, '')
    .trim();
  return text.length > 0 ? text : 'an error on the host';
}
