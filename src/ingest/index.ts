export { DEFAULT_MAX_FILE_BYTES, documentFromBytes, loadCorpus, type CorpusLoad, type LoadOptions } from './loaders.js';
export { sha256 } from '../core/index.js';
export { findCorpusFiles, readCorpusFile, type CorpusFiles, type IngestWarning } from './corpus-files.js';
export { chunkDocument, splitParagraphs, CHUNKER_VERSION, DEFAULT_CHUNK_OPTIONS, type ChunkOptions } from './chunker.js';
export { splitSentences, type Span } from './sentences.js';
export { findTitle } from './metadata.js';
export { findDate } from '../language/index.js';
export { htmlToText } from './html.js';
