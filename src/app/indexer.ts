import { performance } from 'node:perf_hooks';
import { forEachWithPauses, isDocentError, type Chunk, type Document } from '../core/index.js';
import { embedderKey, type Embedder } from '../embed/index.js';
import { CHUNKER_VERSION, DEFAULT_CHUNK_OPTIONS, chunkDocument, loadCorpus, sha256, type IngestWarning } from '../ingest/index.js';
import {
  DEFAULT_EXACT_BELOW, LEXICAL_VERSION, LexicalIndex, SCHEMA_VERSION, VectorIndex, beginSnapshot, checkIndexFolder, currentSnapshotDir, graphFileOf, readIndexFiles, writeIndexFiles,
  type IndexContents, type Manifest, type ManifestDraft,
} from '../store/index.js';

/** What a (re-)index changed, or would change in a dry run. */
export interface IndexReport {
  readonly documents: number;
  readonly chunks: number;
  readonly documentsAdded: string[];
  readonly documentsChanged: string[];
  readonly documentsRemoved: string[];
  readonly chunksEmbedded: number;
  readonly chunksReused: number;
  readonly chunksRemoved: number;
  readonly seconds: number;
  /** True when the index already matched the corpus and nothing was written. */
  readonly upToDate: boolean;
  /** Why the previous index could not be reused, if it could not. */
  readonly previousIndexProblem: string | undefined;
  readonly warnings: IngestWarning[];
  readonly dryRun: boolean;
}

/** Phases a long index run reports. */
export type IndexProgress = (phase: 'embed', done: number, total: number) => void;

/** Inputs of a (re-)index. */
export interface RefreshOptions {
  readonly corpusDir: string;
  readonly indexDir: string;
  readonly embedder: Embedder;
  /** Report what would change without embedding or writing anything. */
  readonly dryRun?: boolean;
  /** Rebuild even when the index matches the corpus. */
  readonly force?: boolean;
  readonly exactBelow?: number;
  /** Largest file read; larger ones are skipped with a warning. */
  readonly maxFileBytes?: number;
  readonly onProgress?: IndexProgress;
  readonly signal?: AbortSignal;
  /** The index already in memory (a serving engine's), used instead of reading the live snapshot again. */
  readonly previous?: IndexContents;
}

/** What embedding sees of a chunk: its heading (when it has one) gives it context. */
export function embeddingInput(chunk: Chunk): string {
  return chunk.heading ? `${chunk.heading}\n${chunk.text}` : chunk.text;
}

/** Fingerprint of what the index is built from: documents' content and the chunking rules. */
export function corpusFingerprint(documents: readonly Document[]): string {
  const rules = JSON.stringify({ CHUNKER_VERSION, LEXICAL_VERSION, ...DEFAULT_CHUNK_OPTIONS });
  return sha256([rules, ...documents.map((doc) => `${doc.id}\u0000${doc.contentHash}`)].join('\n'));
}

/**
 * Brings the index in `indexDir` up to date with the corpus: embeds only chunks whose text is new,
 * reuses stored vectors for the rest, drops chunks of removed documents, and swaps the new
 * snapshot in atomically. Returns the report and the live index contents.
 */
export async function refreshIndex(options: RefreshOptions): Promise<{ report: IndexReport; contents: IndexContents | undefined }> {
  const started = performance.now();
  await checkIndexFolder(options.indexDir);
  // The corpus and the previous index are read together: one mostly waits on files, the other on parsing.
  const [{ documents, warnings }, { previous, problem }] = await Promise.all([
    loadCorpus(options.corpusDir, { ...(options.maxFileBytes !== undefined && { maxFileBytes: options.maxFileBytes }) }),
    options.previous ? { previous: options.previous, problem: undefined } : readPrevious(options.indexDir, options.embedder),
  ]);
  const fingerprint = corpusFingerprint(documents);
  // An index written before snapshot checksums is rewritten once (reusing every vector) to get them.
  const upToDate = !options.force && previous !== undefined && previous.manifest.corpusFingerprint === fingerprint && previous.manifest.files !== undefined;
  const diff = diffDocuments(previous?.manifest, documents);
  const report = (counts: { chunks: number; embedded: number; removed: number }): IndexReport => ({
    documents: documents.length,
    chunks: counts.chunks,
    ...diff,
    chunksEmbedded: counts.embedded,
    chunksReused: counts.chunks - counts.embedded,
    chunksRemoved: counts.removed,
    seconds: elapsed(started),
    upToDate,
    previousIndexProblem: problem,
    warnings,
    dryRun: options.dryRun ?? false,
  });
  // Nothing changed: no need to chunk and hash the corpus again (2 s at 100,000 passages, at every start).
  if (upToDate && !options.dryRun) return { report: report({ chunks: previous.chunks.length, embedded: 0, removed: 0 }), contents: previous };
  const chunks: Chunk[] = [];
  await forEachWithPauses(documents, (doc) => chunks.push(...chunkDocument(doc)));

  // Vectors are keyed by the hash of what was embedded, so unchanged text is never embedded again.
  // Hashing 100,000 passages takes about half a second: done in slices, so a serving bot keeps answering.
  const reusable = new Map<string, Float32Array>();
  const previousRow = new Map<string, number>();
  await forEachWithPauses(previous?.chunks ?? [], (chunk, row) => {
    const hash = sha256(embeddingInput(chunk));
    reusable.set(hash, previous?.vectors[row] as Float32Array);
    if (!previousRow.has(hash)) previousRow.set(hash, row);
  });
  const inputs = chunks.map(embeddingInput);
  const hashes: string[] = [];
  await forEachWithPauses(inputs, (input) => hashes.push(sha256(input)));
  const missing = [...new Map(inputs.map((input, row) => [hashes[row] as string, input] as const)).entries()]
    .filter(([hash]) => !reusable.has(hash))
    .map(([hash, input]) => ({ hash, input }));
  const newIds = new Set(chunks.map((chunk) => chunk.id));
  const counts = {
    chunks: chunks.length,
    embedded: upToDate ? 0 : missing.length,
    removed: previous?.chunks.filter((chunk) => !newIds.has(chunk.id)).length ?? 0,
  };
  if (upToDate || options.dryRun) return { report: report(counts), contents: previous };

  const embedded = await options.embedder.embedPassages(missing.map(({ input }) => input), (done, total) => {
    options.signal?.throwIfAborted();
    options.onProgress?.('embed', done, total);
  });
  embedded.forEach((vector, i) => reusable.set((missing[i] as { hash: string }).hash, vector));
  const vectors = hashes.map((hash) => reusable.get(hash) as Float32Array);
  const chunksPerDocument = new Map<string, number>();
  for (const chunk of chunks) chunksPerDocument.set(chunk.documentId, (chunksPerDocument.get(chunk.documentId) ?? 0) + 1);
  const ann = await buildVectorIndex(vectors, hashes.map((hash) => previousRow.get(hash)), previous, options);
  const manifest: ManifestDraft = {
    schemaVersion: SCHEMA_VERSION,
    embedder: { ...options.embedder.info },
    chunker: { version: CHUNKER_VERSION, ...DEFAULT_CHUNK_OPTIONS },
    corpusFingerprint: fingerprint,
    counts: { documents: documents.length, chunks: chunks.length },
    builtAt: new Date().toISOString(),
    buildSeconds: elapsed(started),
    vectorIndex: { kind: ann.kind, space: 'cosine', ...(ann.labels && { elements: ann.labels.elements }) },
    documents: documents.map((doc) => ({
      id: doc.id,
      title: doc.title,
      ...(doc.date !== undefined && { date: doc.date }),
      contentHash: doc.contentHash,
      chunks: chunksPerDocument.get(doc.id) ?? 0,
    })),
  };
  const draft = { manifest, chunks, vectors, ann, lexical: await LexicalIndex.build(chunks) };
  const transaction = await beginSnapshot(options.indexDir);
  let contents: IndexContents;
  try {
    options.signal?.throwIfAborted();
    contents = await writeIndexFiles(transaction.dir, draft);
    await transaction.commit();
  } catch (error) {
    await transaction.cancel();
    throw error;
  }
  return { report: report(counts), contents };
}

/** Loads the live index, if there is a usable one built by the same embedder. */
export async function loadIndex(indexDir: string): Promise<IndexContents> {
  return readIndexFiles(await currentSnapshotDir(indexDir));
}

/**
 * The vector index of the new snapshot: the previous HNSW graph extended with the new passages'
 * vectors when it can be (VectorIndex.extend: one added document costs its own passages, not all
 * of them again), else built afresh.
 */
async function buildVectorIndex(
  vectors: readonly Float32Array[],
  previousRows: readonly (number | undefined)[],
  previous: IndexContents | undefined,
  options: RefreshOptions,
): Promise<VectorIndex> {
  const exactBelow = options.exactBelow ?? DEFAULT_EXACT_BELOW;
  // The previous graph is read from its snapshot, which must still be the live one.
  const file = previous && !options.force && vectors.length >= exactBelow
    ? await currentSnapshotDir(options.indexDir).then((dir) => graphFileOf(dir, previous.manifest), () => undefined)
    : undefined;
  if (previous && file) {
    // A graph that cannot be read now (pruned by another build meanwhile) is built afresh instead.
    const extended = await previous.ann.extend(file, vectors.map((vector, row) => ({ vector, previousRow: previousRows[row] }))).catch(() => undefined);
    if (extended) return extended;
  }
  return VectorIndex.build(vectors, options.embedder.info.dimension, { exactBelow });
}

async function readPrevious(indexDir: string, embedder: Embedder): Promise<{ previous: IndexContents | undefined; problem: string | undefined }> {
  try {
    const previous = await loadIndex(indexDir);
    const built = embedderKey(previous.manifest.embedder);
    if (built !== embedderKey(embedder.info)) {
      return { previous: undefined, problem: `the index was built with ${built}, not ${embedderKey(embedder.info)}` };
    }
    return { previous, problem: undefined };
  } catch (error) {
    if (isDocentError(error, 'INDEX_MISSING')) return { previous: undefined, problem: 'there is no index yet' };
    if (isDocentError(error) && error.code !== 'INDEX_BUSY') return { previous: undefined, problem: error.message };
    throw error;
  }
}

function diffDocuments(manifest: Manifest | undefined, documents: readonly Document[]) {
  const before = new Map((manifest?.documents ?? []).map((doc) => [doc.id, doc.contentHash]));
  const now = new Set(documents.map((doc) => doc.id));
  return {
    documentsAdded: documents.filter((doc) => !before.has(doc.id)).map((doc) => doc.id),
    documentsChanged: documents.filter((doc) => before.has(doc.id) && before.get(doc.id) !== doc.contentHash).map((doc) => doc.id),
    documentsRemoved: [...before.keys()].filter((id) => !now.has(id)),
  };
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started) / 1000;
}
