import { EmbedBuilder, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { AskResponse, CitationView, EngineStatus, IndexReport, SearchResponse } from '../app/index.js';
import type { Chunk } from '../core/index.js';
import { clip, LIMITS } from './limits.js';

const COLOR_ANSWER = 0x2b7bb9;
const COLOR_ABSTAIN = 0x99a1a8;

/** The characters Discord counts toward an embed's 6,000 total. */
export function embedLength(embed: APIEmbed): number {
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
}

/** A citation as an embed field: "[n] title", then date, paragraph and a short quote. */
function sourceField(citation: CitationView, quoteChars: number): APIEmbedField {
  const where = [citation.date, `paragraph ${citation.location.paragraph}`, citation.document].filter(Boolean).join(' · ');
  return {
    name: clip(`[${citation.n}] ${citation.title}`, LIMITS.fieldName),
    value: clip(`${where}\n> ${clip(citation.quote, quoteChars)}`, LIMITS.fieldValue),
  };
}

/**
 * The answer embed: the answer with its [n] markers, then one field per source. Quotes are
 * shortened until the embed fits Discord's limits, never by failing.
 */
export function answerEmbed(response: AskResponse): APIEmbed {
  const description = response.abstained
    ? `${response.answer}${response.citations.length > 0 ? ' These passages may be related:' : ''}`
    : response.answer;
  const base = {
    title: clip(response.question, LIMITS.embedTitle),
    description: clip(description, LIMITS.embedDescription),
    color: response.abstained ? COLOR_ABSTAIN : COLOR_ANSWER,
    footer: { text: response.abstained ? 'Not found in the release' : 'Answer drawn from the release; numbers cite its passages' },
  };
  const citations = response.citations.slice(0, LIMITS.fields);
  for (const quoteChars of [300, 200, 120, 60, 0]) {
    const embed: APIEmbed = { ...base, fields: citations.map((c) => sourceField(c, Math.max(quoteChars, 1))) };
    if (embedLength(embed) <= LIMITS.embedTotal) return embed;
  }
  return { ...base, description: clip(base.description, 2000), fields: citations.map((c) => sourceField(c, 1)) };
}

/** The full cited passages, for the "Sources" button (one embed, within limits). */
export function sourcesEmbed(citations: readonly { n: number; chunk: Chunk }[]): APIEmbed {
  const perField = Math.min(LIMITS.fieldValue, Math.floor((LIMITS.embedTotal - 200) / Math.max(1, citations.length)) - LIMITS.fieldName);
  return new EmbedBuilder()
    .setTitle('Sources')
    .setColor(COLOR_ANSWER)
    .addFields(
      citations.slice(0, LIMITS.fields).map(({ n, chunk }) => ({
        name: clip(`[${n}] ${chunk.title} · paragraph ${chunk.location.paragraph}`, LIMITS.fieldName),
        value: clip(`${chunk.text}\n\`${chunk.id}\``, perField),
      })),
    )
    .toJSON();
}

/** Search results as an embed. */
export function searchEmbed(response: SearchResponse): APIEmbed {
  const fields = response.results.slice(0, 10).map((hit, i) => ({
    name: clip(`${i + 1}. ${hit.title} · paragraph ${hit.location.paragraph} · ${hit.score.toFixed(3)}`, LIMITS.fieldName),
    value: `${clip(hit.text, 450)}\n\`${hit.chunkId}\``,
  }));
  return {
    title: clip(`Search: ${response.query}`, LIMITS.embedTitle),
    color: COLOR_ANSWER,
    ...(fields.length > 0 ? { fields } : { description: 'No passages found.' }),
  };
}

/** One passage in full, with its neighbours shortened around it. */
export function sourceEmbed(found: { chunk: Chunk; previous: Chunk | undefined; next: Chunk | undefined }): APIEmbed {
  const { chunk, previous, next } = found;
  const fields: APIEmbedField[] = [];
  if (previous) fields.push({ name: `Before (paragraph ${previous.location.paragraph})`, value: clip(previous.text, 600) });
  if (next) fields.push({ name: `After (paragraph ${next.location.paragraph})`, value: clip(next.text, 600) });
  return {
    title: clip(chunk.title, LIMITS.embedTitle),
    description: clip(`${chunk.text}`, 3000),
    color: COLOR_ANSWER,
    fields,
    footer: { text: clip(`${chunk.documentId} · paragraph ${chunk.location.paragraph} · characters ${chunk.location.start}-${chunk.location.end} · ${chunk.id}`, LIMITS.footer) },
  };
}

/** What /status shows. */
export function statusEmbed(status: EngineStatus): APIEmbed {
  const last = status.lastReindex;
  const lastText = !last ? 'none since start' : last.error ? `failed at ${last.at}: ${last.error}` : last.report ? `${last.at}: ${summarizeReport(last.report)}` : last.at;
  return {
    title: 'Docent status',
    color: COLOR_ANSWER,
    fields: [
      { name: 'Documents', value: String(status.documents), inline: true },
      { name: 'Passages', value: String(status.chunks), inline: true },
      { name: 'Model', value: clip(status.model, LIMITS.fieldValue) },
      { name: 'Index built', value: status.builtAt },
      { name: 'Last re-index', value: clip(`${lastText}${status.reindexing ? ' (one is running now)' : ''}`, LIMITS.fieldValue) },
    ],
  };
}

/** A re-index report in one or two lines. */
export function summarizeReport(report: IndexReport): string {
  const docs = (label: string, ids: readonly string[]): string => (ids.length > 0 ? `${label} ${ids.length} (${clip(ids.join(', '), 300)})` : `${label} 0`);
  const changes = [docs('added', report.documentsAdded), docs('changed', report.documentsChanged), docs('removed', report.documentsRemoved)].join(', ');
  const verb = report.dryRun ? 'Would re-index' : report.upToDate ? 'Already up to date:' : 'Re-indexed';
  return `${verb} ${report.documents} documents, ${report.chunks} passages. Documents ${changes}. Passages: ${report.chunksEmbedded} embedded, ${report.chunksReused} reused, ${report.chunksRemoved} removed${report.dryRun ? '' : ` in ${report.seconds.toFixed(1)} s`}.${report.warnings.length > 0 ? ` Skipped: ${clip(report.warnings.map((w) => `${w.path} (${w.reason})`).join('; '), 400)}.` : ''}`;
}
