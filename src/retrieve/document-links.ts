import type { Chunk } from '../core/index.js';
import type { DocumentAffinity } from './document-affinity.js';
import { rowsByDocument } from './document-rows.js';

/** A document joins a group when this share of its links point into the group, or of the group's links point at it. */
const JOIN_SHARE = 0.1;
/** ...and that share is this many times what chance gives a document or group of its size. */
const MIN_LIFT = 4;
/** A group is a topic apart when, on average, this share of its documents' links stay inside it. */
const SEPARATED_SHARE = 0.35;
/** Documents read as candidates to join, per step (those the group links to most). */
const CANDIDATES = 20;
/** A group that grows past this many documents is too diffuse to be a topic apart. */
const MAX_GROUP = 64;
/** Documents whose links one topicOf may read before it gives up (see topicOf). */
const READS_PER_TOPIC = 100;

/**
 * Groups of documents that link mostly to each other: topics apart, found by one kind of link
 * (DocumentAffinity). Where averaged vectors cannot tell: a long manual's mean vector is close to
 * any other long technical text (What's New in Python against a Git manual: 0.93), but the passages
 * of two What's New pages find two thirds of their neighbours in each other (PassageNeighbours) and
 * 2% in any one manual. Read lazily, per document, and kept for the index's life.
 */
export class DocumentLinks {
  private readonly grown = new Map<string, readonly string[]>();
  private readonly groups = new Map<string, ReadonlySet<string> | undefined>();
  /** Documents whose links the current topicOf has read (from the cache or not: the result must not depend on earlier questions). */
  private touched = new Set<string>();
  /** The documents each grown group read the links of. */
  private readonly grownFrom = new Map<string, ReadonlySet<string>>();

  constructor(
    private readonly chunks: readonly Chunk[],
    private readonly affinity: DocumentAffinity,
  ) {}

  /**
   * The documents that form a topic apart with this one, itself included; undefined when no group
   * stands apart (a corpus on one topic, a document on its own). See grow; the group is kept when
   * every member grows the same group (a FAQ's related answers each grow a different one), when at
   * least SEPARATED_SHARE of its links stay inside, and when that is MIN_LIFT times what chance
   * gives a group of its size (two close releases in one program's notes are no topic apart).
   */
  topicOf(documentId: string): ReadonlySet<string> | undefined {
    if (this.groups.has(documentId)) return this.groups.get(documentId);
    // A question waits for this: past READS_PER_TOPIC documents' links, the group is too diffuse to
    // be worth its time (each read is about 4 ms at 100,000 passages).
    this.touched = new Set();
    const members = this.grow(documentId);
    const group = members.length >= 2 && members.length <= MAX_GROUP && this.withinBudget() && this.standsApart(members) && this.withinBudget() ? new Set(members) : undefined;
    this.groups.set(documentId, group);
    return group;
  }

  private withinBudget(): boolean {
    return this.touched.size <= READS_PER_TOPIC;
  }

  /** The document's links (DocumentAffinity), counted against the budget of the current topicOf. */
  private linksOf(documentId: string): ReadonlyMap<string, number> {
    this.touched.add(documentId);
    return this.affinity.sharesOf(documentId);
  }

  /**
   * The group grown from one document: the document the group links to most, or that links most
   * into the group, joins while that share is at least JOIN_SHARE and MIN_LIFT times chance (a
   * long manual draws links from anywhere).
   */
  private grow(documentId: string): readonly string[] {
    const known = this.grown.get(documentId);
    if (known) {
      for (const id of this.grownFrom.get(documentId) ?? []) this.touched.add(id);
      return known;
    }
    const touchedBefore = this.touched;
    this.touched = new Set();
    const members = [documentId];
    const total = this.chunks.length;
    while (members.length <= MAX_GROUP && this.withinBudget()) {
      const fromMembers = new Map<string, number>();
      for (const member of members) {
        for (const [other, share] of this.linksOf(member)) if (!members.includes(other)) fromMembers.set(other, (fromMembers.get(other) ?? 0) + share / members.length);
      }
      const memberRows = members.reduce((sum, member) => sum + this.rowsOf(member).length, 0);
      let best: string | undefined;
      let bestShare = 0;
      for (const [other, from] of [...fromMembers].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES)) {
        const links = this.linksOf(other);
        const into = members.reduce((sum, member) => sum + (links.get(member) ?? 0), 0);
        const fromLift = from / (this.rowsOf(other).length / total);
        const intoLift = into / (memberRows / total);
        const share = Math.max(fromLift >= MIN_LIFT ? from : 0, intoLift >= MIN_LIFT ? into : 0);
        if (share > bestShare) [best, bestShare] = [other, share];
      }
      if (best === undefined || bestShare < JOIN_SHARE) break;
      members.push(best);
    }
    this.grown.set(documentId, members);
    this.grownFrom.set(documentId, this.touched);
    for (const id of this.touched) touchedBefore.add(id);
    this.touched = touchedBefore;
    return members;
  }

  /** True when the group is a topic apart (topicOf). */
  private standsApart(members: readonly string[]): boolean {
    const total = this.chunks.length;
    const rows = members.reduce((sum, member) => sum + this.rowsOf(member).length, 0);
    let inside = 0;
    let chance = 0;
    for (const member of members) {
      const links = this.linksOf(member);
      const own = this.rowsOf(member).length;
      inside += members.reduce((share, other) => share + (links.get(other) ?? 0), 0) / members.length;
      chance += (rows - own) / Math.max(1, total - own) / members.length;
    }
    if (inside < SEPARATED_SHARE || inside < MIN_LIFT * chance) return false;
    const same = (other: readonly string[]): boolean => other.length === members.length && other.every((id) => members.includes(id));
    return members.every((member) => this.withinBudget() && same(this.grow(member)));
  }

  private rowsOf(documentId: string): readonly number[] {
    return rowsByDocument(this.chunks).get(documentId) ?? [];
  }
}
