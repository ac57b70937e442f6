import { z } from 'zod';
import { DocentError } from '../core/index.js';

/** Bump when the on-disk layout changes; older indexes are then rebuilt, never misread. */
export const SCHEMA_VERSION = 1;

const embedderSchema = z.object({ backend: z.string(), model: z.string(), dimension: z.number().int().positive() });

/** What an index folder holds and how it was built. */
export const manifestSchema = z.object({
  schemaVersion: z.number().int(),
  embedder: embedderSchema,
  chunker: z.object({ version: z.number().int(), maxChars: z.number().int(), overlapSentences: z.number().int() }),
  corpusFingerprint: z.string(),
  counts: z.object({ documents: z.number().int().nonnegative(), chunks: z.number().int().nonnegative() }),
  builtAt: z.string(),
  buildSeconds: z.number().nonnegative(),
  /** `elements`: points in a graph extended from an earlier one, deleted ones included (its rows' labels are in their own file). */
  vectorIndex: z.object({ kind: z.enum(['hnsw', 'bruteforce']), space: z.literal('cosine'), elements: z.number().int().nonnegative().optional() }),
  documents: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      date: z.string().optional(),
      contentHash: z.string(),
      chunks: z.number().int().nonnegative(),
    }),
  ),
  /**
   * sha256 (hex) of each other file of the snapshot, checked on load: damage is never served
   * silently. Absent only in indexes written before checksums; those are rewritten on next open.
   */
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/u)).optional(),
});

/** The parsed manifest.json of an index. */
export type Manifest = z.infer<typeof manifestSchema>;

/** A manifest before its snapshot's files (and so their checksums) are written. */
export type ManifestDraft = Omit<Manifest, 'files'>;

/** Parses manifest.json text, failing with INDEX_CORRUPT or INDEX_MISMATCH and a message that says why. */
export function parseManifest(text: string, where: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DocentError('INDEX_CORRUPT', `The index manifest at ${where} is not valid JSON.`, { cause: error });
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    throw new DocentError('INDEX_MISMATCH', `The index at ${where} has schema version ${version}; this Docent reads version ${SCHEMA_VERSION}.`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DocentError('INDEX_CORRUPT', `The index manifest at ${where} is invalid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return parsed.data;
}
