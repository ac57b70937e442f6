export { cleanQuery, MAX_QUERY_CHARS } from './query.js';
export { denseSearch } from './dense.js';
