import { randomBytes } from 'node:crypto';
import { appendFile, copyFile, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DocentError, sha256, writeFileAtomic } from '../core/index.js';
import { documentFromBytes } from '../ingest/index.js';

/** The folder inside the corpus that keeps removed and replaced versions and the log (hidden, so never indexed). */
export const HISTORY_FOLDER = '.docent-history';
const LOG = 'log.jsonl';
const DOCUMENT_TYPES = /\.(txt|md|html?|pdf)$/iu;

const entrySchema = z.object({
  at: z.string(),
  by: z.string(),
  action: z.enum(['add', 'replace', 'remove', 'restore']),
  document: z.string(),
  /** sha256 of the file's bytes after the change (absent after a removal). */
  sha256: z.string().optional(),
  /** The previous version, kept under HISTORY_FOLDER/versions (absent when there was none). */
  previous: z.string().optional(),
});

/** One change to the corpus, as the append-only log records it. */
export type CorpusChange = z.infer<typeof entrySchema>;

/** A document of the corpus folder as `docent corpus list` shows it. */
export interface CorpusEntry {
  readonly name: string;
  readonly bytes: number;
  /** Who added (or last replaced or restored) it and when, if the log knows. */
  readonly added: { readonly by: string; readonly at: string } | undefined;
}

/** What an add did. */
export type AddOutcome =
  | { readonly kind: 'added' | 'replaced'; readonly name: string; readonly title: string; readonly date: string | undefined }
  | { readonly kind: 'duplicate'; readonly name: string; readonly existing: string };

/**
 * The corpus folder as moderators change it: documents added (checked first), replaced, removed
 * and restored, every change logged (who, what, when) in an append-only log, and every removed or
 * replaced version kept, so any change can be undone. Changes are written atomically (a temporary
 * file renamed into place). One library per corpus folder; its changes are serialized.
 */
export class CorpusLibrary {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly corpusDir: string,
    /** Largest document accepted, in bytes. */
    readonly maxBytes: number,
  ) {}

  /** The documents at the top of the corpus folder, with who added each. */
  async list(): Promise<CorpusEntry[]> {
    const added = new Map<string, { by: string; at: string }>();
    for (const change of await this.history()) {
      if (change.action === 'remove') added.delete(change.document);
      else added.set(change.document, { by: change.by, at: change.at });
    }
    const entries = await readdir(this.corpusDir, { withFileTypes: true }).catch((error: unknown) => {
      throw new DocentError('CORPUS_NOT_FOUND', `Cannot read the corpus folder ${this.corpusDir}: ${(error as Error).message}`, { cause: error });
    });
    const files = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.') && DOCUMENT_TYPES.test(entry.name)).map((entry) => entry.name).sort();
    return Promise.all(files.map(async (name) => ({ name, bytes: (await stat(path.join(this.corpusDir, name))).size, added: added.get(name) })));
  }

  /** Every change, oldest first. */
  async history(): Promise<CorpusChange[]> {
    const text = await readFile(this.logFile, 'utf8').catch(() => '');
    return text.split('\n').filter((line) => line.trim().length > 0).flatMap((line) => {
      try {
        const parsed = entrySchema.safeParse(JSON.parse(line));
        return parsed.success ? [parsed.data] : [];
      } catch {
        return [];
      }
    });
  }

  /**
   * Adds a document after checking its name, size and content (a document Docent can read, with
   * text in it). An existing name is refused unless `replace`; the same content under another name
   * is reported, not added twice.
   */
  add(name: string, bytes: Buffer, options: { by: string; replace?: boolean }): Promise<AddOutcome> {
    return this.serialized(async () => {
      checkName(name);
      if (bytes.byteLength > this.maxBytes) {
        throw new DocentError('BAD_DOCUMENT', `${name} is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; documents may be at most ${(this.maxBytes / 1024 / 1024).toFixed(0)} MB (MAX_DOCUMENT_MB).`);
      }
      const document = await documentFromBytes(name, bytes);
      if ('reason' in document) throw new DocentError('BAD_DOCUMENT', `${name} cannot be added: ${document.reason}.`);
      const hash = sha256(bytes);
      for (const entry of await this.list()) {
        if (entry.name !== name && sha256(await readFile(path.join(this.corpusDir, entry.name))) === hash) {
          return { kind: 'duplicate', name, existing: entry.name };
        }
      }
      const target = path.join(this.corpusDir, name);
      const exists = await isFile(target);
      if (exists && !options.replace) throw new DocentError('BAD_DOCUMENT', `The corpus already has ${name}; add it with replace to replace it.`);
      const previous = exists ? await this.keep(name) : undefined;
      await writeFileAtomic(target, bytes);
      await this.log({ by: options.by, action: exists ? 'replace' : 'add', document: name, sha256: hash, ...(previous && { previous }) });
      return { kind: exists ? 'replaced' : 'added', name, title: document.title, date: document.date };
    });
  }

  /** Removes a document, keeping it in the history so it can be restored. */
  remove(name: string, options: { by: string }): Promise<void> {
    return this.serialized(async () => {
      checkName(name);
      const target = path.join(this.corpusDir, name);
      if (!(await isFile(target))) throw new DocentError('BAD_DOCUMENT', `The corpus has no document ${name}.`);
      const previous = await this.keep(name);
      await rm(target);
      await this.log({ by: options.by, action: 'remove', document: name, previous });
    });
  }

  /** Brings back the version of `name` that its latest removal or replacement kept (the current one, if any, is kept in turn). */
  restore(name: string, options: { by: string }): Promise<void> {
    return this.serialized(async () => {
      checkName(name);
      const change = (await this.history()).reverse().find((entry) => entry.document === name && entry.previous !== undefined && entry.action !== 'restore');
      if (!change?.previous) throw new DocentError('BAD_DOCUMENT', `The history has no earlier version of ${name} to restore.`);
      const bytes = await readFile(path.join(this.historyDir, 'versions', change.previous));
      const target = path.join(this.corpusDir, name);
      const current = (await isFile(target)) ? await this.keep(name) : undefined;
      await writeFileAtomic(target, bytes);
      await this.log({ by: options.by, action: 'restore', document: name, sha256: sha256(bytes), ...(current && { previous: current }) });
    });
  }

  private get historyDir(): string {
    return path.join(this.corpusDir, HISTORY_FOLDER);
  }

  private get logFile(): string {
    return path.join(this.historyDir, LOG);
  }

  /** Copies the current version of `name` into the history; returns its file name there. */
  private async keep(name: string): Promise<string> {
    const versions = path.join(this.historyDir, 'versions');
    await mkdir(versions, { recursive: true });
    const kept = `${new Date().toISOString().replace(/[:.]/gu, '-')}-${randomBytes(3).toString('hex')}-${name}`;
    await copyFile(path.join(this.corpusDir, name), path.join(versions, kept));
    return kept;
  }

  private async log(change: Omit<CorpusChange, 'at'>): Promise<void> {
    await mkdir(this.historyDir, { recursive: true });
    await appendFile(this.logFile, `${JSON.stringify({ at: new Date().toISOString(), ...change })}\n`);
  }

  /** Runs changes one after another, so two adds at once never lose either. */
  private serialized<T>(change: () => Promise<T>): Promise<T> {
    const run = this.queue.then(change, change);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** A document name: a plain file name of a type Docent reads; no folders, no "..", not hidden. */
function checkName(name: string): void {
  if (name.length === 0 || name.length > 200 || /[/\\\0]/u.test(name) || name.startsWith('.') || name.includes('..')) {
    throw new DocentError('BAD_DOCUMENT', `"${name.slice(0, 80)}" is not a safe document name: use a plain file name, without folders, ".." or a leading dot.`);
  }
  if (!DOCUMENT_TYPES.test(name)) throw new DocentError('BAD_DOCUMENT', `${name} is not a type Docent reads: .txt, .md, .html or .pdf.`);
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}
