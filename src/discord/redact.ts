import { homedir } from 'node:os';
import path from 'node:path';
/** Node's text for a failed system call: "ENOENT: no such file or directory, scandir '/srv/corpus'". */
const SYSTEM_ERROR = /\bE[A-Z]{2,}: [^,;\n]*(?:, \w+ '[^']*'(?: -> '[^']*')?)?/gu;
/** An error code left on its own, as in "unreadable (EACCES)". */
const ERROR_CODE = /\s*\(E[A-Z]{2,}\)|\bE[A-Z]{3,}\b/gu;
/**
 * File paths and URLs of this machine: /srv/x, ~/x, ./x, ../x, C:\x, \\server\share, file:///x.
 * The bot's own commands (/status) are not paths.
 */
const PATH = /file:\/\/\S+|(?<![\w.@<>/-])(?:~|\.{1,2})?\/(?!(?:ask|search|source|status|reindex)\b)[^\s'"`,;:()<>]+|\b[A-Za-z]:\\[^\s'"`,;()<>]*|\\\\[^\s'"`,;()<>]+/gu;

/** A folder or file of this host and the words that stand for it in public messages. */
export type KnownPath = readonly [path: string, label: string];

/** The host paths the bot knows, named for members: replaced whole, even when they hold spaces. */
export function knownPaths(config: { readonly corpusDir: string; readonly indexDir: string; readonly feedbackFile?: string }): KnownPath[] {
  const paths: KnownPath[] = [[config.corpusDir, 'the corpus folder'], [config.indexDir, 'the index folder'], [process.cwd(), "the bot's folder"], [homedir(), 'the home folder']];
  if (config.feedbackFile) paths.push([path.resolve(config.feedbackFile), 'the feedback file']);
  return paths;
}

/**
 * A failure message made fit for everyone to read: the host's paths and raw operating-system
 * errors removed (moderators see the full message privately). Known paths are named first (the
 * longest first, so a file in the index folder is not half-named); any other path-like text is
 * cut. Never empty.
 */
export function publicReason(message: string, paths: readonly KnownPath[] = []): string {
  let named = message;
  for (const [hostPath, label] of [...paths].filter(([p]) => p.length > 1).sort((a, b) => b[0].length - a[0].length)) {
    // The path whole (not "/rootfs" for "/root"), and what follows it inside the folder; marked
    // with NULs so that the path pattern below leaves the label alone.
    const escaped = hostPath.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    named = named.replace(new RegExp(`${escaped}(?=$|[/\\s'":,;)])(?:/[^\\s'":,;]*)?`, 'gu'), `\u0000${label}\u0000`);
  }
  const text = named
    .replace(SYSTEM_ERROR, '')
    .replace(ERROR_CODE, '')
    .replace(PATH, '…')
    .replace(/(['"])\s*…?\s*\1/gu, '…') // a quoted path
    .replace(/(?:\s*…)+/gu, ' …')
    .replace(/\s+([.,;:])(?=\s|$)/gu, '$1')
    .replace(/\u0000/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/[\s…:,;(-]+$/u, '')
    .trim();
  return text.length > 0 ? text : 'an error on the host';
}
