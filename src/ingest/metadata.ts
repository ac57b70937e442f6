import { releaseVersion, withoutBullet } from '../language/index.js';
const MAX_TITLE_CHARS = 200;

/** The document's title: its first Markdown heading, else its first non-empty line. */
export function findTitle(text: string, fallback: string): string {
  const heading = /^#{1,6}[ \t]+(.+?)[ \t#]*$/mu.exec(text)?.[1];
  const firstLine = text.split(/\r?\n/u).find((line) => line.trim().length > 0);
  const title = (heading ?? firstLine ?? '').trim();
  if (title.length === 0) return fallback;
  return title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS - 1)}…` : title;
}

/**
 * A plain line that labels the release the paragraphs below it belong to, as NEWS files write it
 * without Markdown ("* Changes in Wget 1.19.4", "* Noteworthy changes in release 3.7 (2018-12-31)
 * [stable]", "CHANGES FROM 3.3 TO 3.3a"): one line that releaseVersion reads as a release's
 * label. Its text without the bullet; undefined for any other paragraph.
 */
export function versionLabel(paragraph: string, title: string): string | undefined {
  const line = paragraph.trim();
  return line.length > MAX_HEADING_CHARS || releaseVersion(line, title) === undefined ? undefined : withoutBullet(line);
}

/** A heading's longest line: a longer one is a sentence followed by a rule. */
const MAX_HEADING_CHARS = 100;

/**
 * A heading's level (1 for "#") and text; undefined for a paragraph that is none. A line
 * underlined with "=" (level 1) or "-" (level 2), as Markdown and plain-text NEWS files write them
 * ("Changes from 5.6.2 to 5.7.1" over "-----"), is one too.
 */
export function markdownHeading(paragraph: string): { level: number; text: string } | undefined {
  const trimmed = paragraph.trim();
  const match = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/u.exec(trimmed);
  if (match && !trimmed.includes('\n')) return { level: (match[1] as string).length, text: match[2] as string };
  const [line = '', underline = '', ...rest] = trimmed.split(/\r?\n/u);
  const rule = /^[ \t]*(=+|-+)[ \t]*$/u.exec(underline)?.[1];
  const text = line.trim();
  // The rule at least half as long as the text (an underline, not a divider after a long line),
  // and text that is no list item, table row or "#" heading.
  const underlines = rule !== undefined && rule.length >= 3 && rule.length >= 0.5 * text.length;
  const listOrRow = /^(?:[-*+|>#•·]|\d+[.)]|\p{L}[.)])\s/u.test(text) || text.includes(' | ');
  if (rest.length > 0 || !underlines || text.length > MAX_HEADING_CHARS || !/\p{L}/u.test(text) || listOrRow) return undefined;
  return { level: rule.startsWith('=') ? 1 : 2, text };
}
