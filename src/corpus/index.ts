export { CorpusLibrary, HISTORY_FOLDER, type AddOutcome, type CorpusChange, type CorpusEntry } from './library.js';
