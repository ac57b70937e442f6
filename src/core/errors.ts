/** Machine-readable codes for failures a user can act on. */
export type DocentErrorCode =
  | 'NO_DOCUMENTS'
  | 'CORPUS_NOT_FOUND'
  | 'INDEX_MISSING'
  | 'INDEX_CORRUPT'
  | 'INDEX_MISMATCH'
  | 'INDEX_BUSY'
  | 'EMBEDDER_UNAVAILABLE'
  | 'LEXICON_UNAVAILABLE'
  | 'BAD_QUERY'
  | 'BAD_DOCUMENT'
  | 'BAD_CONFIG';

/**
 * An expected failure with a message that is safe to show a user as it is.
 * Anything else that is thrown is a bug and is reported as one.
 */
export class DocentError extends Error {
  override readonly name = 'DocentError';
  constructor(
    readonly code: DocentErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** True when `error` is a DocentError (optionally with the given code). */
export function isDocentError(error: unknown, code?: DocentErrorCode): error is DocentError {
  return error instanceof DocentError && (code === undefined || error.code === code);
}
