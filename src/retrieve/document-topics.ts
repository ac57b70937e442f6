import type { TermStats } from '../language/index.js';
import { AveragedAffinity } from './document-affinity.js';
import { DocumentLinks } from './document-links.js';
import { NameTopics } from './name-topics.js';
import { PassageNeighbours, type LinkedContents } from './passage-neighbours.js';
import { SharedVocabulary } from './shared-vocabulary.js';

/** The fewest documents a topic found by shared words holds. */
const MIN_WORD_TOPIC = 3;

/**
 * The topic apart each document of an index is on, by three kinds of evidence, the surest first:
 * - its passages' nearest neighbours lie in the topic's documents (PassageNeighbours);
 * - else, neighbours and rare words shared count half each (SharedVocabulary). A course's
 *   assignment brief finds its passages' neighbours in database manuals, but the syllabus, the
 *   schedule and the announcements share its room numbers, names and deadlines;
 * - else, the documents about the same names (NameTopics).
 * Built once per index and shared with the topics narrowed from it.
 */
export class DocumentTopics {
  private readonly byNeighbours: DocumentLinks;
  /** Undefined where no word can tie documents (SharedVocabulary.ties): neighbours at half weight find nothing more. */
  private readonly byNeighboursAndWords: DocumentLinks | undefined;
  private readonly byNames: NameTopics;

  private constructor(contents: LinkedContents, stats: TermStats, vocabulary: SharedVocabulary) {
    const neighbours = new PassageNeighbours(contents);
    this.byNeighbours = new DocumentLinks(contents.chunks, neighbours);
    this.byNeighboursAndWords = vocabulary.ties ? new DocumentLinks(contents.chunks, new AveragedAffinity([neighbours, vocabulary])) : undefined;
    this.byNames = new NameTopics(contents.chunks, stats);
  }

  /** Topics for an index's contents, with the whole corpus's term statistics (its documents' words read at once: SharedVocabulary.build). */
  static async build(contents: LinkedContents, stats: TermStats, documentIds: readonly string[]): Promise<DocumentTopics> {
    return new DocumentTopics(contents, stats, await SharedVocabulary.build(stats, documentIds));
  }

  /** The documents on one topic apart with this one, itself included; undefined when none stands apart. */
  topicOf(documentId: string): ReadonlySet<string> | undefined {
    return this.byNeighbours.topicOf(documentId) ?? this.byWords(documentId) ?? this.byNames.topicOf(documentId);
  }

  /**
   * The topic grown from neighbours and shared words, when it holds MIN_WORD_TOPIC documents: two
   * FAQ answers that share a few words are no topic apart from the rest (as with names).
   */
  private byWords(documentId: string): ReadonlySet<string> | undefined {
    const topic = this.byNeighboursAndWords?.topicOf(documentId);
    return topic && topic.size >= MIN_WORD_TOPIC ? topic : undefined;
  }
}
