/**
 * Question words as chat spells them, with their standard spelling: "wat date was…" asks for a
 * date as "what date was…" does. Only words no English text uses otherwise ("wen", not "hw",
 * which is also hardware).
 */
const QUESTION_WORDS: Readonly<Record<string, string>> = {
  wat: 'what', wut: 'what', wot: 'what', wht: 'what', whut: 'what', wats: "what's", whats: "what's", wuts: "what's",
  whos: "who's", wen: 'when', whens: "when's", wher: 'where', whr: 'where', wheres: "where's", wich: 'which', whic: 'which',
  hows: "how's", whys: "why's",
};

const CHAT_QUESTION_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}'’])(?:${Object.keys(QUESTION_WORDS).join('|')})(?![\p{L}\p{N}'’])`, 'giu');

/**
 * The question with its question words spelt as standard English ("Wat"/"wat" -> "What"/"what"),
 * but for one capitalised before another capitalised word (a name: "Wen Jiabao"), everything else
 * as typed: what the question asks is read from its question words, once.
 */
export function standardQuestionWords(text: string): string {
  return text.replace(CHAT_QUESTION_WORD, (word: string, at: number) => {
    const capitalised = word[0] === word[0]?.toUpperCase();
    // Capitalised and followed by another capitalised word, it is a name: "Wen Jiabao", "Wat Arun"
    // (not "ok, Wat is the fee?").
    if (capitalised && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(at + word.length))) return word;
    const standard = QUESTION_WORDS[word.toLowerCase()] ?? word;
    return capitalised ? standard[0]?.toUpperCase() + standard.slice(1) : standard;
  });
}
