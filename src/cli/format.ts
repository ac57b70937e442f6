import type { AskResponse, EvalReport, IndexReport, SearchResponse } from '../app/index.js';
import type { IngestWarning } from '../ingest/index.js';
import { placeOf } from '../core/index.js';

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
      const where = `${hit.document}, ${placeOf(hit.location)}`;
      return `${i + 1}. [score ${hit.score.toFixed(3)}, similarity ${hit.similarity.toFixed(3)}] ${where} (${hit.chunkId})\n   ${hit.text}`;
    })
    .join('\n\n');
}

/** An answer for a person: the text with its [n] markers, then the numbered sources. */
export function formatAnswer(response: AskResponse): string {
  const heading = response.abstained ? 'Possibly related:' : 'Sources:';
  const sources = response.citations.map((c) => {
    const date = c.date ? `, ${c.date}` : '';
    return `  [${c.n}] ${c.title}${date}, ${placeOf(c.location)} (${c.document}, ${c.chunkId})\n      "${c.quote}"`;
  });
  return [response.answer, ...(sources.length > 0 ? ['', heading, ...sources] : [])].join('\n');
}

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

/** Evaluation figures, one column per configuration, then each failing question of the first. */
export function formatEval(reports: readonly EvalReport[], showFailures: boolean): string {
  const rows: Array<[string, (r: EvalReport) => string]> = [
    ['evidence recall@1', (r) => pct(r.recallAt1)],
    ['evidence recall@3', (r) => pct(r.recallAt3)],
    ['MRR', (r) => r.mrr.toFixed(3)],
    ['document@1', (r) => pct(r.documentAt1)],
    ['document@5', (r) => pct(r.documentAt5)],
    ['answer hit', (r) => pct(r.answerHit)],
    ['abstention precision', (r) => pct(r.abstentionPrecision)],
    ['abstention recall', (r) => pct(r.abstentionRecall)],
    ['false abstentions', (r) => pct(r.falseAbstention)],
    ['latency p50 (ms)', (r) => r.latencyMs.p50.toFixed(1)],
    ['latency p95 (ms)', (r) => r.latencyMs.p95.toFixed(1)],
  ];
  const first = reports[0];
  const lines = [
    `${first?.answerable ?? 0} answerable and ${first?.unanswerable ?? 0} unanswerable questions`,
    ['', ...reports.map((r) => r.label)].map((cell, i) => (i === 0 ? cell.padEnd(22) : cell.padStart(10))).join(''),
    ...rows.map(([name, cell]) => [name.padEnd(22), ...reports.map((r) => cell(r).padStart(10))].join('')),
  ];
  if (showFailures) {
    for (const report of reports) {
      lines.push('', `Failing questions (${report.label}): ${report.failures.length}`);
      for (const failure of report.failures) lines.push(`- ${failure.question}\n    ${failure.problems.join('; ')}\n    answer: ${failure.answer}`);
    }
  }
  return lines.join('\n');
}
