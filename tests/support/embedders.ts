import type { Embedder, EmbedderInfo, ProgressCallback } from '../../src/embed/index.js';
import { UseLiteEmbedder } from '../../src/embed/index.js';

let shared: Promise<UseLiteEmbedder> | undefined;

/** The real default model, loaded once per test file. */
export function realEmbedder(): Promise<UseLiteEmbedder> {
  shared ??= UseLiteEmbedder.load();
  return shared;
}

/** Wraps a real embedder, counting the passages it embeds and optionally failing midway. */
export class RecordingEmbedder implements Embedder {
  embeddedTexts: string[] = [];
  constructor(
    private readonly inner: Embedder,
    private readonly failAfterTexts = Number.POSITIVE_INFINITY,
  ) {}

  get info(): EmbedderInfo {
    return this.inner.info;
  }

  async embedPassages(texts: readonly string[], onProgress?: ProgressCallback): Promise<Float32Array[]> {
    return this.inner.embedPassages(texts, (done, total) => {
      if (done >= this.failAfterTexts) throw new Error('simulated crash in the middle of embedding');
      onProgress?.(done, total);
    }).then((vectors) => {
      this.embeddedTexts.push(...texts);
      return vectors;
    });
  }

  embedQuery(text: string): Promise<Float32Array> {
    return this.inner.embedQuery(text);
  }

  async dispose(): Promise<void> {}
}
