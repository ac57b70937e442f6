import type { Chunk } from '../core/index.js';
import type { TermStats } from '../language/index.js';
import { rowsByDocument } from './document-rows.js';

/** A name said in this share of a document's passages (and in two at least) is one the document is about. */
const SIGNATURE_SHARE = 0.2;
/** ...in at least this many of them. */
const SIGNATURE_MIN_PASSAGES = 2;
/** A name held by more documents than this, or by a quarter of them or more, marks no topic apart; nor a topic grows past it. */
const MAX_NAMED_DOCUMENTS = 64;
/**
 * Nor one held by fewer: in a FAQ, two answers about one tool ("Raku" in Perl's) are no topic
 * apart from the rest (measured: topics of two documents cost the Perl, curl, Debian and Python
 * FAQs 0.4-3.3 points of document@5 and gained nothing).
 */
const MIN_NAMED_DOCUMENTS = 3;
/** Passages one topic may read to find its documents' signature names before it gives up (a question waits for them). */
const MAX_PASSAGES_READ = 20_000;

/**
 * Documents tied by the names they are about: a community's code of conduct, release notes and FAQ
 * all say "Quillmark" throughout, and nothing else in the corpus does. Where their passages'
 * neighbours set no topic apart (DocumentLinks: each of those documents is closer in meaning to
 * some manual than to its siblings), the name they share still does.
 *
 * A document's signature names are the proper names (TermStats.documentsNaming) that
 * SIGNATURE_SHARE of its passages say. A signature name held by MIN_NAMED_DOCUMENTS to
 * MAX_NAMED_DOCUMENTS documents, half or more of them having it as a signature too, ties those
 * that do; a name only two documents hold, one of them about it, ties the two where they share
 * another such name (a bot's release notes say "Wicklight" throughout and name its community;
 * the community's support page mentions the bot). A topic is a document with everything tied to
 * it, directly or through others, so every member has the same topic; one where no name ties
 * three documents or more is none (two FAQ answers about one tool). A name that many documents
 * mention in passing ("GitHub") and few are about ties none. Read lazily, per topic.
 */
export class NameTopics {
  private readonly names = new Map<string, readonly string[]>();
  private readonly signatures = new Map<string, ReadonlySet<string>>();
  private readonly topics = new Map<string, ReadonlySet<string> | undefined>();
  /** Documents whose passages the current topicOf reads, cached or not: the result must not depend on earlier questions. */
  private touched = new Set<string>();
  /** Their passages (MAX_PASSAGES_READ). */
  private passagesRead = 0;

  constructor(
    private readonly chunks: readonly Chunk[],
    private readonly stats: TermStats,
  ) {}

  /** The documents on one topic with this one by the names they are about, itself included; undefined when none is. */
  topicOf(documentId: string): ReadonlySet<string> | undefined {
    if (this.topics.has(documentId)) return this.topics.get(documentId);
    this.touched = new Set();
    this.passagesRead = 0;
    const members = new Set([documentId]);
    // A pair alone is no topic (two FAQ answers about one tool): some name must tie three or more.
    let tiedByName = false;
    for (const member of members) {
      if (members.size > MAX_NAMED_DOCUMENTS || this.passagesRead > MAX_PASSAGES_READ) {
        this.topics.set(documentId, undefined);
        return undefined;
      }
      const { tied, paired } = this.tiesOf(member);
      tiedByName ||= tied.length > 0;
      for (const other of [...tied, ...paired]) members.add(other);
    }
    const topic = tiedByName ? members : undefined;
    for (const member of members) this.topics.set(member, topic);
    return topic;
  }

  /**
   * The documents this one is tied to by a name: those about a signature name of its held by
   * MIN_NAMED_DOCUMENTS or more, half of them about it (`tied`); the other holder of a name only
   * the two hold, that one of them is about (`paired`).
   */
  private tiesOf(documentId: string): { tied: string[]; paired: string[] } {
    const tied: string[] = [];
    const paired: string[] = [];
    const signature = this.signatureOf(documentId);
    for (const name of this.namesOf(documentId)) {
      const holders = this.stats.documentsNaming(name);
      if (holders.length === 2) {
        const other = holders.find((holder) => holder !== documentId);
        if (other !== undefined && (signature.has(name) || this.signatureOf(other).has(name)) && this.shareAnotherName(documentId, other, name)) paired.push(other);
      } else if (signature.has(name)) {
        const about = holders.filter((holder) => holder !== documentId && this.signatureOf(holder).has(name));
        if (holders.length >= MIN_NAMED_DOCUMENTS && (about.length + 1) * 2 >= holders.length) tied.push(...about);
      }
    }
    return { tied, paired };
  }

  /**
   * True when both documents hold a signature name of either besides `name`: the bot's notes name
   * its community too, where a manual about Rust shares only "Rust" with a project's contributing guide.
   */
  private shareAnotherName(one: string, other: string, name: string): boolean {
    const holds = (documentId: string, term: string): boolean => this.stats.documentTerms(documentId)?.has(term) ?? false;
    return [...this.signatureOf(one), ...this.signatureOf(other)].some((term) => term !== name && holds(one, term) && holds(other, term));
  }

  /** The document's names that may mark a topic (held by 2 to MAX_NAMED_DOCUMENTS documents, under a quarter of them). */
  private namesOf(documentId: string): readonly string[] {
    const known = this.names.get(documentId);
    if (known) return known;
    const most = Math.min(MAX_NAMED_DOCUMENTS, Math.ceil(this.stats.documentCount / 4) - 1);
    const names = [...(this.stats.documentTerms(documentId) ?? [])].filter((term) => {
      const holders = this.stats.documentsNaming(term).length;
      return holders >= 2 && holders <= most;
    });
    this.names.set(documentId, names);
    return names;
  }

  /** The document's names (namesOf) that SIGNATURE_SHARE of its passages say. */
  private signatureOf(documentId: string): ReadonlySet<string> {
    const names = this.namesOf(documentId);
    const rows = rowsByDocument(this.chunks).get(documentId) ?? [];
    // Only a document with names to count is read.
    if (names.length > 0 && !this.touched.has(documentId)) {
      this.touched.add(documentId);
      this.passagesRead += rows.length;
    }
    const known = this.signatures.get(documentId);
    if (known) return known;
    const passages = names.length === 0 ? [] : rows.map((row) => this.stats.termsOf(this.chunks[row] as Chunk).passage);
    const needed = Math.max(SIGNATURE_MIN_PASSAGES, rows.length * SIGNATURE_SHARE);
    const signature = new Set(names.filter((name) => passages.filter((terms) => terms.has(name)).length >= needed));
    this.signatures.set(documentId, signature);
    return signature;
  }
}
