import type { Chunk, TextSpan } from './types.js';

/** Opens with a word that points back to the sentence before ("They can re-index…", "This event will…"). */
const LEANS_ON_PREVIOUS = /^[\s“"‘']*(?:he|she|it|they|this|these|those|his|her|its|their)\b/iu;

/**
 * How each of the chunk's sentences is read: the sentence itself, or, when it leans on the one
 * before ("Moderators are members with Manage Server. They can re-index the corpus."), that one
 * and itself. One span per sentence, in order; what answers quote and what term matching sees,
 * so that "Who can re-index?" finds "Moderators…" and the answer never starts with a bare "They".
 */
export function readingSpans(chunk: Pick<Chunk, 'text' | 'sentences'>): TextSpan[] {
  return chunk.sentences.map((sentence, i) => {
    const previous = chunk.sentences[i - 1];
    return previous && LEANS_ON_PREVIOUS.test(chunk.text.slice(sentence.start, sentence.end)) ? { start: previous.start, end: sentence.end } : sentence;
  });
}
