import { analyzeTerms } from './terms.js';

/**
 * A name written as code: words joined by underscores ("cancel_futures", "LOAD_ATTR",
 * "PyLong_AsDouble"), dots ("json.loads", "imaplib.IMAP4", "sources.list") or double colons
 * ("APT::Cache"), with an optional call's brackets. Every part after a dot starts with a letter
 * and has two characters or more, so "3.11", "py3.7" and "e.g." are none; nor is a part of an
 * address ("security@quillmark.org", "https://docs.example.org").
 */
const IDENTIFIER = /(?<![\p{L}\p{N}_.:@/])[\p{L}_][\p{L}\p{N}]*(?:(?:_+|::)[\p{L}\p{N}]+|\.\p{L}[\p{L}\p{N}_]+)+(?:\(\))?(?![\p{L}\p{N}_]|\.\p{L})/gu;

/**
 * The terms of each code name the question writes, in order ("json.loads" -> ["json", "load"]):
 * one thing, all of whose words an answer must say together, as with a person's name ("how much
 * faster did LOAD_ATTR get" is not answered by "LOAD_GLOBAL is about 40% faster"). Names of one
 * term are left out: a single word is judged as any other.
 */
export function writtenIdentifiers(text: string): string[][] {
  const found: string[][] = [];
  for (const [written] of text.matchAll(IDENTIFIER)) {
    const terms = [...new Set(analyzeTerms(written.replace(/[_.:]+/gu, ' ')))];
    if (terms.length > 1 && !found.some((other) => other.join(' ') === terms.join(' '))) found.push(terms);
  }
  return found;
}
