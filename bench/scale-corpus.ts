// Corpora of real English text for npm run bench:scale, built offline and deterministically from
// the system's manual pages (/usr/share/man/man1..8, troff turned into Markdown) and then
// /usr/share/doc (READMEs, changelogs, copyright files, HTML manuals; .gz files gunzipped), in
// sorted file order, duplicate files, near-duplicate documents (half their passages seen before)
// and manual pages beyond 200 of one command family skipped. The corpora are nested: each size's documents are
// the first documents of the next size's. Vectors are cached by sha256 of the embedding input.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Chunk, Document } from '../src/core/index.js';
import { embeddingInput } from '../src/app/index.js';
import type { Embedder, EmbedderInfo, ProgressCallback } from '../src/embed/index.js';
import { chunkDocument, documentFromBytes } from '../src/ingest/index.js';

/** Version of the corpus recipe; a change rebuilds the corpora (the vector cache stays valid). */
const RECIPE = 4;
/** Documents at least this share of whose passages already appeared are skipped as near-duplicates (templated pages, such as the thousands of gcloud pages). */
const NEAR_DUPLICATE_SHARE = 0.5;
/** Documents whose text is longer than this are skipped (a few changelogs run to megabytes). */
const MAX_TEXT_CHARS = 256 * 1024;
/** Manual pages of one command family (the name before the first "_" or "-") beyond this many are skipped: 16,631 of man1's 17,849 pages here are gcloud's, generated from one template. */
const MAX_PAGES_PER_FAMILY = 200;
const MAN_SECTIONS = ['man1', 'man2', 'man3', 'man4', 'man5', 'man6', 'man7', 'man8'];
const DOC_TEXT_EXTENSIONS = new Set(['', '.txt', '.md', '.markdown', '.rst', '.html', '.htm', '.debian', '.text']);

/** One corpus of the nested set: its folder, documents and passages. */
export interface ScaleCorpus {
  readonly target: number;
  readonly dir: string;
  readonly documents: number;
  readonly chunks: number;
}

interface CorpusList {
  readonly recipe: number;
  readonly corpora: readonly ScaleCorpus[];
}

/** Manual-page troff reduced to Markdown-ish text: section headings, paragraphs, fonts and escapes dropped. */
export function troffToText(source: string): string {
  const out: string[] = [];
  let title = '';
  const inline = (text: string): string => text
    .replace(/\\f(\[[^\]]*\]|\([A-Za-z0-9]{2}|[A-Za-z0-9])/gu, '')
    .replace(/\\s[+-]?\d+/gu, '').replace(/\\[hvwHSxlLo]'[^']*'/gu, '').replace(/\\[{}]/gu, '')
    .replace(/\\\*(\[[^\]]*\]|\([A-Za-z0-9]{2}|[A-Za-z0-9])/gu, '')
    .replace(/\\\((em|en)/gu, '—').replace(/\\\((lq|rq|dq)/gu, '"').replace(/\\\((aq|oq|cq)/gu, "'").replace(/\\\(bu/gu, '•')
    .replace(/\\\([A-Za-z0-9]{2}/gu, '').replace(/\\\[[^\]]*\]/gu, '')
    .replace(/\\[-e]/gu, (m) => (m === '\\-' ? '-' : '\\'))
    .replace(/\\[&%,/|^:c ]/gu, (m) => (m === '\\ ' ? ' ' : ''))
    .replace(/\\"/gu, '');
  const args = (rest: string): string[] => [...rest.matchAll(/"([^"]*)"|(\S+)/gu)].map((m) => m[1] ?? m[2] ?? '');
  for (const raw of source.split('\n')) {
    const line = raw.trimEnd();
    if (/^['.]\s*\\"/u.test(line) || line === '.') continue;
    const macro = /^[.']\s*([A-Za-z]{1,3})\s*(.*)$/u.exec(line);
    if (!macro) {
      if (/^[.']/u.test(line)) continue; // a request without a name (".\\}", conditionals): no prose
      out.push(inline(line));
      continue;
    }
    const [, name = '', rest = ''] = macro;
    switch (name) {
      case 'TH': title = args(rest)[0] ?? ''; break;
      case 'SH': case 'SS': out.push('', `${name === 'SH' ? '##' : '###'} ${inline(args(rest).join(' '))}`, ''); break;
      case 'PP': case 'LP': case 'P': case 'TP': case 'sp': case 'br': out.push(''); break;
      case 'IP': out.push('', inline(args(rest)[0] ?? '')); break;
      case 'B': case 'I': case 'SM': out.push(inline(args(rest).join(' '))); break;
      case 'BR': case 'RB': case 'IR': case 'RI': case 'BI': case 'IB': out.push(inline(args(rest).join(''))); break;
      case 'Nm': case 'Nd': case 'Sh': case 'Ss': case 'Fl': case 'Ar': case 'Pa': case 'It': case 'Xr': case 'Op':
        out.push(name === 'Sh' || name === 'Ss' ? `\n## ${inline(rest)}\n` : inline(rest));
        break;
      case 'Pp': out.push(''); break;
      default: break; // other requests and macros carry no prose
    }
  }
  const body = out.join('\n').replace(/^•\n\n/gmu, '').replace(/\n{3,}/gu, '\n\n').trim(); // a bullet printed for both devices
  return title ? `# ${title}\n\n${body}\n` : `${body}\n`;
}

async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The candidate documents in order: each yields its corpus file name and bytes, or nothing when unusable. */
async function* sourceDocuments(): AsyncGenerator<{ name: string; bytes: Buffer }> {
  for (const section of MAN_SECTIONS) {
    const families = new Map<string, number>();
    for (const file of await filesUnder(path.join('/usr/share/man', section))) {
      const family = path.basename(file).split(/[-_.]/u)[0] ?? '';
      const pages = (families.get(family) ?? 0) + 1;
      families.set(family, pages);
      if (pages > MAX_PAGES_PER_FAMILY) continue;
      const raw = await readFile(file);
      const source = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
      if (/^\.so\s/mu.test(source.slice(0, 200))) continue; // a link to another page
      const name = `man__${section}__${path.basename(file).replace(/\.gz$/u, '')}.md`;
      yield { name, bytes: Buffer.from(troffToText(source)) };
    }
  }
  for (const file of await filesUnder('/usr/share/doc')) {
    const inner = file.replace(/\.gz$/u, '');
    const extension = path.extname(inner).toLowerCase();
    if (!DOC_TEXT_EXTENSIONS.has(extension)) continue;
    const raw = await readFile(file);
    const bytes = file.endsWith('.gz') ? gunzipSync(raw) : raw;
    const relative = path.relative('/usr/share/doc', inner).replace(/[\\/]/gu, '__');
    yield { name: /\.(md|markdown|txt|html?)$/iu.test(relative) ? relative : `${relative}.txt`, bytes };
  }
}

/**
 * Builds (or, when bench-out already holds them, reuses) the nested corpora in `root`/corpus-<n>
 * for each size in `targets`: each holds the first documents of the source order that reach at
 * least that many passages.
 */
export async function buildScaleCorpora(root: string, targets: readonly number[]): Promise<ScaleCorpus[]> {
  const listFile = path.join(root, 'corpora.json');
  const sorted = [...targets].sort((a, b) => a - b);
  if (existsSync(listFile)) {
    const list = JSON.parse(await readFile(listFile, 'utf8')) as CorpusList;
    const found = sorted.map((target) => list.corpora.find((corpus) => corpus.target === target));
    if (list.recipe === RECIPE && found.every((corpus) => corpus !== undefined && existsSync(corpus.dir))) return found as ScaleCorpus[];
  }
  const dirs = sorted.map((target) => path.join(root, `corpus-${target}`));
  for (const dir of dirs) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
  }
  const seen = new Set<string>();
  const seenInputs = new Set<string>();
  const corpora: ScaleCorpus[] = [];
  let documents = 0;
  let chunks = 0;
  for await (const { name, bytes } of sourceDocuments()) {
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    const doc = await documentFromBytes(name, bytes);
    if ('reason' in doc || doc.text.length > MAX_TEXT_CHARS) continue;
    const inputs = chunkDocument(doc).map(embeddingInput);
    const count = inputs.length;
    if (count === 0 || inputs.filter((input) => seenInputs.has(input)).length >= NEAR_DUPLICATE_SHARE * count) continue;
    for (const input of inputs) seenInputs.add(input);
    for (const dir of dirs.slice(corpora.length)) await writeFile(path.join(dir, name), bytes);
    documents += 1;
    chunks += count;
    while (corpora.length < sorted.length && chunks >= (sorted[corpora.length] as number)) {
      corpora.push({ target: sorted[corpora.length] as number, dir: dirs[corpora.length] as string, documents, chunks });
    }
    if (corpora.length === sorted.length) break;
  }
  if (corpora.length < sorted.length) throw new Error(`only ${chunks} passages of text under /usr/share/man and /usr/share/doc; wanted ${sorted.at(-1)}`);
  await writeFile(listFile, JSON.stringify({ recipe: RECIPE, corpora } satisfies CorpusList, null, 1));
  return corpora;
}

/** The passages of the corpus documents, chunked as the indexer chunks them. */
export function passagesOf(documents: readonly Document[]): Chunk[] {
  return documents.flatMap((doc) => chunkDocument(doc));
}

/**
 * An append-only file of embedded passages: records of the 32-byte sha256 of the embedding input
 * followed by the vector as float32, so an interrupted run keeps what it embedded.
 */
export class VectorCache {
  private readonly vectors = new Map<string, Float32Array>();
  private keys: string[] | undefined;

  private constructor(
    readonly file: string,
    readonly dimension: number,
  ) {}

  /** Opens (or starts) the cache file, reading every whole record it holds. */
  static async open(file: string, dimension: number): Promise<VectorCache> {
    const cache = new VectorCache(file, dimension);
    if (!existsSync(file)) return cache;
    const bytes = await readFile(file);
    const record = 32 + dimension * 4;
    // A run killed mid-append leaves part of a record: cut it, so later appends stay aligned.
    if (bytes.length % record !== 0) await truncate(file, bytes.length - (bytes.length % record));
    for (let at = 0; at + record <= bytes.length; at += record) {
      const key = bytes.subarray(at, at + 32).toString('hex');
      const vector = new Float32Array(dimension);
      Buffer.from(vector.buffer).set(bytes.subarray(at + 32, at + record));
      cache.vectors.set(key, vector);
    }
    return cache;
  }

  /** Number of cached vectors. */
  get size(): number {
    return this.vectors.size;
  }

  /** The cached vector of an embedding input, if any. */
  get(input: string): Float32Array | undefined {
    return this.vectors.get(hashOf(input));
  }

  /** Whether an embedding input is cached. */
  has(input: string): boolean {
    return this.vectors.has(hashOf(input));
  }

  /** Adds vectors and appends them to the file. */
  async add(inputs: readonly string[], vectors: readonly Float32Array[]): Promise<void> {
    const records: Buffer[] = [];
    inputs.forEach((input, i) => {
      const key = hashOf(input);
      const vector = vectors[i] as Float32Array;
      if (this.vectors.has(key)) return;
      this.vectors.set(key, vector);
      records.push(Buffer.from(key, 'hex'), Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength));
    });
    if (records.length > 0) await appendFile(this.file, Buffer.concat(records));
  }

  /**
   * A stand-in for an input's vector, deterministic: the cached vector of another passage (chosen
   * by the input's hash) plus Gaussian noise of a third of its length, renormalised, so stand-ins
   * cluster like real passages rather than spreading uniformly over the sphere.
   */
  synthetic(input: string): Float32Array {
    const digest = createHash('sha256').update(input).digest();
    const keys = this.keys ??= [...this.vectors.keys()].sort();
    const base = this.vectors.get(keys[digest.readUInt32BE(0) % keys.length] as string) as Float32Array;
    let seed = digest.readUInt32BE(4) || 1;
    const uniform = (): number => {
      seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0;
      return (seed + 0.5) / 4294967296;
    };
    const out = new Float32Array(this.dimension);
    let norm = 0;
    for (let i = 0; i < out.length; i += 1) {
      const gaussian = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
      out[i] = (base[i] as number) + (gaussian / Math.sqrt(this.dimension)) / 3;
      norm += (out[i] as number) ** 2;
    }
    for (let i = 0; i < out.length; i += 1) out[i] = (out[i] as number) / Math.sqrt(norm);
    return out;
  }

  /** Bytes of the cache file. */
  async bytes(): Promise<number> {
    return existsSync(this.file) ? (await stat(this.file)).size : 0;
  }
}

function hashOf(input: string): string {
  return createHash('sha256').update(input).digest('hex');
}

/**
 * An embedder that answers passages from a vector cache and embeds (and caches) only the rest
 * with `inner`; queries go to `inner`. `embedded` counts the passages it had to embed.
 */
export class CachedEmbedder implements Embedder {
  /** Passages embedded by `inner` so far. */
  embedded = 0;
  /** Passages given a synthetic vector so far (only when `synthesize` is set). */
  synthesized = 0;

  constructor(
    private readonly inner: Embedder,
    private readonly cache: VectorCache,
    /** Instead of embedding a missing passage, give it a synthetic vector (not cached): see `synthetic`. */
    private readonly synthesize = false,
  ) {}

  /** The inner embedder's identity, so the index is the one the real embedder would build. */
  get info(): EmbedderInfo {
    return this.inner.info;
  }

  /** Cached vectors, and the missing ones embedded in batches that are cached as they finish. */
  async embedPassages(texts: readonly string[], onProgress?: ProgressCallback): Promise<Float32Array[]> {
    const missing = [...new Set(texts.filter((text) => !this.cache.has(text)))];
    if (this.synthesize) {
      const made = new Map(missing.map((text) => [text, this.cache.synthetic(text)] as const));
      this.synthesized += made.size;
      return texts.map((text) => this.cache.get(text) ?? (made.get(text) as Float32Array));
    }
    const batch = 256;
    for (let at = 0; at < missing.length; at += batch) {
      const slice = missing.slice(at, at + batch);
      await this.cache.add(slice, await this.inner.embedPassages(slice));
      this.embedded += slice.length;
      onProgress?.(Math.min(at + batch, missing.length), missing.length);
    }
    return texts.map((text) => this.cache.get(text) as Float32Array);
  }

  /** Embeds a query with the inner embedder. */
  embedQuery(text: string): Promise<Float32Array> {
    return this.inner.embedQuery(text);
  }

  /** Frees the inner embedder. */
  dispose(): Promise<void> {
    return this.inner.dispose();
  }
}

/** The embedding inputs of a corpus's passages, in order. */
export function embeddingInputs(chunks: readonly Chunk[]): string[] {
  return chunks.map(embeddingInput);
}
