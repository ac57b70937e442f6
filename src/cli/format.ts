import type { IndexReport, SearchResponse } from '../app/index.js';
import type { IngestWarning } from '../ingest/index.js';

/** One line per skipped corpus file. */
export function formatWarnings(warnings: readonly IngestWarning[]): string[] {
  return warnings.map((warning) => `docent: skipped ${warning.path}: ${warning.reason}`);
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The summary `docent index` prints. */
export function formatIndexReport(report: IndexReport, indexDir: string): string {
  const lines: string[] = [];
  if (report.previousIndexProblem) lines.push(`Building a new index: ${report.previousIndexProblem}`);
  const verb = report.dryRun ? 'Would index' : report.upToDate ? 'Up to date:' : 'Indexed';
  lines.push(
    `${verb} ${plural(report.documents, 'document')}, ${plural(report.chunks, 'chunk')} ` +
      `(${report.chunksEmbedded} new, ${report.chunksReused} reused, ${report.chunksRemoved} removed) ` +
      `in ${report.seconds.toFixed(1)} s -> ${indexDir}`,
  );
  const changes = [
    ['added', report.documentsAdded],
    ['changed', report.documentsChanged],
    ['removed', report.documentsRemoved],
  ] as const;
  for (const [what, ids] of changes) if (ids.length > 0) lines.push(`  ${what}: ${ids.join(', ')}`);
  return lines.join('\n');
}

/** Search results for a person. */
export function formatSearch(response: SearchResponse): string {
  if (response.results.length === 0) return `No passages for "${response.query}".`;
  return response.results
    .map((hit, i) => {
      const where = `${hit.document}, paragraph ${hit.location.paragraph}`;
      return `${i + 1}. [${hit.score.toFixed(3)}] ${where} (${hit.chunkId})\n   ${hit.text}`;
    })
    .join('\n\n');
}
