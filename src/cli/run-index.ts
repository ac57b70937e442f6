import { createEmbedder, refreshIndex, type IndexReport } from '../app/index.js';
import type { EngineConfig } from '../config/index.js';
import { formatWarnings } from './format.js';
import { terminalProgress } from './progress.js';

/** Builds or refreshes the index as `docent index` does: a progress bar on a terminal, each skipped file on stderr. */
export async function indexWithProgress(config: EngineConfig, options: { readonly force?: boolean; readonly dryRun?: boolean } = {}): Promise<IndexReport> {
  const embedder = await createEmbedder(config.embeddingModel, config.embedThreads);
  const progress = terminalProgress();
  try {
    const { report } = await refreshIndex({
      corpusDir: config.corpusDir,
      indexDir: config.indexDir,
      embedder,
      force: options.force ?? false,
      dryRun: options.dryRun ?? false,
      maxFileBytes: config.maxDocumentBytes,
      onProgress: progress.onProgress,
    });
    progress.stop();
    for (const line of formatWarnings(report.warnings)) console.error(line);
    return report;
  } finally {
    progress.stop();
    await embedder.dispose();
  }
}
