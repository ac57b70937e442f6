import type { Chunk } from '../core/index.js';
import type { TermStats } from '../language/index.js';

/** A name said in this share of a document's passages (and in two at least) is one the document is about. */
const SIGNATURE_SHARE = 0.2;
/** ...in at least this many of them. */
const SIGNATURE_MIN_PASSAGES = 2;
/** A name held by more documents than this, or by a quarter of them or more, marks no topic apart. */
const MAX_NAMED_DOCUMENTS = 64;
/**
 * Nor one held by fewer: in a FAQ, two answers about one tool ("Raku" in Perl's) are no topic
 * apart from the rest (measured: topics of two documents cost the Perl, curl, Debian and Python
 * FAQs 0.4-3.3 points of document@5 and gained nothing).
 */
const MIN_NAMED_DOCUMENTS = 3;

/**
 * Documents tied by the names they are about: a community's code of conduct, release notes and FAQ
 * all say "Quillmark" throughout, and nothing else in the corpus does. Where their passages'
 * neighbours set no topic apart (DocumentLinks: each of those documents is closer in meaning to
 * some manual than to its siblings), the name they share still does. A document's signature names
 * are the proper names (TermStats.documentsNaming) that SIGNATURE_SHARE of its passages say; a
 * signature name that MIN_NAMED_DOCUMENTS to MAX_NAMED_DOCUMENTS documents hold, half or more of
 * them as a signature too, is one they are all about, and they are the document's topic. A name that
 * many documents mention in passing ("GitHub") and few are about is none. Read lazily, per document.
 */
export class NameTopics {
  private rowsByDocument: Map<string, number[]> | undefined;
  private readonly signatures = new Map<string, ReadonlySet<string>>();
  private readonly topics = new Map<string, ReadonlySet<string> | undefined>();
  private readonly named = new Map<string, ReadonlySet<string> | undefined>();

  constructor(
    private readonly chunks: readonly Chunk[],
    private readonly stats: TermStats,
  ) {}

  /**
   * The documents on one topic with this one by the names they are about, itself included
   * (namedTopic); else, when a signature name it shares with one other document ties it to a
   * document that has such a topic, that topic with it (a bot's release notes say "Wicklight"
   * throughout, as the support page about it does, whose community is "Lantern Hollow"'s); undefined when neither is.
   */
  topicOf(documentId: string): ReadonlySet<string> | undefined {
    if (this.topics.has(documentId)) return this.topics.get(documentId);
    let topic = this.namedTopic(documentId);
    for (const name of topic ? [] : this.signatureOf(documentId)) {
      const holders = this.stats.documentsNaming(name);
      const other = holders.find((holder) => holder !== documentId);
      const joined = holders.length === 2 && other !== undefined ? this.namedTopic(other) : undefined;
      if (joined) {
        topic = new Set([...joined, documentId]);
        break;
      }
    }
    this.topics.set(documentId, topic);
    return topic;
  }

  /** The documents holding a signature name of this one that half or more of them are about, with it; undefined when there are none. */
  private namedTopic(documentId: string): ReadonlySet<string> | undefined {
    if (this.named.has(documentId)) return this.named.get(documentId);
    const members = new Set([documentId]);
    for (const name of this.signatureOf(documentId)) {
      const holders = this.stats.documentsNaming(name);
      const about = holders.filter((holder) => this.signatureOf(holder).has(name)).length;
      if (holders.length >= MIN_NAMED_DOCUMENTS && about * 2 >= holders.length) for (const holder of holders) members.add(holder);
    }
    const topic = members.size >= 2 ? members : undefined;
    this.named.set(documentId, topic);
    return topic;
  }

  /** The document's names that may mark a topic (held by 2 to MAX_NAMED_DOCUMENTS documents, under a quarter of them). */
  private namesOf(documentId: string): string[] {
    const most = Math.min(MAX_NAMED_DOCUMENTS, Math.ceil(this.stats.documentCount / 4) - 1);
    return [...(this.stats.documentTerms(documentId) ?? [])].filter((term) => {
      const holders = this.stats.documentsNaming(term).length;
      return holders >= 2 && holders <= most;
    });
  }

  /** The document's names (namesOf) that SIGNATURE_SHARE of its passages say. */
  private signatureOf(documentId: string): ReadonlySet<string> {
    const known = this.signatures.get(documentId);
    if (known) return known;
    const passages = this.passagesOf(documentId);
    const needed = Math.max(SIGNATURE_MIN_PASSAGES, passages.length * SIGNATURE_SHARE);
    const signature = new Set(this.namesOf(documentId).filter((name) => passages.filter((terms) => terms.has(name)).length >= needed));
    this.signatures.set(documentId, signature);
    return signature;
  }

  /** The terms of each of the document's passages. */
  private passagesOf(documentId: string): ReadonlySet<string>[] {
    return this.rowsOf(documentId).map((row) => this.stats.termsOf(this.chunks[row] as Chunk).passage);
  }

  private rowsOf(documentId: string): readonly number[] {
    if (!this.rowsByDocument) {
      const byDocument = new Map<string, number[]>();
      this.chunks.forEach((chunk, row) => {
        const rows = byDocument.get(chunk.documentId);
        if (rows) rows.push(row);
        else byDocument.set(chunk.documentId, [row]);
      });
      this.rowsByDocument = byDocument;
    }
    return this.rowsByDocument.get(documentId) ?? [];
  }
}
