import { DocentError, sha256, type Document } from '../core/index.js';
import { findCorpusFiles, readCorpusFile, type IngestWarning } from './corpus-files.js';
import { htmlToText } from './html.js';
import { isPdf, readPdf } from './pdf.js';
import { findDate } from '../language/index.js';
import { findTitle } from './metadata.js';

/** What loading a corpus folder produced. */
export interface CorpusLoad {
  readonly documents: Document[];
  readonly warnings: IngestWarning[];
}

/** Options for loading a corpus. */
export interface LoadOptions {
  /** Files larger than this are skipped with a warning. Default 10 MiB. */
  readonly maxFileBytes?: number;
}

/** Largest file read, by default: 10 MiB. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
const EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.pdf']);
const utf8 = new TextDecoder('utf-8', { fatal: true });


/**
 * Loads every .txt, .md, .html and .pdf file under `corpusDir`, recursively, in a stable order.
 * Unusable files and unreadable folders are skipped with a warning; a corpus with no usable
 * document is an error.
 */
export async function loadCorpus(corpusDir: string, options: LoadOptions = {}): Promise<CorpusLoad> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const { root, files, warnings } = await findCorpusFiles(corpusDir, EXTENSIONS);
  const documents: Document[] = [];
  for (const relative of files) {
    const result = await loadDocument(root, relative, maxBytes);
    if ('reason' in result) warnings.push(result);
    else documents.push(result);
  }
  if (documents.length === 0) {
    const skipped = warnings.length > 0 ? ` (${warnings.length} file(s) skipped: ${warnings.map((w) => `${w.path}: ${w.reason}`).join('; ')})` : '';
    throw new DocentError('NO_DOCUMENTS', `No usable document in ${corpusDir}: add .txt, .md, .html or .pdf files${skipped}.`);
  }
  return { documents, warnings };
}

async function loadDocument(root: string, relative: string, maxBytes: number): Promise<Document | IngestWarning> {
  const bytes = await readCorpusFile(root, relative, maxBytes);
  if (typeof bytes === 'string') return { path: relative, reason: bytes };
  return documentFromBytes(relative, bytes);
}

/** The document a file's bytes hold (text, Markdown, HTML or PDF, by name and content), or why they hold none. */
export async function documentFromBytes(relative: string, bytes: Buffer): Promise<Document | IngestWarning> {
  if (/\.pdf$/iu.test(relative) || isPdf(bytes)) return loadPdf(relative, bytes);
  if (bytes.includes(0)) return { path: relative, reason: 'binary content (NUL bytes)' };
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    return { path: relative, reason: 'not UTF-8 text' };
  }
  const text = /\.html?$/i.test(relative) ? htmlToText(raw) : raw.replace(/^\uFEFF/u, '');
  if (text.trim().length === 0) return { path: relative, reason: 'empty' };
  return {
    id: relative,
    title: findTitle(text, relative),
    date: findDate(text),
    text,
    contentHash: sha256(text),
  };
}

/** A PDF's pages as one document, pages separated by blank lines, each page's start kept for citations ("p. 3"). */
async function loadPdf(relative: string, bytes: Buffer): Promise<Document | IngestWarning> {
  if (!isPdf(bytes)) return { path: relative, reason: 'not a PDF, though named .pdf' };
  const read = await readPdf(bytes);
  if ('problem' in read) return { path: relative, reason: read.problem };
  const pageStarts: number[] = [];
  let text = '';
  for (const page of read.pages) {
    if (text.length > 0) text += '\n\n';
    pageStarts.push(text.length);
    text += page;
  }
  return { id: relative, title: findTitle(text, relative), date: findDate(text), text, contentHash: sha256(text), pageStarts };
}
