import { describe, expect, it } from 'vitest';
import { GIVES_REASON, WordNet, askedAction, doerPattern, askedAttributeWord, asksForBound, saysBound, asksWhy, asksYesOrNo, standardQuestionWords, entities, entityTypes, type ExpectedAnswer, expectedAnswer, expectedAnswerType, hasAnswerType, holdsAnswer, isBroadQuestion, entryDate, findDate, hasDateline, opensWithDate, overviewWords, pointsAtDocument, pointsAtNewest } from '../../src/language/index.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';

describe('isBroadQuestion', () => {
  it('tells questions that ask for an overview from those that ask for a fact', () => {
    for (const question of ['what did they talk about?', 'Tell me about the seminar', 'what are the key points?', 'tl;dr?', 'Summarise the release', "what's it about?", 'what did the sec gen say overall', 'whats the background on the seminar', 'any info on the seminar?', 'details about the visit?']) {
      expect(isBroadQuestion(question), question).toBe(true);
    }
    for (const question of ['When was the OSCE established?', 'Who did the minister meet?', 'What does OSCE stand for?', 'what info do i need to register?', 'what information about me do you store?', 'what background check do volunteers need?', 'what background music is used']) {
      expect(isBroadQuestion(question), question).toBe(false);
    }
  });
});

describe('pointsAtDocument', () => {
  it('tells a noun for a document pointed at from the first word of a compound', () => {
    expect(pointsAtDocument('what time of day was the release created')).toBe(true);
    expect(pointsAtDocument('was this article updated?')).toBe(true);
    expect(pointsAtDocument('who was the release manager for 3.11')).toBe(false);
    expect(pointsAtDocument('what is new in python 3.11')).toBe(false);
  });
});

describe('overviewWords', () => {
  it('names the words that ask for an overview, not those that say of what', () => {
    expect([...overviewWords('what are the key points?')]).toEqual(['key', 'point']);
    expect([...overviewWords('tell me about the seminar')]).toEqual([]); // "tell" and "about" are stop words; "seminar" is searched
    expect([...overviewWords('When was the OSCE established?')]).toEqual([]);
    // The subject asked about is searched: "what does the ldap directory section cover?" names one.
    expect([...overviewWords('what does the ldap directory section cover?')]).toEqual(['cover', 'section']);
    expect([...overviewWords('what does this chapter cover?')]).toEqual(['cover', 'chapter']);
  });
});

describe('asksYesOrNo', () => {
  it('reads a yes-or-no question after a chat lead-in, not a request put as one', () => {
    for (const question of ['Did Greminger lay flowers too?', 'btw, did they meet?', 'Quick question: is it free?', "won't it close?", 'cant I join?', 'So is the seminar in October?'])
      expect(asksYesOrNo(question), question).toBe(true);
    for (const question of ['Can you explain how they met?', 'could u tell me why?', 'Isolation levels?', 'Who met Greminger?', 'Did they meet at 9 a.m. in Vienna?'.replace('Did', 'Where did')])
      expect(asksYesOrNo(question), question).toBe(false);
    expect(asksYesOrNo('Did they meet at 9 a.m. in Vienna?')).toBe(true);
  });
});

describe('expectedAnswerType', () => {
  it('reads the question word that opens the asking clause', () => {
    expect(expectedAnswerType('When do voice channels close?')).toBe('time');
    expect(expectedAnswerType('what time does the hall open')).toBe('time');
    // A compound of "time" names something else: a time control is a length of play.
    expect(expectedAnswerType('whats the time control for div 1 league games')).not.toBe('time');
    expect(expectedAnswerType('what is the time zone of the server')).not.toBe('time');
    expect(expectedAnswerType('what is the day of the quiz')).toBe('time');
    expect(expectedAnswerType('how much does a ticket cost?')).toBe('money');
    // "How much" of a thing or a deed asks its price; of a measure, a proportion or a worth, an amount.
    expect(expectedAnswerType('how much are the tickets?')).toBe('money');
    expect(expectedAnswerType('how much is a pint at the thursday social')).toBe('money');
    expect(expectedAnswerType('how much to rent the big room for a meetup')).toBe('money');
    expect(expectedAnswerType('how much money does the fundraiser need')).toBe('money');
    expect(expectedAnswerType('is there a fee for guests? how much')).toBe('money');
    expect(expectedAnswerType('is it faster than gather? how much')).toBe('quantity');
    expect(expectedAnswerType('how much is the final worth')).toBe('quantity');
    expect(expectedAnswerType('how much is 3.11 faster than 3.10')).toBe('quantity');
    expect(expectedAnswerType('how much ram does it need')).toBe('quantity');
    expect(expectedAnswerType('how much is left of the disk after the update')).toBe('quantity');
    expect(expectedAnswerType("how much's a coffee")).toBe('money');
    // A measure or a change by name, or what is used, is an amount: "how much is the memory limit".
    expect(expectedAnswerType('how much is the memory limit')).toBe('quantity');
    expect(expectedAnswerType('how much is the speedup')).toBe('quantity');
    expect(expectedAnswerType('how much is used by the cache')).toBe('quantity');
    expect(expectedAnswerType('how much is python 3.11 quicker than 3.10')).toBe('quantity');
    expect(expectedAnswerType('How many members does it have?')).toBe('quantity');
    expect(expectedAnswerType('how long is the jam')).toBe('duration');
    expect(expectedAnswerType(standardQuestionWords('whos the foreign minister'))).toBe('person');
    // "when" joining a clause does not ask for a time.
    expect(expectedAnswerType('Why am I getting an UnboundLocalError when the variable has a value?')).toBeUndefined();
    expect(expectedAnswerType('When I edit a module and reimport it, nothing changes. Why does this happen?')).toBeUndefined();
    expect(expectedAnswerType('What happens when a new release is made?')).toBeUndefined();
  });

  it('reads the question word that opens a part after a comma, when none opens the clause', () => {
    expect(expectedAnswerType('PyLong_AsDouble speedup in 3.9, how many x')).toBe('quantity');
    expect(expectedAnswerType('hw1, when is it due')).toBe('time');
    expect(expectedAnswerType('dues for students, how much')).toBe('quantity');
    expect(expectedAnswerType('If a user joins after 5pm, who approves them?')).toBe('person');
    // The question word that opens the clause asks: "when I run pip" is no question of time.
    expect(expectedAnswerType('When I run pip, what happens?')).toBeUndefined();
    expect(expectedAnswerType('python 3.9, which removed the parser module')).toBeUndefined();
    // A relative "who" inside the topic does not ask.
    expect(expectedAnswerType('the TA who runs the lab, when is she in')).toBe('time');
  });

  it('reads a unit that ends the question as the kind of answer asked for', () => {
    expect(expectedAnswerType("whats grub's default menu timeout in seconds")).toBe('duration');
    expect(expectedAnswerType('how fast does the netinst iso download in MB?')).toBe('quantity');
    expect(expectedAnswerType('what was decided in minutes of the last meeting')).toBeUndefined();
    // Not a yes-or-no question, nor a unit that names things too.
    expect(expectedAnswerType('is the timeout given in seconds?')).toBeUndefined();
    expect(expectedAnswerType('how do i split a string in lines?')).toBeUndefined();
  });

  it('reads a date, a deadline or a price asked for by name, after modifiers or as a bare noun phrase', () => {
    expect(expectedAnswerType('whats the exact release date for 1.5 frostfall')).toBe('time');
    expect(expectedAnswerType('deadline for the dev job application?')).toBe('time');
    expect(expectedAnswer('whats the due date for a3?')?.day).toBe(true);
    expect(expectedAnswer('what were the dates of hack week 2026')?.day).toBe(true);
    expect(expectedAnswerType('whats the price of the physical edition')).toBe('money');
    expect(expectedAnswerType('price of a locker?')).toBe('money');
    expect(expectedAnswerType('how much does a brinecap mushroom sell for')).toBe('money');
    // A noun after the date or price names something else; the cost of living is no price asked.
    expect(expectedAnswerType('what price tier is it')).toBeUndefined();
    expect(expectedAnswerType('what is the cost of living in kz')).toBeUndefined();
    expect(expectedAnswerType('cost of living in kz?')).toBeUndefined();
    expect(expectedAnswerType('how much xp do you earn per quest')).toBe('quantity');
  });

  it('reads a question that asks why, and a sentence that gives a reason', () => {
    expect(asksWhy('why cant i just dm the tas')).toBe(true);
    expect(asksWhy('anyone know why the bot is down')).toBe(true);
    expect(asksWhy("what's the reason for the 3 day limit")).toBe(true);
    expect(asksWhy('when is the why-not workshop')).toBe(false);
    expect(GIVES_REASON.test('It grows slower because it was outperforming every crop.')).toBe(true);
    expect(GIVES_REASON.test('DMs have not been allowed since 2024.')).toBe(false);
  });
});

describe('askedAttributeWord', () => {
  it('finds the noun a question asks about by name, not a kind of answer or a framing word', () => {
    expect(askedAttributeWord('what brand are the 3d printers')).toBe('brand');
    expect(askedAttributeWord('what is the cost of the seminar?')).toBe('cost');
    expect(askedAttributeWord("what's the prize for winning hack harwick")).toBe('prize');
    expect(askedAttributeWord('what time is the seminar on')).toBeUndefined();
    expect(askedAttributeWord('What post does Thomas Greminger hold?')).toBeUndefined();
    expect(askedAttributeWord('what did they discuss?')).toBeUndefined();
    // A why or a how put as a noun is explained, not named.
    expect(askedAttributeWord('what is the purpose of the probation period?')).toBeUndefined();
    expect(askedAttributeWord("what's the best way to reset my keycard")).toBeUndefined();
    expect(askedAttributeWord('who is the secretary general of the osce')).toBeUndefined();
  });
});

describe('holdsAnswer', () => {
  const holds = (question: string, sentence: string, alsoGiven: string[] = []): boolean => {
    const expected = expectedAnswer(question, alsoGiven);
    if (!expected) throw new Error(`no answer type for ${question}`);
    return holdsAnswer(sentence, expected);
  };

  it('asks for places by kind and ages, besides times, counts and people', () => {
    expect(expectedAnswerType('which country chaired the osce before kazakhstan?')).toBe('place');
    expect(expectedAnswerType('in which city was the forum held')).toBe('place');
    // Chat puts the question word last: "…held in which city".
    expect(expectedAnswerType('the belt and road forum was held in which city')).toBe('place');
    expect(expectedAnswerType('who chairs the body in which city talks are held')).toBe('person');
    expect(expectedAnswerType('how old is the secretary general?')).toBe('age');
    expect(expectedAnswerType('which un body did kz sit on')).toBe('organisation');
    // A credit apart from the work is said by the answer: "Contributed by" is no review.
    const reviewer = expectedAnswer('who reviewed the opcode cache change');
    if (!reviewer) throw new Error('no answer type');
    expect(holdsAnswer('The opcode cache is faster. (Contributed by Pablo Galindo in bpo-42093.)', reviewer)).toBe(false);
    expect(holdsAnswer('Added a cache. (Implemented by Dong-hee Na and reviewed by Vinay Sajip in bpo-33897.)', reviewer)).toBe(true);
    expect(expectedAnswer('who implemented the walrus operator')?.credit).toBeUndefined();
    expect(expectedAnswerType('in what period was the summit the only one')).toBe('time');
    // Not a body or a period that is what the question is about.
    expect(expectedAnswerType('what body parameters does the endpoint accept?')).toBeUndefined();
    expect(expectedAnswerType('what is the period of the pendulum?')).toBeUndefined();
    expect(expectedAnswerType('how many people lived there during the century?')).toBe('quantity');
    expect(expectedAnswer('what date is the seminar?')?.day).toBe(true);
    expect(expectedAnswer('what hours can weekend members get in')?.clock).toBe(true);
    // "How long" of a thing is answered by its length too.
    const length = expectedAnswer('how long should the root password be');
    if (!length) throw new Error('no answer type');
    expect(holdsAnswer("The root user's password should be long (12 characters or more).", length)).toBe(true);
    expect(holdsAnswer('The root password is set during installation by 2 people.', length)).toBe(false);
    // "How long does it take" asks for a time, which no size answers.
    const takes = expectedAnswer('how long does the backup take');
    if (!takes) throw new Error('no answer type');
    expect(holdsAnswer('The backup writes 500 MB to the disk.', takes)).toBe(false);
    expect(expectedAnswer('when is the seminar?')?.day).toBe(false);
    expect(expectedAnswer('what is the exact date in october of the seminar?')?.day).toBe(true);
  });

  it('asks for a number by the name of a measure, and for a version by "which version"', () => {
    expect(expectedAnswerType('whats the default recursion limit in 3.11')).toBe('quantity');
    expect(expectedAnswerType('what is the population of kazakhstan?')).toBe('quantity');
    expect(expectedAnswerType('so what is the max size of a doc')).toBe('quantity');
    expect(expectedAnswerType('which version removes distutils')).toBe('version');
    expect(expectedAnswerType('what pip version comes bundled w/ 3.11')).toBe('version');
    // A measure noun that is not what the question opens by asking for.
    expect(expectedAnswerType("what's the deal with the version thing")).toBeUndefined();
    expect(expectedAnswerType('what did they say about the limits of cooperation')).toBeUndefined();
    // A release's date is a time, its name or notes nothing in particular; a place by kind stays a place.
    expect(expectedAnswerType('what was the release date for 8.24?')).not.toBe('version');
    expect(expectedAnswerType('what release name did debian 2.0 get')).toBeUndefined();
    expect(expectedAnswerType('which city has highest population')).toBe('place');
    expect(expectedAnswerType('What did version 2.0 add?')).toBeUndefined();
    // A version is answered by a version the question does not give, not by any number.
    const question = 'which version actually deletes the old LL(1) parser? 3.9 still has it';
    expect(holds(question, 'In Python 3.10, the old parser will be deleted.')).toBe(true);
    expect(holds(question, 'Python 3.9 uses a new parser.')).toBe(false);
    expect(holds(question, 'The old parser was deleted (bpo-40334).')).toBe(false);
    // The version near the question's words counts, wherever another copy of it stands.
    const far = 'Python 3.12 brings many changes to the interpreter, the standard library, the documentation, the build system and the tooling around them all; the old parser is deleted in 3.12.';
    expect(holds(question, far)).toBe(true);
    // A release named by its product and a whole number, where the question names the product.
    const debian = 'which debian release first supported secure boot';
    expect(holds(debian, 'Debian 10 (Buster) was the first release supporting Secure Boot.')).toBe(true);
    expect(holds(debian, 'Ubuntu 22 was the first release supporting Secure Boot.')).toBe(false);
    expect(holds(debian, 'Debian 10 % of the time supported Secure Boot.')).toBe(false);
    expect(holds('which release of debian made systemd the default', 'Debian 8 made systemd the default init.')).toBe(true);
    // Another product's number is no version of the one asked about, nor is a numbered part.
    expect(holds('which lumen release supports windows?', 'Lumen runs on Windows 10 and Windows 11.')).toBe(false);
    expect(holds('which version of the game added chapter 5', 'Chapter 6 was added in the spring.')).toBe(false);
  });

  it('needs the answer near a word of the question in its sentence', () => {
    const dateline = 'VIENNA, May 7, 2019 - Kazakhstan stands ready to contribute to Organization for Security and Cooperation in Europe (OSCE) efforts to strengthen international security and cooperation, said Minister of Foreign Affairs of the Republic of Kazakhstan Beibut Atamkulov at a recent meeting.';
    expect(holds('when did atamkulov become foreign minister', dateline)).toBe(false);
    expect(holds('when did atamkulov become foreign minister', 'Beibut Atamkulov became Minister of Foreign Affairs in February 2019.')).toBe(true);
    // A date twice: the copy near the question's words answers.
    const twice = 'In 2019 the committee, the council, the secretariat, the delegations and the observers met again and again over many long months, and Atamkulov became Foreign Minister in 2019.';
    expect(holds('when did atamkulov become foreign minister', twice)).toBe(true);
    // A sentence that shares no word with the question is left to its passage's score.
    expect(holds('when did he take office', 'It happened in February 2019.')).toBe(true);
  });

  it('reads an aside closing a long paragraph as said of all of it', () => {
    const paragraph =
      '`str.removeprefix(prefix)` and `str.removesuffix(suffix)` have been added to easily remove an unneeded prefix or a suffix from a string. Corresponding `bytes`, `bytearray`, and `collections.UserString` methods have also been added. See PEP 616 for a full description. (Contributed by Dennis Sweeney in bpo-39939.)';
    expect(holds('who is responsible for str.removeprefix', paragraph)).toBe(true);
    // A parenthesis inside a sentence is no aside of its own: the window still holds.
    const inside = 'The removeprefix method was added to strings, bytes, bytearrays and user strings, after a long discussion on the mailing list about names and about whether any of it was needed at all (Dennis Sweeney).';
    expect(holds('who is responsible for removeprefix', inside)).toBe(false);
    // After a code block too, however long the block.
    const block = 'Python now offers suggestions of similar names:\n\n```python\n>>> schwarschild_black_hole\nTraceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nNameError: schwarschild_black_hole is not defined. Did you mean: schwarzschild_black_hole? Or maybe one of the other variables in the module?\n```\n\n(Contributed by Pablo Galindo in bpo-38530.)';
    expect(holds('who did the suggestions of similar names', block)).toBe(true);
    // Only a credit: a closing aside that says something else keeps the window.
    const reporting = 'The new bike lanes on Main Street were designed over two years of consultation with residents, shop owners, the bus company, the fire brigade and the cycling club, and were finally opened to traffic last spring after long delays. (Reporting by Jane Doe.)';
    expect(holds('who designed the new bike lanes on main street', reporting)).toBe(false);
    // A credit in square brackets, as NEWS files write them, however many sentences it runs to.
    const news = `The vcs_info fix stops prompt expansion of branch names, so users who are concerned about an exploit but unable to update their binaries may apply the partial work-around described in the file Etc/CVE-2021-45444-VCS_Info-workaround.patch included with the shell source. [ Reported by RyotaK <security@ryotak.me>. Additional thanks to Marc Cornella. ]`;
    expect(holds('who is responsible for the vcs_info fix', news)).toBe(true);
    // A name just before the closing bracket is still a person ("Daniel Shahaf. ]").
    const shahaf = 'Repeating a pattern many times no longer makes the shell use memory without bound, which could crash it on long inputs that a script reads from an untrusted source before matching them. [ Reported by Daniel Shahaf. ]';
    expect(holds('who found the pattern repetition bug', shahaf)).toBe(true);
    const bracketed = 'The new bike lanes on Main Street were designed over two years of consultation with residents, shop owners, the bus company, the fire brigade and the cycling club, and were finally opened to traffic last spring. [Reporting by Jane Doe.]';
    expect(holds('who designed the new bike lanes on main street', bracketed)).toBe(false);
  });

  it('does not read code as a person named by role', () => {
    expect(holds("who's the author of pep 626", 'The `co_lnotab` attribute of code objects is deprecated.')).toBe(false);
    expect(holds("who's the author of pep 626", 'The developers of the `co_lnotab` attribute deprecated it.')).toBe(true);
  });

  it('reads a role only as the head of the subject, not a word qualifying another', () => {
    expect(holds('who won the club championship last season', 'The adult membership fee rises from £55 to £60 for the 2026-27 season.')).toBe(false);
    expect(holds('who won the club championship last season', 'Members of the committee chose the winner last season.')).toBe(true);
    expect(holds('who runs the junior session', 'Our volunteer coaches run the junior session.')).toBe(true);
    // A verb read first as a noun, a title before a name, adverbs, "most of", "who", lists.
    expect(holds('who books the hall', 'The secretary books the hall.')).toBe(true);
    expect(holds('who said the fee would rise', 'Treasurer Priya Raman said the fee would rise.')).toBe(true);
    expect(holds('who pays nothing', 'Members still pay nothing.')).toBe(true);
    expect(holds('who started with no experience', 'Most of our members started with no experience.')).toBe(true);
    expect(holds('who may contact the clerk', 'Residents who wish to see the plans may contact the Clerk.')).toBe(true);
    expect(holds('who signed the accounts', 'The fee and the treasurer signed the accounts.')).toBe(true);
    // The speaker of a quotation that opens the sentence.
    expect(holds('who said the world needs countries like kazakhstan', '“The world needs countries like Kazakhstan," the OSCE Secretary General said.')).toBe(true);
    expect(holds('who said the world needs countries like kazakhstan', '“The world needs countries like Kazakhstan, Members and States."')).toBe(false);
    expect(holds('who gets a discount', 'Member discounts apply.')).toBe(false);
    expect(holds('who gets a discount', 'The fee for adult members rises.')).toBe(false);
  });

  it('needs something of the asked type that the question does not already name', () => {
    const question = 'which country chaired the osce before kazakhstan?';
    expect(holds(question, 'The chairmanship of Kazakhstan in 2010 was a significant event.')).toBe(false);
    expect(holds(question, 'Lithuania chaired the OSCE in 2011, after Kazakhstan.')).toBe(true);
    expect(holds('how many of the 57 states voted?', 'Today, 57 OSCE participating States are engaged.')).toBe(false);
    expect(holds('how many of the 57 states voted?', 'Of the 57 States, 41 voted in favour.')).toBe(true);
    expect(holds('who did Mr. Greminger meet?', 'Mr. Greminger welcomed the progress.')).toBe(false);
    expect(holds('who did Mr. Greminger meet?', 'Mr. Greminger met Beibut Atamkulov.')).toBe(true);
  });

  it('takes an age from a length of time, or from a number or date the sentence says is one', () => {
    const question = 'how old is atamkulov';
    expect(holds(question, 'Mr. Atamkulov served as OSCE Chairman in 2010 and chairman in 2011-2012.')).toBe(false);
    expect(holds(question, 'Mr. Atamkulov, aged 52, met the press.')).toBe(true);
    expect(holds('how old is the osce', 'The OSCE was established in 1975.')).toBe(true);
    expect(holds('how old is the osce', 'The OSCE has worked for 44 years.')).toBe(true);
  });

  it("counts the corpus's words for the question's abbreviations as given", () => {
    const sentence = 'Kazakhstan was a non-permanent member of the UN Security Council in 2017-2018.';
    expect(holds('which other countries were on the unsc w/ kz', sentence)).toBe(true);
    expect(holds('which other countries were on the unsc w/ kz', sentence, ['kazakhstan'])).toBe(false);
  });

  it('reads a name after "in" as a place, and wants a day when a date is asked for', () => {
    expect(holds('which city hosts the seminar?', 'A seminar will be held in Nur-Sultan in October 2019.')).toBe(true);
    expect(holds('what date is the seminar?', 'A seminar will be held in Nur-Sultan in October 2019.')).toBe(false);
    expect(holds('what date is the seminar?', 'The seminar opens on 14 October 2019.')).toBe(true);
    expect(holds('when is the seminar?', 'A seminar will be held in Nur-Sultan in October 2019.')).toBe(true);
  });

  it('wants a sentence that places the answer before or after the name the question gives', () => {
    const question = 'who was foreign minister before atamkulov?';
    expect(expectedAnswer(question)?.sequence).toBe(true);
    expect(holds(question, 'Minister of Foreign Affairs Beibut Atamkulov met Thomas Greminger.')).toBe(false);
    expect(holds(question, 'Beibut Atamkulov succeeded Kairat Abdrakhmanov as foreign minister.')).toBe(true);
    // Before a clause, a number or "the…" is no sequence of named things.
    expect(expectedAnswer('how long do I need to be on the server before I can become a helper?')?.sequence).toBe(false);
    expect(expectedAnswer('when was the monument opened, before 1950?')?.sequence).toBe(false);
    expect(expectedAnswer('when was the osce set up after the signing of the final act?')?.sequence).toBe(false);
    expect(expectedAnswer('when should I commit after rebasing?')?.sequence).toBe(false);
  });

  it('answers when something ends with an end, not with when it starts', () => {
    const question = 'what time does the christmas blitz finish';
    expect(expectedAnswer(question)?.end).toBe(true);
    expect(holds(question, 'Event: Christmas Blitz · Date: Tuesday 15 December 2026 · Time: 7:30 pm · Venue: Oak Room.')).toBe(false);
    expect(holds(question, 'The Christmas Blitz runs from 7:30 pm to 10:15 pm.')).toBe(true);
    expect(holds(question, 'The Christmas Blitz starts at 7:30 pm and finishes at about 10 pm.')).toBe(true);
    expect(holds('when does the workshop close on tuesdays', 'Tuesday: 17:00–20:00 (last entry 19:30).')).toBe(true);
    expect(expectedAnswer('what time does the blitz start')?.end).toBeUndefined();
    expect(expectedAnswer('when does the end of season party start')?.end).toBeUndefined();
    expect(expectedAnswer('when is the agm over?')?.end).toBe(true);
    // An end is said by a span of clock times or months, not by an ISO date, a range of ages or "close to".
    expect(holds(question, 'The Christmas Blitz is on 2026-12-15, 7:30 pm – midnight.')).toBe(true);
    expect(holds(question, 'Christmas Blitz · Date: 2026-12-15 · Time: 7:30 pm, organised by Colm.')).toBe(false);
    expect(holds(question, 'The Christmas Blitz at 7:30 pm is for players aged 7 to 17.')).toBe(false);
    expect(holds(question, 'The Christmas Blitz at 7:30 pm is close to the station.')).toBe(false);
    expect(holds('when does the season end', 'The season runs from September to May.')).toBe(true);
  });

  it('answers an age with a number of years, not with a date', () => {
    expect(holds('how old is the secretary general?', 'The Secretary General, 58 years old, welcomed the minister.')).toBe(true);
    expect(holds('how old is the secretary general?', 'The Secretary General met the minister on May 7, 2019.')).toBe(false);
  });

  it('answers "how much faster" with a proportion, not with any number', () => {
    const question = 'how much faster is the parser on windows';
    expect(holds(question, 'On Windows the parser is about 25% faster than before.')).toBe(true);
    expect(holds(question, 'On Windows the parser is now up to 1.87x faster.')).toBe(true);
    expect(holds(question, 'On Windows the parser is twice as fast.')).toBe(true);
    expect(holds(question, 'The first two schemes of the parser are specific to Windows.')).toBe(false);
    // The comparative before a follow-up ("faster? by how much") asks for one too.
    expect(holds('is the new parser faster than the old one? by how much', 'The new parser uses 3 passes over the source.')).toBe(false);
    expect(holds('by what % did the cache speed up lookups', 'The cache made lookups 40% faster.')).toBe(true);
    // A comparative elsewhere asks for an amount; a price answers only a comparison of prices.
    expect(holds('how much memory does the larger instance need', 'The larger instance needs 16 GB of memory.')).toBe(true);
    expect(holds('how much faster is the new laser', 'The new laser arrived; the old one sold for £200.')).toBe(false);
    expect(holds('how much cheaper is the annual plan', 'The annual plan is £350 instead of £420.')).toBe(true);
  });

  it('answers "how many <things>" with a number of those things, or of what WordNet calls them', () => {
    expect(holds("how many days was the minister's visit to vienna", 'The minister laid flowers at a monument to 40,000 soldiers during his visit to Vienna.')).toBe(false);
    expect(holds("how many days was the minister's visit to vienna", "The minister's visit to Vienna lasted three days.")).toBe(true);
    expect(holds('how many countries are in the osce', 'The OSCE has 57 participating States.')).toBe(true);
    expect(holds('how many hours is the induction', 'The induction takes 3 hours.')).toBe(true);
    expect(holds('how many weeks notice do i give', 'Hand in your card 2 weeks before you leave.')).toBe(true);
    expect(holds('how many weeks notice do i give', 'Hand in your 2 cards at the desk.')).toBe(false);
    expect(holds('how many packages are in bullseye main', 'Debian 11 Bullseye has 2 release candidates in main.')).toBe(false);
    expect(holds('how many packages are in bullseye main', 'Bullseye main holds 59,000 packages.')).toBe(true);
    // An ordinal counts what it numbers: the third strike is the last.
    expect(holds('how many strikes before a ban', 'The first strike is a warning and the third strike is a permanent ban.')).toBe(true);
    // Nothing named after "how many", or only a framing word: any number near the question's words.
    expect(holds('how much stuff does apt update download', 'apt update downloads about 10-16 MB for main.')).toBe(true);
    // People counted by a word a club does not use: a number of its juniors or players answers.
    expect(holds('how many kids can the saturday session take', 'The Saturday session can take up to 18 juniors in total.')).toBe(true);
  });

  it('answers a question for an e-mail address, a phone number or a link with one', () => {
    expect(expectedAnswerType("whats tomás's email address")).toBe('email');
    expect(expectedAnswerType('whats the phone number for the space')).toBe('phone');
    expect(expectedAnswerType("what's the link to the wiki")).toBe('link');
    expect(expectedAnswerType('how do i email the board')).toBeUndefined();
    // The contact detail must be what is asked for; a time comes first.
    expect(expectedAnswerType('what time does the site open on weekends')).toBe('time');
    expect(expectedAnswerType('where is the site')).toBeUndefined();
    expect(expectedAnswerType('which phone models are supported')).toBeUndefined();
    expect(expectedAnswerType('what is the email policy')).toBeUndefined();
    expect(holds('whats the phone number for the space', 'We raised 1 250 000 pounds for the space.')).toBe(false);
    expect(holds('whats the phone number for the space', 'For the space, call 9601234.')).toBe(true);
    expect(holds('whats the phone number for the space', 'The space has 142 members, up from 118 a year ago.')).toBe(false);
    expect(holds('whats the phone number for the space', 'Call the space on 01632 960 123 during staffed hours.')).toBe(true);
    // Digits glued to code are no phone number: an SQL parameter, an identifier.
    expect(holds('whats the phone number for the space', 'A parameter like ?1000000000 would need gigabytes of space.')).toBe(false);
    expect(holds('what email do i use for membership', 'Membership questions go to membership@foundrylane.org.uk.')).toBe(true);
    expect(holds('what email do i use for membership', 'Membership questions go to Priya Raman.')).toBe(false);
    expect(holds("what's the link to the wiki", 'The wiki is at https://wiki.foundrylane.org.uk/start.')).toBe(true);
    expect(holds("what's the link to the wiki", 'Write to wiki@foundrylane.org.uk about the wiki.')).toBe(false);
  });

  it("counts what a chat short form means ('hp': health)", () => {
    expect(holds('how much extra hp do mobs get per player', 'Enemy health now scales by +35% per additional player.')).toBe(true);
    expect(holds('how much extra hp do mobs get per player', 'Enemy damage now scales by +20% per additional player.')).toBe(false);
  });

  it('answers "who do i contact" with whoever is reached: a name, an address or a channel', () => {
    expect(holds('who do i contact about billing', 'For billing problems, email billing@quillmark.org.')).toBe(true);
    expect(holds('who should we ask about billing', 'Billing questions go in #billing-help on Discord.')).toBe(true);
    expect(holds('who do i contact about billing', 'Billing questions go to Priya Raman.')).toBe(true);
    // Not whoever did something: "who fixed billing" asks for a person.
    expect(holds('who fixed the billing bug', 'The billing bug was tracked in #billing-help.')).toBe(false);
    expect(holds('who do i contact about billing', 'Billing issues are issue #42.')).toBe(false);
    // A colour or a hashtag is no channel.
    expect(holds('who do i contact about the billing page', 'The billing page is #ffcc00 orange.')).toBe(false);
    expect(holds('who do i contact about billing', 'Billing is trending as #billing on social media.')).toBe(false);
  });

  it('answers "when" with a time, or with a sentence saying no time is set', () => {
    expect(holds('is typing.Text deprecated? when does it get removed', 'typing.Text is deprecated. Its removal is currently unplanned.')).toBe(true);
    expect(holds('is typing.Text deprecated? when does it get removed', 'typing.Text is deprecated.')).toBe(false);
    expect(holds('when was the lathe bought', 'Who donated the lathe is not known.')).toBe(false);
  });
});

describe('answer types of release notes and manuals', () => {
  it('reads "how big" as asking for a quantity, not "how high" or "how fast"', () => {
    expect(expectedAnswerType('how big is the mbr')).toBe('quantity');
    expect(expectedAnswerType('how large should the efi partition be')).toBe('quantity');
    expect(expectedAnswerType('how high is the risk of data loss?')).toBeUndefined();
    expect(expectedAnswerType('how fast does it run')).toBeUndefined();
    // A version dates a change where release notes say it makes it ("removed in Python 3.13"); not
    // any version they name (measured: absent "when" facts were answered so), nor when a version
    // itself comes out, nor a day.
    const when = (question: string, sentence: string): boolean => holdsAnswer(sentence, expectedAnswer(question) as ExpectedAnswer);
    expect(when('when are the dead battery modules getting removed', 'The dead battery modules will be removed in Python 3.13.')).toBe(true);
    expect(when('since when is tkinter.tix deprecated', 'The tkinter.tix module is deprecated since version 3.6.')).toBe(true);
    expect(when('when are the dead battery modules getting removed', 'Python 3.13 removes nothing; the dead battery modules are listed below.')).toBe(false);
    expect(when('when is python 3.12 coming out', 'These APIs will be removed in Python 3.12.')).toBe(false);
    expect(when('whats the exact date the modules get removed', 'The modules will be removed in Python 3.13.')).toBe(false);
    expect(when('when did sales grow', 'Sales grew by 2.5 percent.')).toBe(false);
    // Only a change is dated so; not an amount, nor a numbered part.
    expect(when('when did sales grow', 'Sales grew in Python 3.13.')).toBe(false);
    expect(when('when was the limit changed', 'The limit drops from 2.5 to 1.5 hours.')).toBe(false);
    expect(when('when was the exam rule removed', 'The exam rule was removed, see Section 3.2.')).toBe(false);
  });
});

describe('hasAnswerType', () => {
  it('finds a length of time that compromise reads as a date ("For 14 days after a major update")', () => {
    expect(entities('For 14 days after a major update, discussion must stay in #spoilers.')).toEqual([{ type: 'duration', text: '14 days' }]);
    expect(entities('He arrived after the meeting.')).toEqual([]);
    expect(entities('It was released 3 days ago.')).toEqual([{ type: 'time', text: '3 days ago' }]);
    // A period numbered on the calendar is when, not how long.
    expect(entities('There is no weekly quiz in week 8.')).toEqual([{ type: 'time', text: 'in week 8' }]);
    expect(entityTypes('The final essay is due in week 12.')).toEqual(new Set(['time']));
    expect(holdsAnswer('There is no weekly quiz in week 8.', expectedAnswer('how long is each weekly quiz') as ExpectedAnswer)).toBe(false);
    expect(entities('The course runs for 8 weeks.')).toEqual([{ type: 'duration', text: '8 weeks' }]);
  });

  it('finds times of day, weekdays, money, single names and counts, not years as counts', () => {
    expect(hasAnswerType('Voice channels close at midnight UTC.', 'time')).toBe(true);
    expect(hasAnswerType('Game night happens every Thursday.', 'time')).toBe(true);
    expect(hasAnswerType('Tickets cost €15 for the weekend.', 'money')).toBe(true);
    // Pence and chat's units are money; a resolution and a time of day are not.
    expect(hasAnswerType('Tea and coffee are 50p a cup.', 'money')).toBe(true);
    expect(hasAnswerType('A lift home is 5 quid.', 'money')).toBe(true);
    expect(hasAnswerType('The stream is 1080p or 720p at 5 p.m. daily.', 'money')).toBe(false);
    expect(hasAnswerType('The bus stops at 14 Mill Lane.', 'money')).toBe(false);
    expect(hasAnswerType('Ask Tom in #events.', 'person')).toBe(true);
    // A full name of words that are not English opens a sentence too, and a chat handle after it is no part of it.
    expect(hasAnswerType('Colm Rafferty is the organiser.', 'person')).toBe(true);
    expect(entities('Yusuf Karim (@coach_yusuf) is a qualified coach.')).toEqual([{ type: 'person', text: 'Yusuf Karim' }]);
    expect(hasAnswerType('New Year celebrations start early.', 'person')).toBe(false);
    // One name after "by" is someone too ("[ Reported by RyotaK <…> ]"); an English word is not.
    expect(hasAnswerType('[ Reported by RyotaK <security@ryotak.me>.', 'person')).toBe(true);
    expect(hasAnswerType('The list is sorted by Date.', 'person')).toBe(false);
    expect(hasAnswerType('Contributed by Serhiy.', 'person')).toBe(true);
    // Not a word that modifies the noun after it: "Organised by Oakhurst volunteers".
    expect(entities('Organised by Oakhurst volunteers.')).toEqual([]);
    expect(hasAnswerType('Caused by Nginx misconfig.', 'person')).toBe(false);
    expect(hasAnswerType('Today, 57 OSCE participating States are engaged.', 'quantity')).toBe(true);
    expect(hasAnswerType('Kazakhstan was a member of the UN Security Council in 2017-2018.', 'quantity')).toBe(false);
    expect(hasAnswerType('The upcoming presidential election was also discussed.', 'person')).toBe(false);
  });
});

type Labelled = { sentences: { text: string; types: string[] }[] };
const microF1 = (file: string): number => {
  const { sentences } = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', file), 'utf8')) as Labelled;
  let [truePositives, falsePositives, falseNegatives] = [0, 0, 0];
  for (const { text, types } of sentences) {
    const found = entityTypes(text);
    for (const type of found) if (types.includes(type)) truePositives += 1; else falsePositives += 1;
    for (const type of types) if (!found.has(type as never)) falseNegatives += 1;
  }
  const precision = truePositives / (truePositives + falsePositives);
  const recall = truePositives / (truePositives + falseNegatives);
  return (2 * precision * recall) / (precision + recall);
};

describe('entityTypes', () => {
  it('labels hand-labelled sentences as well as it was measured to (micro-F1 0.92, held out 0.90, technical 0.90)', () => {
    expect(microF1('entity-sentences.json')).toBeGreaterThanOrEqual(0.9);
    expect(microF1('entity-sentences-heldout.json')).toBeGreaterThanOrEqual(0.87);
    expect(microF1('entity-sentences-technical.json')).toBeGreaterThanOrEqual(0.88);
    // Some hundred sentences read: seconds on a busy machine.
  }, 30_000);

  it('reads issue numbers, file modes and versions as names, not counts or dates', () => {
    expect(hasAnswerType('(Contributed by Victor Stinner in bpo-40360.)', 'quantity')).toBe(false);
    expect(hasAnswerType('Closes: #987654 and gh-91524.', 'quantity')).toBe(false);
    expect(hasAnswerType('Set the mode to 0644 before running it.', 'quantity')).toBe(false);
    expect(hasAnswerType('One or more fields may follow.', 'quantity')).toBe(false);
    expect(entityTypes('The package now requires Tcl/Tk version 8.5.12 or newer.').has('time')).toBe(false);
    expect(entityTypes('The rsync 3.2.4 release fixes CVE-2022-29154.').has('time')).toBe(false);
    // File names and identifiers are no people; capitalised names still are.
    expect(entityTypes('It removes the .deb files that are currently installed.').has('person')).toBe(false);
    // A lowercase name after "in" is still a place.
    expect(entityTypes('They held a seminar in nur-sultan last year.').has('place')).toBe(true);
    expect(entityTypes('The bug was reported by Priya Raman.').has('person')).toBe(true);
    // Still dates, and still counts.
    expect(hasAnswerType('Created at 7.05.2019.', 'time')).toBe(true);
    expect(hasAnswerType('Astana 12.03.2019 Press release', 'time')).toBe(true);
    expect(hasAnswerType('Debian 10 was released in mid-2019.', 'time')).toBe(true);
    expect(hasAnswerType('It is about 36% faster now.', 'quantity')).toBe(true);
    expect(hasAnswerType('The top-10 list has 10 entries.', 'quantity')).toBe(true);
  });
});

describe('standardQuestionWords', () => {
  it('spells chat question words as standard English, and nothing else', () => {
    expect(standardQuestionWords('wat date was the forum in beijing')).toBe('what date was the forum in beijing');
    expect(standardQuestionWords('Wats the fee? wen does it open, wher is it')).toBe("What's the fee? when does it open, where is it");
    expect(standardQuestionWords("whos in charge, what's new")).toBe("who's in charge, what's new");
    // Inside other words, and words English uses otherwise, stay as typed.
    expect(standardQuestionWords('the watt rating of the hw, Wenlock')).toBe('the watt rating of the hw, Wenlock');
    // Capitalised before another capitalised word, it is a name.
    expect(standardQuestionWords('wen did Wen Jiabao visit? Wen was it')).toBe('when did Wen Jiabao visit? When was it');
    expect(standardQuestionWords('ok, Wat is the fee?')).toBe('ok, What is the fee?');
  });

  it('lets a chat-spelt question ask for what its standard spelling asks for', () => {
    expect(expectedAnswer(standardQuestionWords('wat date was the belt & road forum'))?.day).toBe(true);
    expect(expectedAnswerType(standardQuestionWords('wat country is greminger from'))).toBe('place');
  });
});

describe('named days', () => {
  it('reads a day named by its occasion as a day', () => {
    const day = expectedAnswer('the visit was on the occasion of what day');
    if (!day) throw new Error('no answer type');
    expect(holdsAnswer('His visit to Vienna was on the occasion of the Day of Fatherland Defenders.', day)).toBe(true);
    expect(holdsAnswer('The space is closed on Founders Day.', { ...day, given: new Set() })).toBe(true);
    // "Every Day" and "the day" name no day.
    expect(holdsAnswer('We open Every Day, the day you visit.', { ...day, given: new Set() })).toBe(false);
  });
});

describe('opensWithDate', () => {
  it('recognises a dateline or a labelled date, not a date deep in a sentence', () => {
    expect(opensWithDate('VIENNA, May 7, 2019 - Kazakhstan stands ready')).toBe(true);
    expect(opensWithDate('Published: 2026-03-04')).toBe(true);
    expect(opensWithDate('As of version 3.39.0 (2022-06-25), the SQLite library consists of')).toBe(false);
    expect(opensWithDate('This page last modified on 2022-12-14 16:04:04 UTC')).toBe(false);
    // Markdown's emphasis around a dateline.
    expect(opensWithDate('**PORTMERE, 9 June 2025 —** Construction of Line 4 began')).toBe(true);
  });

  it("dates a release by its dateline, after a headline's date or an \"For immediate release\" line", () => {
    const release = 'New fares from 4 May 2025\n\n*For immediate release*\n\n**PORTMERE, 14 March 2025 —** The authority today announced new fares.';
    expect(findDate(release)).toBe('2025-03-14');
    expect(hasDateline(release)).toBe(true);
    // Without a dateline, the first date written.
    expect(findDate('Notes\n\nThe AGM is on 3 May 2026. Dues rise on 1 June 2026.')).toBe('2026-05-03');
    expect(hasDateline('Notes\n\nThe AGM is on 3 May 2026.')).toBe(false);
  });
});

describe('entryDate', () => {
  it("reads the date a log's entry opens with, under its markup or weekday, and no other", () => {
    expect(entryDate('[2026-11-30] posted by @dfairweather')).toBe('2026-11-30');
    expect(entryDate('## 3 November 2026: new venue')).toBe('2026-11-03');
    expect(entryDate('**Tuesday 14 March 2026**')).toBe('2026-03-14');
    expect(entryDate('- Oct 6, 2026 - clocks')).toBe('2026-10-06');
    expect(entryDate('From Tuesday 1 December 2026 the centre closes at 10:30 pm.')).toBeUndefined();
    expect(entryDate('2.4.0 (2026-09-15)')).toBeUndefined();
    // Not a table row, a sentence about the date, nor an event after today.
    expect(entryDate('| 2026-03-07 | Junior Congress |')).toBeUndefined();
    expect(entryDate('1 March 2026 is the deadline for entries.')).toBeUndefined();
    expect(entryDate('- 7 March 2027: Junior Congress', '2026-12-01')).toBeUndefined();
    expect(entryDate('- 7 March 2026: Junior Congress', '2026-12-01')).toBe('2026-03-07');
  });
});

describe('how often', () => {
  const expected = (question: string): ExpectedAnswer => {
    const answer = expectedAnswer(question);
    if (!answer) throw new Error(`no answer type for ${question}`);
    return answer;
  };

  it('asks for a frequency, answered by one and not by a sentence that only names the thing', () => {
    expect(expectedAnswerType('how often can i post in #questions now')).toBe('frequency');
    expect(expectedAnswerType('how frequently are backups made?')).toBe('frequency');
    expect(expectedAnswerType('how many times a week does the club meet')).toBe('frequency');
    expect(expectedAnswerType('how many times did he win')).toBe('quantity');
    const posting = expected('how often can i post in #questions now');
    expect(holdsAnswer('Slow mode is on in #questions: each member can post once every 60 seconds.', posting)).toBe(true);
    expect(holdsAnswer('Do not post more than 5 lines of code in #questions.', posting)).toBe(false);
    const backups = expected('how often does it make backups');
    for (const sentence of ['It makes a backup every 24 hours.', 'Backups run twice a day.', 'Backups are made daily.', 'The backup runs on Sundays.', 'A new backup is made roughly every April.', 'The backup interval changed from 10 minutes to 3 minutes.']) {
      expect(holdsAnswer(sentence, backups), sentence).toBe(true);
    }
    expect(expectedAnswerType('how many times a player can respawn')).toBe('quantity');
    for (const sentence of ['Backups are kept for 30 days.', 'It keeps the last 7 backups.', 'The backup finished on Sunday.', 'Once a backup is made, it is kept.', 'Never delete a backup.']) {
      expect(holdsAnswer(sentence, backups), sentence).toBe(false);
    }
  });
});

describe('a press release', () => {
  it('is no version asked for, and "the latest" one points at the newest document', () => {
    expect(expectedAnswerType('whats the most recent press release about')).toBeUndefined();
    expect(expectedAnswerType('which release added the flag')).toBe('version');
    expect(pointsAtNewest('whats the most recent press release about')).toBe(true);
    expect(pointsAtNewest('what is the latest announcement')).toBe(true);
    expect(pointsAtNewest('when was this release published')).toBe(false);
    expect(pointsAtDocument('who is the release manager')).toBe(false);
  });
});

describe('who holds a role', () => {
  it('reads the role a "who" question names, with the noun before it', () => {
    expect(expectedAnswer('who was the release manager for 3.11')?.role).toEqual(['release', 'manager']);
    expect(expectedAnswer('who are the current debian policy editors')?.role).toEqual(['policy', 'editors']);
    expect(expectedAnswer("who's the foreign minister?")?.role).toEqual(['minister']);
    // Not cut short where a word ends in a preposition's letters ("stati-on").
    expect(expectedAnswer('who is the station manager')?.role).toEqual(['station', 'manager']);
    // Words for anyone, and deeds, name no role.
    expect(expectedAnswer('who is the best person to ask')?.role).toBeUndefined();
    expect(expectedAnswer('who organises the repair cafe')?.role).toBeUndefined();
    expect(expectedAnswer('who is greminger')?.role).toBeUndefined();
  });

  it('reads a "who" question about a title "of the year" as asking for a person, not a time', () => {
    expect(expectedAnswer('who was the runner-up for photo of the year')).toMatchObject({ type: 'person', role: ['runner-up'] });
    expect(expectedAnswerType('who won photo of the year')).toBe('person');
    expect(expectedAnswerType('what was the year it opened')).toBe('time');
  });

  it('reads "the name of" a person as asking for one, with the role when it names one', () => {
    expect(expectedAnswer('whats the name of the person who handles security@ emails')).toMatchObject({ type: 'person' });
    expect(expectedAnswer('whats the name of the person who handles security@ emails')?.role).toBeUndefined();
    expect(expectedAnswer('name of the treasurer?')).toMatchObject({ type: 'person', role: ['treasurer'] });
    expect(expectedAnswer('whats the name of the network programmer they hired')).toMatchObject({ type: 'person', role: ['network', 'programmer'] });
    // A possessive before the thing asked for by name.
    expect(expectedAnswerType("what was brede's salary as director")).toBe('money');
    expect(expectedAnswerType('how much is the new gallery costing in total')).toBe('money');
    // Not after a bare "which", which asks for the owner; nor a negated contraction.
    expect(expectedAnswerType("which club's fee is lowest")).not.toBe('money');
    expect(expectedAnswerType("what doesn't count towards the total")).toBeUndefined();
    // The name of a thing asks for no person, nor does a how or yes-or-no question, nor software's people-like nouns.
    expect(expectedAnswerType("what's the name of the cat")).toBeUndefined();
    expect(expectedAnswerType('how do I change the name of the user?')).toBeUndefined();
    expect(expectedAnswerType('is the name of the treasurer on the website?')).not.toBe('person');
    expect(expectedAnswerType("what's the name of the default server?")).toBeUndefined();
    expect(expectedAnswerType("what's the name of the one that handles retries?")).toBeUndefined();
    expect(expectedAnswerType('How can my code discover the name of an object?')).toBeUndefined();
  });
});

describe('version numerals', () => {
  it('are no counts where they are said to come out', () => {
    expect(hasAnswerType('Everyone who takes part gets the Marsh Scout role when 1.4 launches.', 'quantity')).toBe(false);
    expect(hasAnswerType('Screenshots are not allowed until 1.4 is released.', 'quantity')).toBe(false);
    expect(hasAnswerType('Since update 1.4 went live, 210,000 farmers visited.', 'quantity')).toBe(true);
    expect(hasAnswerType('The average load was 1.4 per node.', 'quantity')).toBe(true);
  });
});

describe('askedAction', () => {
  it('reads the action a "who" asks the doer of, with its forms and its words for the doer', () => {
    const choreographing = askedAction("who's choreographing harbourmasters daughter");
    expect(choreographing?.doers).toContain('choreographer');
    expect(choreographing?.terms).toContain('choreograph');
    const won = askedAction('who won best in show');
    expect(won?.doers).toContain('winner');
    expect(won?.terms).toEqual(expect.arrayContaining(['win', 'winner']));
    // "Founded" is "found", not the past of "find".
    const founded = new WordNet().derivedFromVerb('founded');
    expect(founded).toContain('founder');
    expect(founded).not.toContain('finder');
  });

  it('reads none for a verb that says no action, a role, or a contraction', () => {
    for (const question of ['who did the lighting', "who's gonna take part", 'who came up with the idea', "who's the treasurer", "who's league sec now", "who won't be at the fair", 'who knows who won']) {
      expect(askedAction(question), question).toBeUndefined();
    }
  });

  it('finds a word for the doer used as a label for someone named, not for doers in general', () => {
    const pattern = doerPattern(askedAction("who's choreographing harbourmasters daughter") ?? { terms: [], doers: [] });
    for (const text of ['Director: Sam Achterberg. Choreographer: Tash Mendes.', '| Choreographer | Tash Mendes |', 'Dances by Tash Mendes (choreographer).', 'The choreographer for the panto is Tash Mendes.']) {
      expect(pattern.test(text), text).toBe(true);
    }
    for (const text of ['Our choreographers meet on Mondays.', 'She is choreographing the panto.', 'Choreographers are welcome to apply.']) {
      expect(pattern.test(text), text).toBe(false);
    }
    // "Trainee" is whom training is given to, not who trains.
    expect(askedAction('who trains the new volunteers')?.doers ?? []).not.toContain('trainee');
  });
});

describe('bounds', () => {
  it('asks for a bound by name, and reads one stated in words, figures or what is needed', () => {
    expect(asksForBound('whats the max team size')).toBe(true);
    expect(asksForBound('how do i write a minimal config')).toBe(false);
    for (const sentence of ['Teams can have up to 4 people.', 'You must be 16 or older.', 'Files over 16 MB are rejected.', 'Python 3.10 requires OpenSSL 1.1.1.', 'Open to 18+ only.']) {
      expect(saysBound(sentence), sentence).toBe(true);
    }
    for (const sentence of ['The marsh unlocks at Homestead Rank 6.', 'We talked it over with the team.', 'Most members come on Fridays.']) {
      expect(saysBound(sentence), sentence).toBe(false);
    }
  });
});
