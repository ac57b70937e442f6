import { describe, expect, it } from 'vitest';
import { asksForDefault, writtenIdentifiers } from '../../src/language/index.js';

describe('writtenIdentifiers', () => {
  it('reads names written as code, whatever their case, as the terms of one name', () => {
    expect(writtenIdentifiers('how much faster did LOAD_ATTR get')).toEqual([['load', 'attr']]);
    expect(writtenIdentifiers('default of cancel_futures on Executor.shutdown() in 3.9')).toEqual([['cancel', 'futur'], ['executor', 'shutdown']]);
    expect(writtenIdentifiers('did json.loads get faster?')).toEqual([['json', 'load']]);
    expect(writtenIdentifiers('set APT::Cache-Limit')).toEqual([['apt', 'cach']]);
  });

  it('reads no versions, abbreviations or single words as code names', () => {
    expect(writtenIdentifiers('e.g. py3.7 and 3.11.2, i.e. now')).toEqual([]);
    expect(writtenIdentifiers('is _private ok')).toEqual([]);
    expect(writtenIdentifiers('email security@quillmark.org or see https://docs.example.org')).toEqual([]);
  });
});

describe('asksForDefault', () => {
  it('is true of questions that ask for a default value', () => {
    expect(asksForDefault('whats the default history-limit')).toBe(true);
    expect(asksForDefault('what port does it listen on by default')).toBe(true);
    expect(asksForDefault('status-interval default?')).toBe(true);
    expect(asksForDefault('how many partitions can gpt do with default settings')).toBe(true);
  });

  it('is false of how-to, where and yes-or-no questions, which an answer can settle without the word', () => {
    expect(asksForDefault('how do i change the default theme')).toBe(false);
    expect(asksForDefault('is pep 563 becoming the default in 3.11?')).toBe(false);
    // A place asked for is given without the word: "/etc/docent.conf".
    expect(asksForDefault('where is the default config file')).toBe(false);
  });
});
