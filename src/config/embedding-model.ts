import { DocentError } from '../core/index.js';

/** Which embedding model to use, parsed from EMBEDDING_MODEL. */
export type EmbeddingModelSpec =
  | { readonly kind: 'use-lite' }
  | { readonly kind: 'local'; readonly folder: string }
  | { readonly kind: 'hub'; readonly repo: string };

/**
 * Parses EMBEDDING_MODEL: empty or "use-lite" (the default, bundled with npm), "hf:owner/name"
 * (downloaded from the Hugging Face hub: needs a machine that is online), or "local:/path" or a
 * path (a transformers.js model folder on disk).
 */
export function parseEmbeddingModel(value: string | undefined): EmbeddingModelSpec {
  const text = (value ?? '').trim();
  if (text === '' || text === 'use-lite') return { kind: 'use-lite' };
  if (text.startsWith('hf:') && /^[\w.-]+\/[\w.-]+$/u.test(text.slice(3))) return { kind: 'hub', repo: text.slice(3) };
  if (text.startsWith('local:') && text.length > 6) return { kind: 'local', folder: text.slice(6) };
  if (text.startsWith('.') || text.startsWith('/')) return { kind: 'local', folder: text };
  throw new DocentError(
    'BAD_CONFIG',
    `EMBEDDING_MODEL="${text}" is not understood: use "use-lite", "hf:owner/model" or "local:/path/to/model".`,
  );
}
