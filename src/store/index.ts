export { SCHEMA_VERSION, parseManifest, manifestSchema, type Manifest } from './manifest.js';
export { VectorIndex, DEFAULT_EXACT_BELOW, type Neighbour, type VectorIndexKind, type VectorIndexOptions } from './vector-index.js';
export { beginSnapshot, currentSnapshotDir, writeFileAtomic, type SnapshotTransaction } from './snapshot.js';
export { readIndexFiles, writeIndexFiles, type IndexContents } from './index-files.js';
export { LexicalIndex, LEXICAL_VERSION, type LexicalHit } from './lexical-index.js';
