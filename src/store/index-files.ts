import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DocentError, forEachWithPauses, sha256, sha256InSlices, type Chunk } from '../core/index.js';
import { TermStats } from '../language/index.js';
import { parseManifest, type Manifest, type ManifestDraft } from './manifest.js';
import { LexicalIndex } from './lexical-index.js';
import { vectorsFromHnswFile } from './hnsw-file.js';
import { VectorIndex, type GraphLabels } from './vector-index.js';

/** Everything an index snapshot holds, in memory. Row i of `vectors` belongs to `chunks[i]`. */
export interface IndexContents {
  readonly manifest: Manifest;
  readonly chunks: readonly Chunk[];
  readonly vectors: readonly Float32Array[];
  readonly ann: VectorIndex;
  readonly lexical: LexicalIndex;
}

/** An index snapshot not yet written: its manifest has no checksums yet. */
export type IndexDraft = Omit<IndexContents, 'manifest'> & { readonly manifest: ManifestDraft };

const FILES = {
  manifest: 'manifest.json',
  chunks: 'chunks.jsonl',
  vectors: 'vectors.f32',
  ann: 'vectors.hnsw',
  // An extended graph (VectorIndex.extend) and its rows' labels. Its own name, so a Docent that
  // does not know labels finds no graph and rebuilds, rather than reading rows as labels.
  labelledAnn: 'vectors.labelled.hnsw',
  labels: 'vector-labels.u32',
  lexical: 'lexical.json',
} as const;

const chunkSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  title: z.string(),
  date: z.string().optional(),
  heading: z.string().optional(),
  headings: z.array(z.string()).optional(),
  tableHeader: z.string().optional(),
  location: z.object({ paragraph: z.number().int(), start: z.number().int(), end: z.number().int(), page: z.number().int().positive().optional() }),
  text: z.string(),
  sentences: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
});

/**
 * Writes the snapshot files into `dir`, then the manifest with their checksums (last, so a
 * complete manifest means complete files); returns the contents with that manifest.
 */
export async function writeIndexFiles(dir: string, draft: IndexDraft): Promise<IndexContents> {
  const files: Record<string, string> = {};
  // Hashed and serialised in slices: at 100,000 passages each takes hundreds of milliseconds, and a
  // serving bot re-indexing keeps answering meanwhile.
  const write = async (name: string, data: string | Uint8Array) => {
    await writeFile(path.join(dir, name), data);
    files[name] = await sha256InSlices(data);
  };
  const lines: string[] = [];
  await forEachWithPauses(draft.chunks, (chunk) => lines.push(`${JSON.stringify(chunk)}\n`));
  const chunkLines = lines.join('');
  // A large index's terms are counted on another core while the rest is written (TermStats.build picks them up).
  const counting = TermStats.countLines({ text: chunkLines }, draft.chunks.length);
  if (counting) TermStats.useCounts(draft.chunks, counting);
  await write(FILES.chunks, chunkLines);
  // The vectors are stored once: inside the HNSW graph when there is one, else as a flat file.
  if (draft.ann.kind === 'hnsw') {
    const { labels } = draft.ann;
    const graph = graphFileName(labels !== undefined);
    await draft.ann.write(path.join(dir, graph));
    files[graph] = await sha256InSlices(await readFile(path.join(dir, graph)));
    if (labels) await write(FILES.labels, new Uint8Array(labels.rowLabels.buffer, labels.rowLabels.byteOffset, labels.rowLabels.byteLength));
  } else {
    const dimension = draft.manifest.embedder.dimension;
    const flat = new Float32Array(draft.vectors.length * dimension);
    draft.vectors.forEach((vector, row) => flat.set(vector, row * dimension));
    await write(FILES.vectors, new Uint8Array(flat.buffer));
  }
  await write(FILES.lexical, draft.lexical.toJSON());
  const manifest: Manifest = { ...draft.manifest, files };
  await writeFile(path.join(dir, FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  return { ...draft, manifest };
}

/** Reads and cross-checks a snapshot folder; any damage is an INDEX_CORRUPT error naming the file. */
export async function readIndexFiles(dir: string): Promise<IndexContents> {
  const manifestPath = path.join(dir, FILES.manifest);
  const manifest = parseManifest(await readOrFail(manifestPath, 'utf8'), manifestPath);
  const count = manifest.counts.chunks;

  const chunksPath = path.join(dir, FILES.chunks);
  // A large index's terms are counted on another core meanwhile (TermStats.build picks them up).
  const counting = TermStats.countLines({ file: chunksPath }, count);
  const chunkLines = (await readChecked(chunksPath, manifest, 'utf8')).split('\n').filter((line) => line.length > 0);
  if (chunkLines.length !== count) corrupt(chunksPath, `holds ${chunkLines.length} chunks; the manifest says ${count}`);
  const chunks: Chunk[] = [];
  await forEachWithPauses(chunkLines, (line, i) => {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      corrupt(chunksPath, `line ${i + 1} is not JSON`);
    }
    const parsed = chunkSchema.safeParse(json);
    if (!parsed.success) corrupt(chunksPath, `line ${i + 1} is not a chunk`);
    const { date, heading, headings, tableHeader, ...rest } = parsed.data;
    if (rest.sentences.some((span) => span.start < 0 || span.end > rest.text.length || span.start >= span.end)) {
      corrupt(chunksPath, `line ${i + 1} has sentence offsets outside its text`);
    }
    const { page, ...place } = rest.location;
    chunks.push({ ...rest, location: page === undefined ? place : { ...place, page }, date, heading, ...(headings && { headings }), ...(tableHeader !== undefined && { tableHeader }) });
  });

  if (counting) TermStats.useCounts(chunks, counting);

  const { vectors, ann } = manifest.vectorIndex.kind === 'hnsw' ? await readGraph(dir, manifest) : await readExact(dir, manifest);
  const lexicalPath = path.join(dir, FILES.lexical);
  const lexical = await LexicalIndex.fromJSON(await readChecked(lexicalPath, manifest, 'utf8'), lexicalPath);
  if (lexical.size !== count) corrupt(lexicalPath, `holds ${lexical.size} chunks; the manifest says ${count}`);
  return { manifest, chunks, vectors, ann, lexical };
}

/** The file of an HNSW graph: its own name when extended (labelled), see FILES. */
function graphFileName(labelled: boolean): string {
  return labelled ? FILES.labelledAnn : FILES.ann;
}

/** An HNSW snapshot: the graph (with its rows' labels, when extended), and the vectors read back out of it. */
async function readGraph(dir: string, manifest: Manifest): Promise<{ vectors: Float32Array[]; ann: VectorIndex }> {
  const { dimension } = manifest.embedder;
  const count = manifest.counts.chunks;
  const { elements } = manifest.vectorIndex;
  let labels: GraphLabels | undefined;
  if (elements !== undefined) {
    const labelsPath = path.join(dir, FILES.labels);
    const bytes = await readChecked(labelsPath, manifest);
    if (bytes.byteLength !== count * 4) corrupt(labelsPath, `has ${bytes.byteLength} bytes; expected ${count * 4}`);
    labels = { rowLabels: new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)), elements };
  }
  const file = path.join(dir, graphFileName(labels !== undefined));
  const bytes = await readChecked(file, manifest); // hnswlib reads the file itself; check it first
  const ann = await VectorIndex.readGraph(file, dimension, count, labels);
  const byLabel = vectorsFromHnswFile(bytes, dimension, elements ?? count);
  const vectors = byLabel ? Array.from({ length: count }, (_, row) => byLabel[labels ? (labels.rowLabels[row] as number) : row] as Float32Array) : await ann.points();
  return { vectors, ann };
}

/** A snapshot small enough for exact search: the flat vectors, and the exact index rebuilt from them. */
async function readExact(dir: string, manifest: Manifest): Promise<{ vectors: Float32Array[]; ann: VectorIndex }> {
  const { dimension } = manifest.embedder;
  const count = manifest.counts.chunks;
  const file = path.join(dir, FILES.vectors);
  const bytes = await readChecked(file, manifest);
  if (bytes.byteLength !== count * dimension * 4) corrupt(file, `has ${bytes.byteLength} bytes; expected ${count * dimension * 4}`);
  const flat = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const vectors = Array.from({ length: count }, (_, row) => flat.subarray(row * dimension, (row + 1) * dimension));
  return { vectors, ann: await VectorIndex.build(vectors, dimension, { exactBelow: Number.POSITIVE_INFINITY }) };
}

/**
 * The graph file of the snapshot in `snapshotDir` when it is the very graph `manifest` describes
 * (same checksum), for extending it; undefined otherwise (another build replaced it meanwhile).
 */
export async function graphFileOf(snapshotDir: string, manifest: Manifest): Promise<string | undefined> {
  const name = graphFileName(manifest.vectorIndex.elements !== undefined);
  const expected = manifest.files?.[name];
  if (manifest.vectorIndex.kind !== 'hnsw' || expected === undefined) return undefined;
  const onDisk = await readFile(path.join(snapshotDir, FILES.manifest), 'utf8').then((json) => parseManifest(json, snapshotDir), () => undefined);
  return onDisk?.files?.[name] === expected ? path.join(snapshotDir, name) : undefined;
}

function readOrFail(file: string): Promise<Buffer>;
function readOrFail(file: string, encoding: 'utf8'): Promise<string>;
async function readOrFail(file: string, encoding?: 'utf8'): Promise<Buffer | string> {
  try {
    return encoding ? await readFile(file, encoding) : await readFile(file);
  } catch (error) {
    throw new DocentError('INDEX_CORRUPT', `The index file ${file} cannot be read: ${(error as Error).message}`, { cause: error });
  }
}

/** Reads a snapshot file and checks it against the manifest's checksum. */
function readChecked(file: string, manifest: Manifest): Promise<Buffer>;
function readChecked(file: string, manifest: Manifest, encoding: 'utf8'): Promise<string>;
async function readChecked(file: string, manifest: Manifest, encoding?: 'utf8'): Promise<Buffer | string> {
  const bytes = await readOrFail(file);
  if (manifest.files === undefined) return encoding ? bytes.toString(encoding) : bytes; // written before checksums
  const expected = manifest.files[path.basename(file)];
  if (expected === undefined) corrupt(file, 'the manifest has no checksum for it');
  if (sha256(bytes) !== expected) corrupt(file, 'its content does not match the checksum in the manifest');
  return encoding ? bytes.toString(encoding) : bytes;
}


function corrupt(file: string, why: string): never {
  throw new DocentError('INDEX_CORRUPT', `The index file ${file} is damaged (${why}). Rebuild it with \`docent index\`.`);
}
