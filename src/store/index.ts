export { SCHEMA_VERSION, parseManifest, manifestSchema, type Manifest, type ManifestDraft } from './manifest.js';
export { VectorIndex, DEFAULT_EXACT_BELOW, MAX_DELETED_SHARE, type ExtendedRow, type GraphLabels, type Neighbour, type VectorIndexKind, type VectorIndexOptions } from './vector-index.js';
export { beginSnapshot, checkIndexFolder, currentSnapshotDir, type SnapshotTransaction } from './snapshot.js';
export { breakBuildLock } from './build-lock.js';
export { graphFileOf, readIndexFiles, writeIndexFiles, type IndexContents, type IndexDraft } from './index-files.js';
export { LexicalIndex, LEXICAL_VERSION, type LexicalHit } from './lexical-index.js';
