import { SingleBar, Presets } from 'cli-progress';
import type { IndexProgress } from '../app/index.js';

/** A progress bar on standard error when it is a terminal; silent otherwise (pipes, CI). */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): { onProgress: IndexProgress; stop: () => void } {
  if (!stream.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  let bar: SingleBar | undefined;
  return {
    onProgress(_phase, done, total) {
      if (!bar) {
        bar = new SingleBar({ stream, format: 'Embedding {bar} {value}/{total} chunks | {eta_formatted} left', hideCursor: true }, Presets.shades_classic);
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
