import { Engine } from '../app/index.js';
import { loadEngineConfig, type ConfigOverrides } from '../config/index.js';
import { formatIndexReport, formatWarnings } from './format.js';
import { terminalProgress } from './progress.js';

/** Opens the engine for a CLI command, telling the user on stderr when it (re)builds the index. */
export async function openEngine(overrides: ConfigOverrides): Promise<Engine> {
  const config = loadEngineConfig(process.env, overrides);
  const progress = terminalProgress();
  try {
    return await Engine.open(config, {
      onProgress: progress.onProgress,
      onIndexed: (report) => {
        progress.stop();
        for (const line of formatWarnings(report.warnings)) console.error(line);
        console.error(formatIndexReport(report, config.indexDir));
      },
      onWarning: (message) => console.error(`docent: warning: ${message}`),
    });
  } finally {
    progress.stop();
  }
}
