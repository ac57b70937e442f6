export { loadCorpus, sha256, type CorpusLoad, type IngestWarning, type LoadOptions } from './loaders.js';
export { chunkDocument, splitParagraphs, CHUNKER_VERSION, DEFAULT_CHUNK_OPTIONS, type ChunkOptions } from './chunker.js';
export { splitSentences, type Span } from './sentences.js';
export { findTitle } from './metadata.js';
export { findDate } from '../language/index.js';
export { htmlToText } from './html.js';
