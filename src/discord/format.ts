import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { AskResponse, CitationView, EngineStatus, IndexReport, SearchResponse } from '../app/index.js';
import { placeOf, shorten, type Chunk } from '../core/index.js';
import { LIMITS } from './limits.js';
import { displayText } from './display-text.js';
import { publicReason, type KnownPath } from './redact.js';

const COLOR_ANSWER = 0x2b7bb9;
const COLOR_ABSTAIN = 0x99a1a8;

/** The characters Discord counts toward an embed's 6,000 total. */
export function embedLength(embed: APIEmbed): number {
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
}

/** Characters each field can count on, however long the description (name and value together). */
const MIN_FIELD_CHARS = 120;
/** Longest quote shown under a source, before any shortening to fit. */
const QUOTE_CHARS = 300;

/**
 * Fields shortened so that, with `used` characters already in the embed, the embed stays within
 * Discord's 6,000 total, 25 fields, 256-character names and 1,024-character values.
 */
function fitFields(fields: readonly APIEmbedField[], used: number): APIEmbedField[] {
  const kept = fields.slice(0, LIMITS.fields);
  const perField = Math.max(MIN_FIELD_CHARS, Math.floor((LIMITS.embedTotal - used) / Math.max(1, kept.length)));
  return kept.map((field) => {
    const name = shorten(field.name, Math.min(LIMITS.fieldName, Math.floor(perField / 3)));
    return { ...field, name, value: shorten(field.value, Math.min(LIMITS.fieldValue, perField - name.length)) };
  });
}

/**
 * A citation as a field: "[n] title", then date, paragraph and document. The cited sentence is
 * quoted only when the answer does not already say it in full (it was shortened to fit).
 */
function sourceField(citation: CitationView, answerSaysIt: boolean): APIEmbedField {
  const where = displayText([citation.date, placeOf(citation.location), citation.document].filter(Boolean).join(' · '), LIMITS.fieldValue);
  const name = `[${citation.n}] ${displayText(citation.title, LIMITS.fieldName)}`;
  return { name, value: answerSaysIt ? where : `${where}\n> ${shorten(displayText(citation.quote, QUOTE_CHARS), QUOTE_CHARS)}` };
}

/**
 * The answer embed: the answer with its [n] markers, then one field per source. Everything is
 * shortened to fit Discord's limits (the answer first keeps room for every source), never failing.
 */
export function answerEmbed(response: AskResponse): APIEmbed {
  const citations = response.citations.slice(0, LIMITS.fields);
  const title = shorten(displayText(response.question, LIMITS.embedTitle), LIMITS.embedTitle);
  const footer = response.abstained ? 'Not found in the release' : 'Answer drawn from the release; numbers cite its passages';
  const fullDescription = response.abstained
    ? `${displayText(response.answer, LIMITS.embedDescription)}${citations.length > 0 ? ' These passages may be related:' : ''}`
    : displayText(response.answer, LIMITS.embedDescription);
  const room = LIMITS.embedTotal - title.length - footer.length;
  const description = shorten(fullDescription, Math.min(LIMITS.embedDescription, room - citations.length * MIN_FIELD_CHARS));
  return {
    title,
    description,
    color: response.abstained ? COLOR_ABSTAIN : COLOR_ANSWER,
    footer: { text: footer },
    // The quote is left out where the answer, shown whole, already says it; an abstention quotes
    // nothing, so its related passages show their sentence.
    fields: fitFields(
      citations.map((citation) => sourceField(citation, !response.abstained && description === fullDescription && response.answer.includes(citation.quote))),
      title.length + footer.length + description.length,
    ),
  };
}

/** The full cited passages, for the "Sources" button (one embed, within limits). */
export function sourcesEmbed(citations: readonly { n: number; chunk: Chunk }[]): APIEmbed {
  const fields = citations.map(({ n, chunk }) => ({
    name: `[${n}] ${displayText(chunk.title, LIMITS.fieldName)} · ${placeOf(chunk.location)}`,
    value: `\`${chunk.id}\` ${displayText(chunk.text, LIMITS.fieldValue)}`,
  }));
  return { title: 'Sources', color: COLOR_ANSWER, fields: fitFields(fields, 'Sources'.length) };
}

/** Search results as an embed; each passage's id leads its text, so /source can open it. */
export function searchEmbed(response: SearchResponse): APIEmbed {
  const title = shorten(`Search: ${displayText(response.query, LIMITS.embedTitle)}`, LIMITS.embedTitle);
  const fields = response.results.slice(0, 10).map((hit, i) => ({
    name: `${i + 1}. ${displayText(hit.title, LIMITS.fieldName)} · ${placeOf(hit.location)} · ${hit.score.toFixed(3)}`,
    value: `\`${hit.chunkId}\` ${shorten(displayText(hit.text, 450), 450)}`,
  }));
  return { title, color: COLOR_ANSWER, ...(fields.length > 0 ? { fields: fitFields(fields, title.length) } : { description: 'No passages found.' }) };
}

/** One passage in full, with its neighbours shortened around it. */
export function sourceEmbed(found: { chunk: Chunk; previous: Chunk | undefined; next: Chunk | undefined }): APIEmbed {
  const { chunk, previous, next } = found;
  const fields: APIEmbedField[] = [];
  if (previous) fields.push({ name: `Before (${placeOf(previous.location)})`, value: shorten(displayText(previous.text, 600), 600) });
  if (next) fields.push({ name: `After (${placeOf(next.location)})`, value: shorten(displayText(next.text, 600), 600) });
  return {
    title: shorten(displayText(chunk.title, LIMITS.embedTitle), LIMITS.embedTitle),
    description: shorten(displayText(chunk.text, 3000), 3000),
    color: COLOR_ANSWER,
    fields,
    footer: { text: shorten(`${chunk.id} · ${placeOf(chunk.location)} · characters ${chunk.location.start}-${chunk.location.end} · ${chunk.documentId}`, 300) },
  };
}

/**
 * What /status shows, to everyone: a failed re-index gives its reason without the host's paths or
 * raw system errors (moderators get those privately, see lastReindexDetails).
 */
export function statusEmbed(status: EngineStatus, paths: readonly KnownPath[] = []): APIEmbed {
  const last = status.lastReindex;
  const lastText = !last
    ? 'none since start'
    : last.error
      ? `failed at ${last.at}: ${publicReason(last.error, paths)}. Moderators can see the details with /status.`
      : last.report ? `${last.at}: ${publicReason(summarizeReport(last.report, { namesSkipped: false }), paths)}` : last.at;
  return {
    title: 'Docent status',
    color: COLOR_ANSWER,
    fields: [
      { name: 'Documents', value: String(status.documents), inline: true },
      { name: 'Passages', value: String(status.chunks), inline: true },
      { name: 'Model', value: shorten(status.model, LIMITS.fieldValue) },
      { name: 'Index built', value: status.builtAt },
      { name: 'Last re-index', value: shorten(`${lastText}${status.reindexing ? ' (one is running now)' : ''}`, LIMITS.fieldValue) },
    ],
  };
}

/** The full message of a failed last re-index, for a moderator's eyes only; undefined when it did not fail. */
export function lastReindexDetails(status: EngineStatus): string | undefined {
  const last = status.lastReindex;
  if (!last?.error) return undefined;
  return shorten(`The last re-index failed at ${last.at}: ${last.error}`, LIMITS.content);
}

/**
 * `text` as an inline code span that nothing in it can break out of: backticks (which would end
 * the span) and line breaks are replaced, and it is never empty.
 */
export function codeSpan(text: string, max: number): string {
  const inner = shorten(text.replace(/`/gu, "'").replace(/\s+/gu, ' ').trim(), max);
  return `\`${inner.length > 0 ? inner : '(empty)'}\``;
}

/**
 * The files the index skipped and why, for a moderator's eyes only (names can be sensitive);
 * undefined when none were.
 */
export function skippedDetails(status: EngineStatus): string | undefined {
  if (status.skipped.length === 0) return undefined;
  const lines = status.skipped.map((warning) => `• ${displayText(warning.path, 200)}: ${displayText(warning.reason, 200)}`);
  return shorten(`Skipped by the index (${status.skipped.length}):\n${lines.join('\n')}`, LIMITS.content);
}

/**
 * A re-index report in one or two lines; `namesSkipped: false` only counts skipped files (for
 * everyone's eyes), else they are named with their reasons.
 */
export function summarizeReport(report: IndexReport, options: { readonly namesSkipped?: boolean } = {}): string {
  const skipped = report.warnings.length === 0 ? '' : options.namesSkipped === false
    ? ` Skipped ${report.warnings.length} file${report.warnings.length === 1 ? '' : 's'} (moderators see which in /status).`
    : ` Skipped: ${shorten(report.warnings.map((w) => `${w.path} (${w.reason})`).join('; '), 400)}.`;
  const docs = (label: string, ids: readonly string[]): string => (ids.length > 0 ? `${label} ${ids.length} (${shorten(ids.join(', '), 300)})` : `${label} 0`);
  const changes = [docs('added', report.documentsAdded), docs('changed', report.documentsChanged), docs('removed', report.documentsRemoved)].join(', ');
  const verb = report.dryRun ? 'Would re-index' : report.upToDate ? 'Already up to date:' : 'Re-indexed';
  return `${verb} ${report.documents} documents, ${report.chunks} passages. Documents ${changes}. Passages: ${report.chunksEmbedded} embedded, ${report.chunksReused} reused, ${report.chunksRemoved} removed${report.dryRun ? '' : ` in ${report.seconds.toFixed(1)} s`}.${skipped}`;
}
