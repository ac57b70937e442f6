const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

interface DatePattern {
  readonly regex: RegExp;
  readonly parts: (match: RegExpExecArray) => [year: number, month: number, day: number];
}

const monthNumber = (name: string): number =>
  MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;

// Each pattern names where year, month and day are; the earliest match in the text wins.
const DATE_PATTERNS: readonly DatePattern[] = [
  { regex: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'), parts: (m) => [Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])] },
  { regex: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i'), parts: (m) => [Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1])] },
  { regex: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // Day first, as in "Created at : 7.05.2019".
  { regex: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, parts: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
];

/** The first calendar date written in `text`, as YYYY-MM-DD, or undefined. */
export function findDate(text: string): string | undefined {
  let best: { index: number; iso: string } | undefined;
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.regex.exec(text);
    if (!match) continue;
    const [year, month, day] = pattern.parts(match);
    const date = new Date(Date.UTC(year, month - 1, day));
    const valid = month >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    if (valid && (!best || match.index < best.index)) {
      best = { index: match.index, iso: date.toISOString().slice(0, 10) };
    }
  }
  return best?.iso;
}

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
  const match = /^#{1,6}[ \t]+(.+?)[ \t#]*$/u.exec(paragraph.trim());
  return match && !paragraph.trim().includes('\n') ? match[1] : undefined;
}
