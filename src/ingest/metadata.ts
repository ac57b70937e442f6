const MAX_TITLE_CHARS = 200;

/** The document's title: its first Markdown heading, else its first non-empty line. */
export function findTitle(text: string, fallback: string): string {
  const heading = /^#{1,6}[ \t]+(.+?)[ \t#]*$/mu.exec(text)?.[1];
  const firstLine = text.split(/\r?\n/u).find((line) => line.trim().length > 0);
  const title = (heading ?? firstLine ?? '').trim();
  if (title.length === 0) return fallback;
  return title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS - 1)}…` : title;
}

/** The text of a Markdown heading line ("## Setup" -> "Setup"), or undefined. */
export function headingText(paragraph: string): string | undefined {
  return markdownHeading(paragraph)?.text;
}

/** A Markdown heading's level (1 for "#") and text; undefined for a paragraph that is none. */
export function markdownHeading(paragraph: string): { level: number; text: string } | undefined {
  const match = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/u.exec(paragraph.trim());
  return match && !paragraph.trim().includes('\n') ? { level: (match[1] as string).length, text: match[2] as string } : undefined;
}
