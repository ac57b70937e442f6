import { likeliestTag } from './alternatives.js';
import { askedAction, type AskedAction } from './asked-action.js';
import { entities, namedDays, type EntityType } from './entities.js';
import { askedContact, contactsIn, isContactKind, type ContactKind } from './contacts.js';
import { asksHowOften, frequenciesIn } from './frequency.js';
import { namesPeopleByRole } from './people-words.js';
import { asksForProportion, countedThing, countsThing, isComparative, ordinalsCounting, proportionsIn } from './quantities.js';
import { analyzeTerms } from './terms.js';
import { wholeWordIndices } from './whole-words.js';
import { sharedWordNet } from './wordnet.js';

/** What kind of answer a question asks for, when its wording says so. */
export type AnswerType = 'time' | 'quantity' | 'version' | 'money' | 'duration' | 'frequency' | 'age' | 'person' | 'place' | 'organisation' | ContactKind;

/** What a question asks for: the kind of answer, and what an answer must add to the question. */
export interface ExpectedAnswer {
  readonly type: AnswerType;
  /** "What date…", "which day…": the time must name a day; a year or a month alone does not answer. */
  readonly day: boolean;
  /** "What time…", "at what hour…": the time must be on the clock ("16:30", "9 am", "midnight"); a date does not answer. */
  readonly clock: boolean;
  /**
   * "Who was foreign minister *before Atamkulov*?", "which country chaired it *after Kazakhstan*?":
   * the answer comes before or after something named, so the sentence must say so ("previous",
   * "succeeded", "until"…); one about the named one itself does not answer.
   */
  readonly sequence: boolean;
  /**
   * "What time does the blitz *finish*?", "when does the sale *end*": the time asked for is when
   * something stops, so the sentence must say an end ("finishes at", "until 22:00", "19:30–22:00");
   * "Time: 7:30 pm" gives when it starts.
   */
  readonly end?: boolean;
  /** "How much faster…", "by what %": the quantity must be a proportion ("36%", "1.87x", "twice"); a count does not answer. */
  readonly proportion: boolean;
  /** "How much cheaper…": prices compare too ("£350 instead of £420"). */
  readonly comparesPrices?: boolean;
  /**
   * "Who *reviewed* it?", "who reported the bug?": a part credited apart from doing the work, whose
   * verb the answer must say ("reviewed by Vinay Sajip"); "Contributed by …" names who did it, not
   * who reviewed it. The verb's search term.
   */
  readonly credit?: string;
  /**
   * "Who's *choreographing* the musical?", "who *won* best in show": the action a "who" question
   * asks the doer of (askedAction). Where the documents answering write a word for its doer
   * ("Choreographer: …"), the sentence that names the person must say the action
   * (measureEvidence): "directed by Lorna Fitch" names no choreographer.
   */
  readonly action?: AskedAction;
  /**
   * "Who is the *release manager*…", "who are the policy *editors*": the role a "who" question asks
   * the holder of, as written (the noun phrase's last word). The sentence that names the person must
   * say the role: "Contributed by …" names someone, not the release manager. Its words as written.
   */
  readonly role?: readonly string[];
  /**
   * "Who do I contact about billing?", "who should i email", "who to ask": whoever is reached, so
   * an address or a channel answers too ("email billing@…", "post in #help"), not only a name.
   */
  readonly reached?: boolean;
  /**
   * "When was X deprecated?", "when will it be removed", "since which version does zsh do
   * truecolor": a time or a version asked of a change (ASKS_OF_CHANGE, VERSION_OF_CHANGE), which
   * release notes date by the version that makes it ("removed in Python 3.13") or by the section
   * they list it under (sectionVersion). Not when a version itself comes out, nor a day or an hour.
   */
  readonly byVersion?: boolean;
  /** "How long is / should … be": asked of a thing, so a length answers too ("12 characters"), not only a time. */
  readonly ofThing?: boolean;
  /** "Which *debian* release…", "what version of *windows*": the term of the product whose version is asked for. */
  readonly product?: string;
  /** "How many days…": the search terms of what the quantity must count (countedThing); "40,000 soldiers" does not answer it. */
  readonly counted?: ReadonlySet<string>;
  /**
   * The question's own terms. An answer names something of the type beyond them: "Which country
   * chaired the OSCE before Kazakhstan?" is not answered by a sentence whose only country is
   * Kazakhstan, nor "how many of the 57 States…" by "57".
   */
  readonly given: ReadonlySet<string>;
}

/** The words that open a question's clause: where "when", "who" and "how many" ask, not join ("…an error when the variable…"). */
const OPENING_WORDS = 4;

/**
 * The question's asking clause: its last sentence that ends with "?" (or the whole text), so that
 * "When I reimport a module, nothing changes. Why?" asks why; or a fragment after it that opens
 * with a question word ("is it faster than gather? by how much").
 */
export function askingClause(question: string): string {
  // A title's full stop ("who did Mr. Greminger meet?") does not end a sentence.
  const sentences = question.split(/(?<=[.?!])(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|vs|e\.g|i\.e|a\.m|p\.m|etc|approx|cf)\.)\s+/iu).filter((s) => s.trim().length > 0);
  const asking = sentences.findLastIndex((s) => s.trim().endsWith('?'));
  if (asking === -1) return question;
  // A fragment after it that asks on ("is it faster? by how much", "which one? and when") asks
  // instead; not an exclamation ("Can I bring a guest? What a great space btw").
  const followUp = sentences.slice(asking + 1).find((s) => /^\W*(?:\S+\s+)?(?:how|what|when|who|which|where|why)\b(?!\s+(?:a|an)\b)/iu.test(s));
  return followUp ?? sentences[asking] ?? question;
}

/** Auxiliary verbs: what opens a yes-or-no question, and what no modifier of an asked-for noun is. */
const AUXILIARIES = 'do|does|did|is|are|was|were|am|be|been|has|have|had|will|would|can|could|shall|should|may|might|must';
/**
 * "did…", "is it…", "can moderators…", "btw, won't it…": a clause that asks yes or no, after a
 * lead-in ("so", "btw", "quick question:"); not a request put as one ("can you explain how…").
 */
const YES_OR_NO = new RegExp(
  String.raw`^\W*(?:[^:]{0,30}:\s*)?(?:(?:so|and|but|also|ok|okay|hey|wait|hmm|btw|um|pls|please)\W+){0,2}(?:(?:${AUXILIARIES}|wo|ca|sha)(?:n['’]?t)?|cannot)\b(?!\s+(?:you|u|ya)\b)`,
  'iu',
);

/** True when the question's asking clause asks why ("why can't I DM the TAs?", "how come…", "what's the reason for…"). */
export const asksWhy = (question: string): boolean =>
  /^\W*(?:(?!(?:what|when|who|where|which|how)\b)\S+\s+){0,3}?(?:why|how come)\b(?![-'’])|\bwhat(?:['’]?s| is| was| are)? the (?:reason|reasons|point|purpose|rationale)\b/iu.test(askingClause(question));

/** Words that give a reason or a purpose: what a sentence explaining "why" says. */
export const GIVES_REASON = /\b(?:because|so that|so as to|in order to|to (?:prevent|avoid|keep|make sure|ensure|protect|stop)|(?:the|one|main) reason|this is why|that is why|that's why|which is why|due to|exists? (?:so|to|because)|as a result)\b/iu;

/** True when the question's asking clause asks yes or no ("did Greminger lay flowers too?"). */
export const asksYesOrNo = (question: string): boolean => YES_OR_NO.test(askingClause(question));

/** "which country", "what cities", "in which town": a question that asks for a place by its kind. */
const ASKS_FOR_PLACE = /\b(?:which|what) (?:\w+ )?(?:country|countries|city|cities|town|towns|capital|nation|nations)\b/iu;
/** "which body", "what organisation", "which un agency": a question that asks for an organisation by its kind. */
const ASKS_FOR_ORGANISATION = /\b(?:which|what) (?:(?!(?:is|are|was|were|does|do|did|has|have|had|can|will|would|should|the|a|an)\b)\w+ )?(?:body|bodies|organi[sz]ations?|orgs?|agency|agencies|institutions?)\b(?=\s*(?:$|[?!.,]|(?:is|are|was|were|does|do|did|has|have|had|will|would|can|could|of|for|in|on|at|to|from|that|which|who|hosts?|hosted|runs?|ran|organi[sz]es?|organi[sz]ed)\b))/iu;
/**
 * "what's the default recursion limit", "what is the population of…": a question that asks for a
 * measure by its name (after at most three modifiers, no preposition), answered by a number as
 * "how many" is.
 */
const ASKS_FOR_MEASURE = askingFor(String.raw`(?:numbers?|count|totals?|amount|sizes?|limits?|maximum|minimum|percentage|percent|rates?|ratio|population|length|width|height|depth|weight|speed|capacity|threshold|score|frequency|temperature|distance)\b`);
/**
 * "how big…", "how large…": "how" and an adjective of size ask for a quantity. Not "how high / far /
 * fast", which are as often asked of a risk, a history or a speed-up put in words.
 */
const HOW_MEASURED = /\bhow (?:big|large|small|tall|heavy)\b/iu;

/**
 * "which version removes it", "what release added…": a question that asks for a version, not a
 * count; not "the release date" (a time), "the release name", "the release notes", nor "the
 * latest press release" (a document).
 */
const ASKS_FOR_VERSION = askingFor(String.raw`(?:versions?|(?<!\bpress[\s-]+)releases?)\b(?!\s+(?:date|day|year|month|time|name|notes?|manager|schedule|cycle|party)\b)`);

/** A question that opens by asking "what (is the)…" or "which…" of `noun` after at most three modifiers (no preposition, article or auxiliary). */
function askingFor(noun: string): RegExp {
  // A modifier is no preposition, article or auxiliary: "what did version 2.0 add?" asks what, not which version.
  const word = String.raw`(?!(?:of|with|about|for|in|on|to|the|a|an|and|or|this|that|${AUXILIARIES})\s)[\p{L}\p{N}._-]+`;
  // After "what is" or "what's", a possessive is a modifier too ("what was brede's salary"); not
  // after a bare "which" ("which club's fee is lowest" asks for a club).
  const modifier = String.raw`(?:${word}\s+)`;
  const orPossessive = String.raw`(?:${word}(?:['’]s)?\s+)`;
  return new RegExp(
    String.raw`^\W*(?:\S+\s+)?(?:what|which)(?:(?:['’]?s| is| are| was| were)\s+(?:the\s+|its\s+|their\s+)?${orPossessive}{0,3}?|\s+(?:the\s+|its\s+|their\s+)?${modifier}{0,3}?)${noun}`,
    'iu',
  );
}
/**
 * A unit the answer is asked in, ending a what/which/how question ("what's the timeout in
 * seconds?", "how big is the iso in MB"): not "in minutes of the meeting", nor a yes-or-no
 * question ("is the timeout given in seconds?"). Units that also name things ("in lines", "in
 * Pages") are left out.
 */
const IN_UNIT = /\bin (seconds|minutes|hours|days|weeks|months|years|milliseconds|ms|bytes|[kmgt]i?b|kilobytes|megabytes|gigabytes|terabytes|percent|pixels|px|met(?:er|re)s|[ck]m|feet|inches|miles|kilomet(?:er|re)s|kilograms|kg|grams|tonnes|litres|liters|degrees|[kmg]hz)\W*$/iu;
/** The end of an asked-for noun phrase: the clause's end, a preposition or a verb ("the release date *for*", "the fee *is*"); not a noun after it ("date format"). */
const ENDS_NOUN_PHRASE = String.raw`(?=\s*(?:$|[?!.,:;]|(?:of|for|on|in|at|to|from|with|as|per|after|before|during|under|is|are|was|were|does|do|did|has|have|had|will|would|can|could|should)\b))`;

/**
 * "what's the release date for 1.5", "the exact due date?", "deadline for the job application?":
 * a date or deadline asked for by name, after modifiers, or opening a question put as a noun phrase.
 */
const ASKS_FOR_DATE = askedForByName(String.raw`(?:dates?|deadlines?)`);
/** "what's the price of the physical edition", "whats the fee for the welding course", "price of a locker?", "brede's salary as director": money asked for by name. */
const ASKS_FOR_PRICE = askedForByName(String.raw`(?:prices?|costs?|fees?|fares?|rent|salary|salaries|wages?|budgets?|valuation)(?!\s+of\s+living)`);
/** "what was the company valued at", "what's it priced at": a price asked for by the verb. */
const VALUED_AT = /^\W*(?:\S+\s+)?(?:what|how much)\b.*\b(?:valued|priced)\s+at\b/iu;

/** "how much is…", "how much to…", "how much money…": "how much" asked of a thing or a deed, not of a measure ("how much RAM"). */
const HOW_MUCH_OF_THING = /\bhow much(?:\s+(?:money|cash|is|are|was|were|will|would|to|for)\b|\s*['’](?:s|re)\b)/iu;
/**
 * What makes "how much is…" ask for no price: a worth, what is left, used or weighed, a measure or
 * a change by name ("how much is the memory limit", "the speedup", "the discount"), a unit.
 */
const NOT_A_PRICE =
  /\b(?:worth|weigh\w*|left|remaining|in total|percent|used|needed|required|taken|allocated|limits?|usage|speed-?ups?|discounts?|increase\w*|decrease\w*|reduc\w*|differences?|improve\w*|overhead|memory|ram|cpu|disk|space|bandwidth|size|length|timeout|delay|latency|in (?:seconds|minutes|hours|days|ms|mb|gb|kb|bytes)|\p{L}+er than)\b|%/iu;
/** Words of a price in a question ("is there a guest fee? how much"). */
const PRICE_WORDS = /\b(?:costs?|price[sd]?|fees?|charged?|pay|paid|money|cash|subs|fares?|rent|dues)\b|[£$€]/iu;

/**
 * "how much is a pint", "how much to rent the big room", "how much was the laser tube", "how much
 * money…", or a bare "how much" after a question about a price ("is there a guest fee? how
 * much"): a price is asked for. Not a proportion ("how much is 3.11 faster"), nor what is worth,
 * left or weighed.
 */
function asksPriceOfThing(question: string, clause: string): boolean {
  const asked = HOW_MUCH_OF_THING.exec(clause);
  if (asked === null) return /^\W*(?:(?:and|so|ok)\s+)?how much\W*$/iu.test(clause) && PRICE_WORDS.test(question);
  const rest = clause.slice(asked.index);
  return !NOT_A_PRICE.test(rest) && !(rest.toLowerCase().match(/\p{L}+/gu) ?? []).some(isComparative) && !asksForProportion(question, clause);
}

/** A question that asks for `noun` by name: "what (is the)…" it after modifiers, ending its noun phrase, or a noun phrase that opens with it. */
function askedForByName(noun: string): RegExp {
  return new RegExp(`${askingFor(`${noun}${ENDS_NOUN_PHRASE}`).source}|${askedAsNounPhrase(noun).source}`, 'iu');
}

/** A question put as a noun phrase that opens with `noun` after at most two modifiers ("release date for 1.5?", "deadline for the application?"). */
function askedAsNounPhrase(noun: string): RegExp {
  return new RegExp(String.raw`^\W*(?:(?:the|its|their|any)\s+)?(?:(?!(?:what|which|when|who|how|why|where|is|are|do|does|did|can|will)\b)[\p{L}\p{N}.-]+\s+){0,2}?${noun}\s+(?:of|for|on|to)\b(?!.*\b(?:is|are|was|were)\s+(?:it|this|that)\b)`, 'iu');
}

/** Nouns that a time word makes a compound with, naming no time: "the time *control*", "what time *limit*", "the day *pass*". */
const TIME_COMPOUND = String.raw`(?:control|controls|limit|limits|zone|zones|slot|slots|frame|frames|period|pass|passes|ticket|tickets|rate|rates|format|group|groups)\b`;
/** "What year…", "the exact date", "which period", "date of…": a time asked for by its name. */
const ASKS_FOR_TIME_BY_NAME = new RegExp(
  String.raw`\b(?:(?:what|which|(?<!\bof )the) (?:exact |precise |specific )?(?:year|day|month|time|weekday|date)(?!\s+${TIME_COMPOUND})|(?:what|which) (?:period|century|decade|era)|date of)\b`,
  'iu',
);
/** "what time", "at what hour", "what hours": a question that asks for a time of day. */
const ASKS_FOR_CLOCK = new RegExp(String.raw`\b(?:what|which) (?:times?|hours?)\b(?! (?:of (?:the )?(?:year|month|week)|${TIME_COMPOUND}))`, 'iu');
/** A time on the clock: "16:30", "9 am", "9.30 p.m.", "noon", "midnight". */
const ON_THE_CLOCK = /\d{1,2}[:.]\d\d|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:noon|midday|midnight)\b|o'clock/iu;
/** "what date", "which day", "the exact date": a question that asks for a day, not a year. */
const ASKS_FOR_DAY = /\b(?:(?:what|which|exact) (?:date|day)|dates? of|on what date)\b/iu;

/** A question word, after at most one word leading in ("so", "and"). */
const OPENS_WITH_QUESTION_WORD = /^\W*(?:\p{L}+\s+)?(?:what|which|who|whom|whose|when|where|why|how)\b/iu;

/**
 * The words that open the asking clause: its first few, or, when no question word is among them,
 * those of its last part after a comma or colon that opens with one. Chat names the topic first
 * and asks after it: "PyLong_AsDouble speedup in 3.9, how many x", "the a3 clinic, where is it".
 */
function clauseOpening(clause: string): string {
  const first = clause.split(/\s+/u).slice(0, OPENING_WORDS).join(' ');
  const [opening = '', ...parts] = clause.split(/[,;:]\s+/u);
  // A part that opens with a question word asks ("when I run pip, what happens" asks when; see
  // expectedAnswerType), not a relative "who" inside the topic ("the TA who runs the lab, when is she in").
  if (OPENS_WITH_QUESTION_WORD.test(opening)) return first;
  const asking = parts.findLast((part) => OPENS_WITH_QUESTION_WORD.test(part));
  return asking === undefined ? first : asking.split(/\s+/u).slice(0, OPENING_WORDS).join(' ');
}

/**
 * "When…", "what time…", "in what year…", "…the date…" ask for a time; "how long…" for a duration;
 * "how often…" for a frequency;
 * "how much does it cost…" for money; "how many/much…", "how big/large…" for a quantity; "how
 * old…" for an age; "who…" for a person; "which country/city…" for a place; a measure by its name
 * ("the default recursion limit") for a quantity; "which version…" for a version. A question word
 * counts where it opens the asking clause ("Why do I get an error when…" asks why).
 */
export function expectedAnswerType(question: string): AnswerType | undefined {
  const clause = askingClause(question);
  const opening = clauseOpening(clause);
  if (/\bhow long\b/iu.test(opening)) return 'duration';
  if (asksHowOften(clause)) return 'frequency';
  // "when" asks unless another question word follows it ("When I run pip, what happens?"), nor
  // where one comes before it ("What happens when a release is made?" asks what);
  // "date" asks only as the thing asked for ("what date", "the date of"), not in "up to date".
  const whenAsks = /\bwhen\b/iu.test(opening) && !/\bwhen\b.*\b(?:what|how|why|where|who|which)\b/iu.test(clause) && !/\b(?:what|how|why|where|who|which)\b.*\bwhen\b/iu.test(opening);
  // "the year" asks for one, not in a title of "of the year" ("who won photo of the year").
  if (whenAsks || ASKS_FOR_TIME_BY_NAME.test(clause) || ASKS_FOR_CLOCK.test(opening) || ASKS_FOR_DATE.test(clause)) return 'time';
  // Before measures: "what's the phone number…" asks for no count.
  const contact = askedContact(clause);
  if (contact) return contact;
  if (/\bhow much\b/iu.test(opening) && /\b(?:cost|costs|costing|price|pay|charge|fee|fees|spend|spent|budget|salary|wage)\b|\b(?:sells?|sold) for\W*$/iu.test(clause)) return 'money';
  if (ASKS_FOR_PRICE.test(clause) || VALUED_AT.test(clause) || asksPriceOfThing(question, clause)) return 'money';
  if (/\bhow (?:many|much)\b/iu.test(opening) || /\bwhat\s*(?:%|percent\b)/iu.test(clause)) return 'quantity';
  // "what's grub's menu timeout in seconds?", "the iso's size in MB": a unit asked for ends the clause.
  const unit = /^\W*(?:\S+\s+)?(?:what|which|how)(?:['’]?s)?\b/iu.test(clause) && !YES_OR_NO.test(clause) ? IN_UNIT.exec(clause)?.[1] : undefined;
  if (unit !== undefined) return /^(?:(?:milli)?second|minute|hour|day|week|month|year)s$|^ms$/iu.test(unit) ? 'duration' : 'quantity';
  if (/\bhow old\b/iu.test(opening)) return 'age';
  if (HOW_MEASURED.test(opening)) return 'quantity';
  if (/\b(?:who|whom)\b/iu.test(opening) || nameOfPersonAsked(clause) !== undefined) return 'person';
  // A place by its kind before a measure: "which city has the highest population" asks for a city.
  // Chat puts the question word last as often as first ("the forum was held in which city"): with
  // no question word opening the clause, the kind asked for may come anywhere in it.
  const askedAt = /^\W*(?:\S+\s+){0,3}?(?:what|which|who|whom|whose|when|where|why|how)\b/iu.test(clause) ? opening : clause;
  if (ASKS_FOR_PLACE.test(askedAt)) return 'place';
  // Not an organisation: the one asked for at the end is often an acronym ("w/ which org": "CICA"),
  // which no entity reader tags (measured: two answers refused).
  if (ASKS_FOR_ORGANISATION.test(opening)) return 'organisation';
  if (ASKS_FOR_MEASURE.test(clause)) return 'quantity';
  if (ASKS_FOR_VERSION.test(clause)) return 'version';
  return undefined;
}

/**
 * What the question asks for (expectedAnswerType), with what an answer must add to it: its own
 * terms and `alsoGiven` (the corpus's words for them: "kz" gives "kazakhstan"). Undefined when it
 * asks for nothing in particular.
 */
export function expectedAnswer(question: string, alsoGiven: readonly string[] = []): ExpectedAnswer | undefined {
  const type = expectedAnswerType(question);
  if (type === undefined) return undefined;
  const clause = askingClause(question);
  const counted = type === 'quantity' ? countedThing(clause) : undefined;
  const credit = type === 'person' ? creditAsked(clause) : {};
  const action = type === 'person' && !('credit' in credit) ? askedAction(clause) : undefined;
  return {
    type,
    day: type === 'time' && (ASKS_FOR_DAY.test(clause) || ASKS_FOR_DATE.test(clause)),
    clock: type === 'time' && ASKS_FOR_CLOCK.test(clause),
    sequence: asksInSequence(clause),
    ...(type === 'time' && ASKS_FOR_END.test(clause) && { end: true }),
    proportion: type === 'quantity' && asksForProportion(question, clause),
    ...(type === 'quantity' && COMPARES_PRICES.test(clause) && { comparesPrices: true }),
    ...(counted && { counted }),
    ...credit,
    ...(action && { action }),
    ...(type === 'person' && roleAsked(clause)),
    ...(type === 'person' && WHO_TO_REACH.test(clause) && { reached: true }),
    ...(type === 'time' && ASKS_OF_CHANGE.test(clause) && !ASKS_FOR_DAY.test(clause) && !ASKS_FOR_DATE.test(clause) && !ASKS_FOR_CLOCK.test(clause) && !ASKS_WHEN_OUT.test(clause) && { byVersion: true }),
    ...(type === 'duration' && LENGTH_OF_THING.test(clause) && !TAKES_TIME.test(clause) && { ofThing: true }),
    ...(type === 'version' && productAsked(clause)),
    ...(type === 'version' && (ASKS_OF_CHANGE.test(clause) || VERSION_OF_CHANGE.test(clause)) && { byVersion: true }),
    given: new Set([...analyzeTerms(question), ...alsoGiven]),
  };
}

/** The product a version is asked of: the word before "release"/"version", or after "release of"/"version of". */
function productAsked(clause: string): { product: string } | Record<string, never> {
  const words = [/\b([\p{L}][\p{L}\p{N}]*)\s+(?:release|version)s?\b/iu.exec(clause)?.[1], /\b(?:release|version)s?\s+of\s+([\p{L}][\p{L}\p{N}]*)/iu.exec(clause)?.[1]];
  const word = words.find((candidate) => candidate !== undefined && !NOT_A_PRODUCT.test(candidate));
  const product = word === undefined ? undefined : analyzeTerms(word)[0];
  return product === undefined ? {} : { product };
}
/** Words before "release" or "version" that name no product ("which release", "the latest version"). */
const NOT_A_PRODUCT = /^(?:which|what|whats|the|a|an|this|that|its|their|new|newer|newest|latest|last|first|next|previous|old|older|oldest|current|stable|major|minor|point|bugfix|patch|beta|early|later|earlier|same|other|every|each|any|min|minimum|max|maximum)$/iu;

/** "How long is the bench", "how long should the password be": "how long" asked of a thing. */
const LENGTH_OF_THING = /\bhow long (?:is|are|was|were)\b|\bhow long \p{L}+\b.*\bbe\b/iu;
/** Words that make "how long" ask for a time all the same ("how long does the backup take"). */
const TAKES_TIME = /\b(?:take|takes|took|last|lasts|lasted|wait|stay|run|runs|open|closed?|valid|kept|keep|ago|since|until|support(?:ed)?)\b/iu;

/** Verbs of a change release notes date by version: "deprecated", "removed", "added", "dropped", "fixed", "became the default". */
const ASKS_OF_CHANGE =
  /\b(?:deprecat\w*|remov\w*|add(?:s|ed|ing)?|drop(?:s|ped|ping)?|chang\w*|fix(?:es|ed|ing)?|support(?:s|ed|ing)?|introduc\w*|delet\w*|replac\w*|renam\w*|break(?:s|ing)?|broke|yeet\w*|kill(?:s|ed)?|go(?:es)? away|gone|becom\w*|became|default|enabl\w*|disabl\w*|stop(?:s|ped)?|switch\w*|turn(?:s|ed)? on|land(?:s|ed)?)\b/iu;
/** "since which version…", "which release first had…", "what version got…": a version asked of a change, besides ASKS_OF_CHANGE's verbs. */
const VERSION_OF_CHANGE = /\b(?:since|first|new|gain(?:s|ed)?|got)\b/iu;
/** "comes out", "released", "ships", "launch", "release date": when a version itself comes out, which no version answers. */
const ASKS_WHEN_OUT = /\b(?:com(?:e|es|ing)|came)\s+out\b|\b(?:released?|releases|releasing|ship(?:s|ped|ping)?|launch(?:es|ed|ing)?|out yet)\b/iu;

/** "who do i contact", "who should we email", "who to ask about", "whom can u talk to": a "who" of whoever is reached. */
const WHO_TO_REACH =
  /\bwho(?:m)?\s+(?:(?:do|should|can|could|would|must|shall)\s+(?:i|we|u|you|people|members)\s+|to\s+)(?:\p{L}+\s+)?(?:contact|e-?mail|mail|message|msg|dm|ping|ask|talk|speak|write|reach|report|tell|send|complain|turn|call|text|notify|inform|appeal)\b/iu;

/** Parts credited apart from doing the work, as search terms: reviewing, reporting, testing (ExpectedAnswer.credit); others (funding, sponsoring) are said in too many ways. */
const CREDITS: ReadonlySet<string> = new Set(analyzeTerms('review report test'));
/** "who reviewed…", "who's reviewing…", "who did the review of…": the verb or noun after "who". */
const WHO_VERB = /^\W*(?:\S+\s+)?who(?:['’]s|\s+(?:is|was|has|had|did|will))?\s+(?:(?:the|a)\s+)?([\p{L}]+)/iu;

/** The credit a "who" question asks about (ExpectedAnswer.credit), if it asks about one. */
function creditAsked(clause: string): { credit: string } | Record<string, never> {
  const word = WHO_VERB.exec(clause)?.[1];
  const term = word === undefined ? undefined : analyzeTerms(word)[0];
  return term !== undefined && CREDITS.has(term) ? { credit: term } : {};
}

/**
 * "who's the release manager for 3.11", "who are the current policy editors?", "who was the 3.7
 * release manager": who, a form of "be", a determiner, at most three modifiers and the role's noun,
 * ending the clause or before a preposition or "now".
 */
const WHO_IS_ROLE = new RegExp(
  String.raw`^\W*(?:\S+\s+)?who(?:['’]?s|['’]re|\s+(?:is|was|are|were|will be))\s+(?:the|their|our|its|his|her|your)\s+(?:current\s+|new\s+|main\s+)?((?:[\p{L}\p{N}.-]+\s+){0,3}?[\p{L}-]+)(?=\s*(?:$|[?!.,;:])|\s+(?:of|for|at|in|on|to|from|behind|rn|now|currently|these|this|today|atm)\b)`,
  'iu',
);

/**
 * "what's the name of the person who…", "name of the new treasurer?": a what/which question (or
 * one that opens with "name of") asking "the name of", a determiner, at most three modifiers and a
 * noun, ending the clause or before a relative word or a preposition.
 */
const NAME_OF = new RegExp(
  String.raw`^\W*(?:(?:\S+\s+)?(?:what|which)(?:['’]?s)?\b[^?]*?\b|(?:the\s+)?)name\s+of\s+(?:(?:the|a|an|this|that|our|your|their|his|her|its)\s+)?((?:[\p{L}\p{N}.'’-]+\s+){0,3}?[\p{L}-]+)(?=\s*(?:$|[?!.,;:])|\s+(?:who|whom|that|which|they|we|you|he|she|i|of|for|at|in|on|to|from|with|behind|now|rn|atm)\b)`,
  'iu',
);

/** Words for anyone, which name a person without naming a role ("the name of the guy who…"). */
const ANY_PERSON: ReadonlySet<string> = new Set(['person', 'people', 'someone', 'somebody', 'guy', 'guys', 'lady', 'man', 'woman', 'individual', 'bloke', 'chap', 'dude', 'fella']);

/**
 * The words after "name of" when they end in a word for a person (ANY_PERSON, or a noun whose most
 * frequent sense is a person in WordNet and that names no made thing: "treasurer", not "server",
 * "driver" or "host", which may be software): "the name of the cat" asks for no person.
 */
function nameOfPersonAsked(clause: string): string[] | undefined {
  const words = NAME_OF.exec(clause)?.[1]?.toLowerCase().split(/\s+/u) ?? [];
  const head = words.at(-1);
  if (head === undefined) return undefined;
  return ANY_PERSON.has(head) || (sharedWordNet.firstNounSenseIsPerson(head) && !sharedWordNet.hasArtifactSense(head)) ? words : undefined;
}

/**
 * The role a "who" question asks the holder of (ExpectedAnswer.role), if it names one: its noun and
 * the noun before it, if any ("release manager"); not a word for any person ("the person", "the one").
 */
function roleAsked(clause: string): { role: readonly string[] } | Record<string, never> {
  const named = nameOfPersonAsked(clause);
  const words = (WHO_IS_ROLE.exec(clause)?.[1] ?? (named && !ANY_PERSON.has(named.at(-1) ?? '') ? named.join(' ') : undefined))?.toLowerCase().split(/\s+/u) ?? [];
  const isNoun = (word: string | undefined): word is string => {
    if (word === undefined || analyzeTerms(word).length === 0) return false;
    const tag = likeliestTag(word);
    return tag === undefined ? !/\p{N}/u.test(word) : /^NNS?$/u.test(tag);
  };
  const head = words.at(-1);
  if (!isNoun(head) || ANSWER_KIND_NOUNS.has(head)) return {};
  const before = words.at(-2);
  return { role: isNoun(before) ? [before, head] : [head] };
}

/**
 * "what *brand* are the printers", "what's the *prize* for winning", "which *model* is it": what/which,
 * a form of "be" or nothing, an article, at most two modifiers, and the noun it asks about, before
 * "of", "for", a verb…
 */
const ASKS_FOR_ATTRIBUTE = new RegExp(
  String.raw`^\W*(?:\S+\s+)?(?:what|which)(?:['’]?s|\s+is|\s+are|\s+was|\s+were)?\s+(?:(?:the|its|their|his|her|your|our)\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?([\p{L}-]+)\s+(?:of|for|on|in|at|to|from|is|are|was|were|does|do|did|has|have|had|will|would|can|could)\b`,
  'iu',
);

/**
 * The word for the attribute the question asks about by name ("what *brand* are the 3d printers?"),
 * when it is a noun: undefined otherwise, and for words that name the kind of answer ("what *time*
 * is it on", "which *country*"), which an answer gives rather than says.
 */
export function askedAttributeWord(question: string): string | undefined {
  const word = ASKS_FOR_ATTRIBUTE.exec(askingClause(question))?.[1]?.toLowerCase();
  if (word === undefined || ANSWER_KIND_NOUNS.has(word) || EXPLANATION_NOUNS.has(word) || analyzeTerms(word).length === 0) return undefined;
  const tag = likeliestTag(word);
  return (tag === undefined ? sharedWordNet.partsOf(word).has('noun') : tag.startsWith('NN')) ? word : undefined;
}

/** Nouns that name an answer of each type: "the release *date*", "the *price* of", "what *percent*". */
const KIND_NOUNS: Partial<Record<AnswerType, ReadonlySet<string>>> = {
  time: new Set(['date', 'dates', 'deadline', 'deadlines', 'day', 'days', 'time', 'times', 'hour', 'hours', 'year', 'years', 'month', 'months', 'weekday']),
  money: new Set(['price', 'prices', 'cost', 'costs', 'fee', 'fees', 'fare', 'fares', 'charge', 'rent', 'salary', 'wage', 'wages', 'pay']),
  quantity: new Set(['number', 'amount', 'percent', 'percentage', 'count', 'total']),
  duration: new Set(['duration', 'length', 'period']),
};

/**
 * True when the word names the kind of answer the question asks for ("the release *date*" of a
 * time question, "the *price*" of a money question): an answer of that type says it without the
 * word ("Released on 20 October", "£35"), so the word carries nothing the answer must say.
 */
export const namesAnswerKind = (word: string, type: AnswerType | undefined): boolean => type !== undefined && (KIND_NOUNS[type]?.has(word) ?? false);

/** Words that name the kind of answer after "what" or "which" ("year", "date", "city" are stop words anyway): no topic to search. */
export const ANSWER_KIND_WORDS: ReadonlySet<string> = new Set([
  'time', 'hour', 'day', 'month', 'weekday', 'period', 'century', 'decade', 'era', 'country', 'countries', 'nation', 'nations',
  'body', 'bodies', 'organisation', 'organisations', 'organization', 'organizations', 'org', 'orgs', 'agency', 'agencies', 'institution', 'institutions',
]);

/**
 * Nouns that name the kind of answer asked for: the answer is one without saying the word ("what
 * *post* does Greminger hold?": "Secretary General").
 */
const ANSWER_KIND_NOUNS = new Set([
  ...ANSWER_KIND_WORDS, 'hours', 'days', 'place', 'person', 'people', 'one', 'ones', 'thing', 'things', 'post', 'position', 'role', 'job',
  'office', 'title', 'location', 'address', 'venue', 'deadline', 'duration', 'length', 'size', 'amount', 'number', 'capacity',
]);

/**
 * Nouns that ask for an explanation, a why or a how put as a noun ("what's the *purpose* of X",
 * "the best *way* to…", "the *difference* between…"): an answer explains without saying the word.
 */
const EXPLANATION_NOUNS = new Set([
  'purpose', 'point', 'reason', 'reasons', 'meaning', 'way', 'ways', 'use', 'uses', 'benefit', 'benefits', 'advantage', 'advantages',
  'disadvantage', 'disadvantages', 'difference', 'differences', 'problem', 'problems', 'issue', 'issues', 'idea', 'deal', 'story',
  'matter', 'trick', 'alternative', 'alternatives', 'equivalent', 'solution', 'fix', 'cause', 'effect', 'impact', 'goal', 'aim',
]);

/** Comparatives of price: "how much cheaper / dearer / more expensive…". */
const COMPARES_PRICES = /\b(?:cheaper|dearer|pricier|(?:more|less) expensive|(?:more|less) costly)\b/iu;

/** "before Atamkulov", "b4 kz", "after Kazakhstan's chairmanship": before or after a name (not a clause, a number or "the…"). */
const BEFORE_OR_AFTER = /\b(?:before|after|b4|prior to)\s+([\p{L}][\p{L}\p{N}'’-]*)/giu;
/** Words that place something before or after another: what a sentence answering BEFORE_OR_AFTER must say. */
const SAYS_SEQUENCE = /\b(?:before|after|prior|previous(?:ly)?|preced\w*|predecessors?|succe(?:ed\w*|ssors?|ssion)|former(?:ly)?|earlier|later|until|till|since|next|following|followed|replac\w*|took over|takes? over|handed over)\b/iu;

/**
 * "When does it finish / end / close / wrap up…", "when is it over": a time question asking when
 * something stops (ExpectedAnswer.end), said by its verb after "does", "will"… and the thing, not
 * by a noun ("the end of season party", "open-ended") nor by "end up" (how it turned out).
 */
const ASKS_FOR_END = /\b(?:does|do|did|will|would|should|can|is|are)\b(?:\s+[\p{L}\p{N}'’-]+){1,6}?\s+(?:finish(?:es|ed)?|end(?:s|ed)?|clos(?:e|es|ed)|wrap(?:s|ped)? up|let(?:s)? out)\b(?!\s+(?:of|up)\b|-)|\b(?:is|are|will it be)\b(?:\s+[\p{L}\p{N}'’-]+){1,6}?\s+over\s*\??\s*$/iu;
/** Months, for spans of them ("September to May", "Oct–Mar"). */
const MONTH_NAME = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
/** A time on the clock in a span: "7:30", "10.15", "9 am", "10pm". */
const CLOCK_IN_SPAN = String.raw`\d{1,2}(?:[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?|\s*(?:am|pm|a\.m\.|p\.m\.))`;
/**
 * A sentence that says when something stops: a word for it ("ends", "closes at", "until", "lasts")
 * or a span of clock times ("19:30-22:00", "from 10 am to noon", "10-11pm") or of months ("from
 * September to May"). Not "close to the station", an ISO date ("2026-12-15") nor "aged 7 to 17".
 */
const SAYS_END = new RegExp(
  [
    String.raw`\b(?:finish\w*|end(?:s|ed|ing)?|clos(?:e|es|ed|ing)(?!\s+to\b)|until|till|til|through|thru|last(?:s|ing)|runs? to)\b`,
    String.raw`(?<![\d-])${CLOCK_IN_SPAN}\s*(?:-|–|—|to)\s*(?:\d{1,2}(?:[:.]\d\d)?|noon|midday|midnight)`,
    String.raw`(?<![\d-])\d{1,2}\s*(?:-|–|—|to)\s*${CLOCK_IN_SPAN}`,
    String.raw`(?:-|–|—|\bto)\s*(?:noon|midday|midnight)\b`,
    String.raw`\b${MONTH_NAME}(?:\s+\d{4})?\s*(?:-|–|—|to|until|till)\s*(?:\d{1,2}\s+)?${MONTH_NAME}`,
  ].join('|'),
  'iu',
);

/** True when the clause asks what came before or after something it names (ExpectedAnswer.sequence). */
function asksInSequence(clause: string): boolean {
  return [...clause.matchAll(BEFORE_OR_AFTER)].some(([, word = '']) => isNameLike(word));
}

/**
 * A word that names something: the lexicon takes it for a proper noun or does not know it
 * ("Atamkulov", "kz"); not "the", "it", "signing", nor an unknown verb form ("rebasing", "dmed").
 */
function isNameLike(word: string): boolean {
  const bare = word.toLowerCase().replace(/['’]s?$/u, '');
  const tag = likeliestTag(bare);
  return tag === undefined ? !sharedWordNet.knows(bare) && !/(?:ing|ed)$/u.test(bare) : tag.startsWith('NNP');
}

/** The kinds of entity that answer each type: "who organises it?" is answered by an organisation too. */
const ANSWERED_BY: Record<AnswerType, readonly EntityType[]> = {
  time: ['time'],
  duration: ['duration'],
  frequency: [], // how often, read by frequenciesIn: "every 60 seconds" is no entity
  money: ['money'],
  quantity: ['quantity', 'money'],
  version: [], // a version, read by addsVersion: "One example…" is no version
  email: [], // contact details, read by contactsIn
  phone: [],
  link: [],
  age: ['duration', 'quantity', 'time'],
  person: ['person', 'organisation'],
  place: ['place'],
  organisation: ['organisation'],
};

/** Words that make a number or a date an age. */
const SAYS_AGE = /\b(?:years?[\s-]old|aged?|born|birth|birthday|established|founded|created|opened|built|since|dat(?:es|ing)\s+(?:back|from))\b|\d+-year-old/iu;

/** A duration that is a length of time ("44 years"), not a span of dates ("in 2011-2012"). */
const LENGTH_OF_TIME = /\b(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))\b/iu;

/** The search term of a unit of time ("hours", "days", "centuries"). */
const TIME_UNIT = /^(?:second|minut|hour|day|week|month|year|decad|centuri)$/u;

/** Words that come with a name without naming anything ("Mr. Atamkulov" names no more than "Atamkulov"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'prof']);

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** A time that names a day: "May 7", "7 May", "the 7th of May", a weekday, "today", "2019-05-07", "7.05.2019". */
const NAMES_DAY = new RegExp(
  String.raw`\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tomorrow|yesterday|tonight)\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b`,
  'iu',
);

/**
 * True when the text writes a version the question does not, near the question's words ("In
 * Python 3.10, the old parser will be deleted" answers "which version deletes it? 3.9 still has it").
 */
function addsVersion(text: string, given: ReadonlySet<string>, near: Nearness, product: string | undefined): boolean {
  const numbered = product === undefined ? [] : [...text.matchAll(PRODUCT_NUMBER)].filter((match) => analyzeTerms(match[1] ?? '')[0] === product && !given.has(match[2] ?? ''));
  return (
    [...text.matchAll(VERSION_NUMERAL)].some((match) => !given.has(match[0].replace(/^\D+/u, '')) && near(match.index, match[0].length)) ||
    numbered.some((match) => near(match.index, match[0].length))
  );
}

/**
 * A release named by its product and a whole number ("Debian 10 (Buster) was the first release
 * supporting Secure Boot"), counted where the question asks for a version of that product
 * (ExpectedAnswer.product: "which debian release…"); "Windows 10" does not answer "which lumen
 * release". Not an amount ("Debian 10 %") nor the start of a dotted version.
 */
const PRODUCT_NUMBER = /\b(\p{Lu}\p{L}+)\s+(\p{N}{1,3})\b(?![.,]\p{N}|\s*%)/gu;

/**
 * A version release notes date a change by: "removed in Python 3.13", "deprecated since version
 * 3.6", "starting with 2.4", "until v1.8"; not an amount ("grew by 2.5", "in 1.2 million", "from
 * 2.5 to 1.5 hours") nor a numbered part ("in Section 3.2").
 */
const VERSION_AS_TIME =
  /\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Aa]s of|[Ss]tarting(?: with| in| from)?|[Bb]efore|[Aa]fter)\s+(?:(?!(?:Section|Chapter|Figure|Table|Page|Room|Step|Part|Appendix|Item|Rule|Article|Clause|Paragraph|Lab|Lecture|Week|Level|Rank|Floor|Hall|Building)\b)(?:\p{Lu}[\p{L}\p{N}-]*|version|release)\s+)?v?\p{N}+(?:\.\p{N}+)+(?=\s*$|\s*[.,;:!?)\]]|\s+(?:and|or|but|for|on|with|when|if|as|of|which|that|the|release|series|version|onwards?)\b)/gu;

/** True when the text dates what the question asks about by a version it does not name itself (VERSION_AS_TIME): release notes answer "when" so. */
function versionAsTime(text: string, given: ReadonlySet<string>, near: Nearness): boolean {
  return [...text.matchAll(VERSION_AS_TIME)].some((match) => {
    const version = /\p{N}+(?:\.\p{N}+)+/u.exec(match[0])?.[0] ?? '';
    return !given.has(version) && near(match.index, match[0].length);
  });
}

/** A version as release notes write it: "3.10", "8.5.12", "v2.38", "version 4". */
const VERSION_NUMERAL = /(?<![\p{L}\p{N}.])v?\p{N}+(?:\.\p{N}+)+\b|\b(?:version|release)\s+\p{N}+(?:\.\p{N}+)*\b/giu;

/**
 * How far, in words, an answer may stand from the nearest of the question's words in its sentence
 * (at most 19 words between them). A date or a name far from every word the question shares with
 * the sentence answers something else: a dateline ("VIENNA, May 7, 2019 - … said Minister of Foreign Affairs … Beibut Atamkulov") does not
 * say when Atamkulov became minister. Chosen on the development sets (6, 12, 20, 30 words): 20
 * refused the most absent facts without refusing an answerable question.
 */
const ANSWER_WINDOW = 20;

/** The opening of a credit ("Contributed by", "Patch by", "Thanks to") inside an aside, not reading past `excluded` (its brackets). */
const creditOpening = (excluded: string): string =>
  String.raw`(?:(?:Contributed|Written|Implemented|Patch(?:ed)?|Suggested|Reported|Fixed|Added|Designed|Proposed|Developed|Initial (?:patch|work))\b[^${excluded}]*\bby\b|Thanks to\b)`;
/**
 * A credit wholly in parentheses or square brackets that ends the text, after another sentence or a
 * code block ("… a string. (Contributed by Dennis Sweeney in bpo-39939.)", "… source. [ Reported by
 * RyotaK. ]"): whom it names did all the text says. Not any aside: "(The bins were restocked for
 * £200.)" or "(Reporting by Jane Doe.)" say something else. (Its first part is a plain string: a
 * backtick cannot be escaped in String.raw, nor left escaped in a `u` regular expression.)
 */
const CLOSING_ASIDE = new RegExp(
  '(?=[([])(?<=(?:[.!?]["”’\')*_`]*|\n```)\\s+)' +
    String.raw`(?:\(${creditOpening('()')}[^()]*(?:\([^()]*\)[^()]*)*\)|\[\s*${creditOpening(String.raw`[\]`)}[^[\]]*\])[.\s]*$`,
  'u',
);

/** Whether the text at `start` (of `length` characters) lies near the question's words (see nearness). */
type Nearness = (start: number, length: number) => boolean;

/**
 * For a sentence: whether a span of it lies within ANSWER_WINDOW words of a word of the question
 * (`given`) outside the span. A sentence that shares no word with the question is judged by its
 * passage, not by distance. The sentence's words are read once, whatever the spans asked about.
 */
function nearness(text: string, given: ReadonlySet<string>): Nearness {
  let words: { start: number; end: number; asked: boolean }[] | undefined;
  let asideStart: number | undefined;
  return (start, length) => {
    if (words === undefined) {
      words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’._-]*/gu)].map((match) => {
        const term = analyzeTerms(match[0])[0];
        return { start: match.index, end: match.index + match[0].length, asked: term !== undefined && given.has(term) };
      });
      // A credit that closes the text, read with what it follows (readingSpans), is said of all of it:
      // "(Contributed by Dennis Sweeney in bpo-39939.)" names who did what its paragraph says, however long.
      asideStart = CLOSING_ASIDE.exec(text)?.index;
    }
    const aside = asideStart;
    if (aside !== undefined && start >= aside && words.some((word) => word.asked && word.end <= aside)) return true;
    const first = words.findIndex((word) => word.end > start);
    const last = words.findLastIndex((word) => word.start < start + length);
    let nearest = Infinity;
    words.forEach((word, i) => {
      if (word.asked && (i < first || i > last)) nearest = Math.min(nearest, i < first ? first - i : i - last);
    });
    return nearest === Infinity || nearest <= ANSWER_WINDOW;
  };
}

/** True when the entity's words say more than the question's own (ExpectedAnswer.given). */
function addsToQuestion(text: string, given: ReadonlySet<string>): boolean {
  return analyzeTerms(text).some((term) => !given.has(term) && !TITLES.has(term));
}

/**
 * True when `text` holds what the question asks for: something of the asked type (entities:
 * compromise with general corrections) that is not only the question's own words, naming a day
 * or a time on the clock where one is asked for; for a person, a subject that names people by role ("Moderators can…")
 * counts too.
 */
export function holdsAnswer(text: string, expected: ExpectedAnswer): boolean {
  // Checked first: reading a sentence's entities costs about a millisecond.
  if (expected.sequence && !SAYS_SEQUENCE.test(text)) return false;
  if (expected.end === true && !SAYS_END.test(text)) return false;
  if (expected.credit !== undefined && !analyzeTerms(text).includes(expected.credit)) return false;
  const near = nearness(text, expected.given);
  // "How much cheaper…" is answered by the prices compared too ("£350 instead of £420").
  if (expected.proportion) {
    const prices = expected.comparesPrices ? entities(text).filter((entity) => entity.type === 'money').flatMap((entity) => wholeWordIndices(text, entity.text).map((at): [number, number] => [at, entity.text.length])) : [];
    return [...proportionsIn(text), ...prices].some(([start, length]) => near(start, length));
  }
  if (expected.type === 'frequency') return frequenciesIn(text).some(([start, length]) => near(start, length));
  if (isContactKind(expected.type)) return contactsIn(text, expected.type).some(([start, length]) => near(start, length));
  const { counted } = expected;
  // "How many days…" is answered by a length of time ("a three-day visit") as well as a number.
  const kinds = counted && [...counted].some((term) => TIME_UNIT.test(term)) ? [...ANSWERED_BY[expected.type], 'duration'] : ANSWERED_BY[expected.type];
  // An age is a duration, or a number or date the sentence says is one ("aged 45", "founded in 1975"):
  // "as Chairman in 2010" says nothing of how old anyone is.
  const saysAge = expected.type !== 'age' || SAYS_AGE.test(text);
  // An entity counts where one of its occurrences lies near the question's words (or it cannot be found as written).
  const entityNear = (span: string): boolean => {
    const at = wholeWordIndices(text, span);
    return at.length === 0 || at.some((start) => near(start, span.length));
  };
  // "How long should the password be?" is answered by a length too ("at least 8 characters").
  const isLength = (entity: { type: EntityType; text: string }): boolean => expected.type === 'duration' && expected.ofThing === true && entity.type === 'quantity' && measuresLength(text, entity.text);
  const found = entities(text).some(
    (entity) =>
      (kinds.includes(entity.type) || isLength(entity)) &&
      (saysAge || (entity.type === 'duration' && LENGTH_OF_TIME.test(entity.text))) &&
      addsToQuestion(entity.text, expected.given) &&
      (!expected.day || entity.type !== 'time' || NAMES_DAY.test(entity.text) || namedDays(entity.text).length > 0) &&
      (!expected.clock || entity.type !== 'time' || ON_THE_CLOCK.test(entity.text)) &&
      (!counted || countsThing(text, entity.text, counted)) &&
      entityNear(entity.text),
  );
  const ordinal = counted !== undefined && ordinalsCounting(text, counted).some(([start, length]) => near(start, length));
  // Whoever is reached: an address, a link or a channel near the question's words ("email billing@…", "in #help").
  const reached = expected.reached === true && [...contactsIn(text, 'email'), ...contactsIn(text, 'link'), ...channelsIn(text)].some(([start, length]) => near(start, length));
  return found || ordinal || reached || (expected.type === 'time' && (saysNoTimeIsSet(text, near) || (expected.byVersion === true && versionAsTime(text, expected.given, near)))) || (expected.type === 'person' && namesPeopleByRole(text, sharedWordNet, expected.given)) || (expected.type === 'version' && addsVersion(text, expected.given, near, expected.product));
}

/** The chat channels a text sends people to (CHANNEL), as [start, length]. */
function channelsIn(text: string): Array<[start: number, length: number]> {
  return [...text.matchAll(CHANNEL)].map((match) => [match.index, match[0].length]);
}
/**
 * A channel where a sentence sends people ("post in #help", "ask on #billing", "the #a3-help
 * channel"): not a colour ("#ffcc00"), a hashtag or code ("#include").
 */
const CHANNEL = /(?<=\b(?:in|to|on|at|via|into|use|try)\s+)#(?![\da-f]{3,8}\b)\p{L}[\p{L}\p{N}_-]*|(?<![\p{L}\p{N}&#])#(?![\da-f]{3,8}\b)\p{L}[\p{L}\p{N}_-]*(?=\s+channel\b)/giu;

/** Units of length, size or extent: what a number measures when "how long" asks about a thing, not a time. */
const LENGTH_UNIT = /^\s*(?:characters?|chars?|letters?|digits?|words?|lines?|pages?|columns?|rows?|bytes?|bits?|[kmgt]i?b|met(?:er|re)s?|[ckm]?m|kilomet(?:er|re)s?|miles?|feet|foot|ft|inch(?:es)?|yards?)\b/iu;

/** True when a number of the text is followed by a unit of length ("8 characters", "2.5 m"). */
function measuresLength(text: string, number: string): boolean {
  return wholeWordIndices(text, number).some((at) => LENGTH_UNIT.test(text.slice(at + number.length)));
}

/** "Its removal is currently unplanned", "no date has been set", "TBA": that no time is set answers "when". */
const NO_TIME_SET = /\b(?:unplanned|unscheduled|not (?:yet )?(?:planned|scheduled)|no (?:date|deadline|timeline|timetable|schedule)(?: yet)?(?: has been| is)? (?:set|announced|decided)|(?:is |are )?to be (?:announced|scheduled)|TBA|TBD)\b/giu;

/** True when the text says, near the question's words, that no time is set (NO_TIME_SET). */
function saysNoTimeIsSet(text: string, near: Nearness): boolean {
  return [...text.matchAll(NO_TIME_SET)].some((match) => near(match.index, match[0].length));
}

/** True when `text` holds something of the given type, whatever the question says (holdsAnswer with nothing given). */
export function hasAnswerType(text: string, type: AnswerType): boolean {
  return holdsAnswer(text, { type, day: false, clock: false, sequence: false, proportion: false, given: new Set() });
}
