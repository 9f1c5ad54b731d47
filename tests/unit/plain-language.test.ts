/**
 * The plain-language (B1) check of `npm run trees:check`: the one reading of the text format, how
 * sentences, words and syllables are counted, and each rule with a text that passes and one that
 * fails: a sentence over 20 words, a medicine named before a lay word for its kind, and a safety
 * net that chains more than two conditions in one sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, PROJECT_ROOT } from '../../web/build/content-files.ts';
import { checkPlainLanguage } from '../../web/checker/check-plain-language.ts';
import { conditionChains, conditionsIn } from '../../web/checker/condition-chains.ts';
import type { ContentSet, Problem } from '../../web/checker/content-set.ts';
import { unexplainedMedicines } from '../../web/checker/medicine-names.ts';
import { readingEase, syllablesOf } from '../../web/checker/reading-ease.ts';
import { sentencesOf, wordsOf } from '../../web/checker/sentences.ts';
import { parseTextFormat } from '../../web/i18n/text-format.ts';
import { runCli } from './cli.ts';

const VALID = join(PROJECT_ROOT, 'tests', 'fixtures', 'content', 'valid');
const valid = loadContent(VALID);
const NL_FILE = 'i18n/nl/trees/mini.json';

/** The valid fixture with some of the Dutch texts of its tree replaced or added. */
function withDutch(texts: Record<string, string>): ContentSet {
  const nl = valid.texts.nl!;
  return { ...valid, texts: { ...valid.texts, nl: { ...nl, mini: { ...nl.mini, ...texts } } } };
}

function problemsOf(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  checkPlainLanguage(set, problems);
  return problems;
}

const words = (n: number) => Array.from({ length: n }, () => 'woord').join(' ');

describe('the text format, one reading for the app and the checker', () => {
  it('makes every line a paragraph and "- " lines a list', () => {
    expect(parseTextFormat('Rust goed uit.\n\nDrink genoeg.\n- water\n- thee')).toEqual([
      { kind: 'paragraph', text: 'Rust goed uit.' },
      { kind: 'paragraph', text: 'Drink genoeg.' },
      { kind: 'list', items: ['water', 'thee'] },
    ]);
  });

  it('makes a line ending in ":" the lead of the list it stands before, and only then', () => {
    expect(parseTextFormat('Bel je huisarts als:\n- je koorts krijgt\n- het erger wordt\nLet op: dit geldt ook voor kinderen.')).toEqual([
      { kind: 'list', lead: 'Bel je huisarts als:', items: ['je koorts krijgt', 'het erger wordt'] },
      { kind: 'paragraph', text: 'Let op: dit geldt ook voor kinderen.' },
    ]);
    expect(parseTextFormat('Let op:\nBel 112.')).toEqual([
      { kind: 'paragraph', text: 'Let op:' },
      { kind: 'paragraph', text: 'Bel 112.' },
    ]);
  });
});

describe('sentences and words', () => {
  it('ends a sentence at . ! ? and at a line break, not at ; or ,', () => {
    expect(sentencesOf('Wacht niet; bel meteen, ook in het weekend. Lukt dat niet? Bel 112!\nRust uit')).toEqual([
      'Wacht niet; bel meteen, ook in het weekend.',
      'Lukt dat niet?',
      'Bel 112!',
      'Rust uit',
    ]);
  });

  it('takes the lead line and every list item as a sentence of its own', () => {
    expect(sentencesOf('Bel je huisarts als:\n- je koorts krijgt\n- het erger wordt')).toEqual([
      'Bel je huisarts als:',
      'je koorts krijgt',
      'het erger wordt',
    ]);
  });

  it('counts as words the tokens that hold a letter or a digit', () => {
    expect(wordsOf('Bel 112 – of de post (0800-0113).')).toEqual(['Bel', '112', 'of', 'de', 'post', '(0800-0113).']);
  });
});

describe('syllables and reading ease', () => {
  it('counts Dutch syllables with the Dutch hyphenation patterns', () => {
    expect(syllablesOf('nl', 'huisartsenpost')).toBe(4); // huis-art-sen-post
    expect(syllablesOf('nl', 'huisartsenspoedpost')).toBe(5);
    expect(syllablesOf('nl', 'bloedverdunners')).toBe(4);
    expect(syllablesOf('nl', 'Ziekenhuis,')).toBe(3);
    expect(syllablesOf('nl', 'e-consult')).toBe(3);
    expect(syllablesOf('nl', '112')).toBe(1);
  });

  it('counts English syllables with the en-us patterns', () => {
    expect(syllablesOf('en', 'beautiful')).toBe(3);
    expect(syllablesOf('en', 'hospital')).toBe(3);
    expect(syllablesOf('en', 'call')).toBe(1);
  });

  it('has no formula for a language it does not know', () => {
    expect(syllablesOf('fr', 'hôpital')).toBeUndefined();
    expect(readingEase('fr', [['Appelez', 'le', 'médecin']])).toBeUndefined();
  });

  it('computes Flesch–Douma for Dutch and Flesch for English', () => {
    // 3 words, 1 sentence, 4 syllables (bel, je, huis-arts): 206.835 − 0.93·3 − 77·4/3
    expect(readingEase('nl', [['Bel', 'je', 'huisarts.']])).toBeCloseTo(101.378, 2);
    // 3 words, 1 sentence, 5 syllables (call, your, hos-pi-tal): 206.835 − 1.015·3 − 84.6·5/3
    expect(readingEase('en', [['Call', 'your', 'hospital.']])).toBeCloseTo(62.79, 2);
  });

  it('reads the same words as harder in one long sentence than in two short ones', () => {
    const two = readingEase('nl', [
      ['Bel', 'je', 'huisarts.'],
      ['Rust', 'goed', 'uit.'],
    ])!;
    expect(two).toBeGreaterThan(readingEase('nl', [['Bel', 'je', 'huisarts', 'rust', 'goed', 'uit.']])!);
  });
});

describe('a sentence over 20 words is a problem', () => {
  it('20 words pass', () => {
    expect(problemsOf(withDutch({ 'o-self-care.advice': `${words(20)}.` }))).toEqual([]);
  });

  it('21 words fail, with the file, the JSON path, the count and the sentence', () => {
    const sentence = `${words(21)}.`;
    expect(problemsOf(withDutch({ 'o-self-care.advice': `Rust uit. ${sentence}` }))).toEqual([
      { file: NL_FILE, path: '$.o-self-care.advice', message: `a sentence of 21 words (at most 20): "${sentence}"` },
    ]);
  });

  it('a long list is no long sentence: each item counts on its own', () => {
    const list = `Bel je huisarts als:\n${Array.from({ length: 8 }, () => `- ${words(4)}`).join('\n')}`;
    expect(problemsOf(withDutch({ 'o-self-care.advice': list }))).toEqual([]);
  });

  it('search words and the staff wording are not read by patients and are left out', () => {
    const long = `${words(30)}.`;
    expect(problemsOf(withDutch({ search: long, 'o-self-care.advice_staff': long }))).toEqual([]);
  });
});

describe('a medicine is named after a lay word for its kind', () => {
  it('a box name with no lay word before it fails, with what to write', () => {
    expect(unexplainedMedicines('Bijvoorbeeld gliclazide of glimepiride.')).toEqual([
      expect.stringMatching(/^names the medicine "gliclazide" before .* "pillen tegen suikerziekte"/),
    ]);
    expect(unexplainedMedicines('Tegen de pijn mag je paracetamol nemen, geen naproxen.')).toEqual([expect.stringContaining('"naproxen"')]);
    expect(unexplainedMedicines('Take naproxen (a painkiller) for the pain.')).toEqual([expect.stringContaining('"naproxen"')]);
  });

  it('the lay word first passes, in Dutch and in English', () => {
    expect(unexplainedMedicines('Gebruik je pillen tegen suikerziekte, zoals gliclazide of metformine?')).toEqual([]);
    expect(unexplainedMedicines('Do not take painkillers such as ibuprofen or naproxen.')).toEqual([]);
    expect(unexplainedMedicines('- blood thinners: acenocoumarol or apixaban')).toEqual([]);
  });

  it('the question the reader has just read may hold the lay word of its hint', () => {
    expect(unexplainedMedicines('Bijvoorbeeld gliclazide.', 'Slik je pillen tegen diabetes?')).toEqual([]);
    const set = withDutch({ 'q-days.text': 'Gebruik je bloedverdunners?', 'q-days.hint': 'Bijvoorbeeld apixaban.' });
    expect(problemsOf(set)).toEqual([]);
  });

  it('everyday names need no lay word', () => {
    expect(unexplainedMedicines('Neem paracetamol of ibuprofen, of gebruik je insuline?')).toEqual([]);
  });

  it('a problem names the file and the JSON path', () => {
    expect(problemsOf(withDutch({ 'o-self-care.advice': 'Stop niet met rivaroxaban.' }))).toEqual([
      { file: NL_FILE, path: '$.o-self-care.advice', message: expect.stringContaining('"rivaroxaban"') },
    ]);
  });
});

describe('a safety net with more than two conditions in one sentence must be a list', () => {
  it.each([
    ['nl', 'Bel je huisarts als het niet stopt, als je afvalt, of als je veel bloed verliest.'],
    ['nl', 'Bel je huisarts als je koorts, hoofdpijn of een stijve nek hebt.'],
    ['nl', 'Komt er weer een aanval, duurt hij langer dan 5 minuten, of wordt iemand niet wakker? Bel dan 112.'],
    ['en', 'If you get a fever, chills, or pain in your back, call your GP.'],
    ['en', 'Call your GP if you are not better after a week, if you feel very ill, or if you cannot swallow.'],
  ])('%s fails: %s', (language, text) => {
    expect(conditionChains(language, text)).toHaveLength(1);
  });

  it.each([
    ['nl', 'Wordt het erger? Bel dan je huisarts.'],
    ['nl', 'Bel je huisarts als er bloed in de poep komt, of als je hoge koorts krijgt.'],
    ['nl', 'Word je slap, bleek en klam, of val je flauw? Bel 112.'],
    ['nl', 'Blijft alles draaien, ook als je stil ligt, of ga je slechter horen?'],
    ['nl', 'Bel meteen 112 als:\n- er weer een aanval komt\n- iemand niet goed wakker wordt\n- ademen moeilijk gaat'],
    ['en', 'If you get a fever or feel more ill, call your GP, or the out-of-hours GP service outside office hours.'],
    ['en', 'If you become weak, pale and clammy, or you faint, call 112.'],
  ])('%s passes: %s', (language, text) => {
    expect(conditionChains(language, text)).toEqual([]);
  });

  it('counts the conditions as it says: "A, B of C" is three', () => {
    expect(conditionsIn('nl', 'als je koorts, hoofdpijn of een stijve nek hebt')).toBe(3);
    expect(conditionsIn('nl', 'als je koorts hebt of hoest')).toBe(1);
    expect(conditionsIn('nl', 'Rust goed uit.')).toBe(1);
  });

  it('only a safety net is held to it: the same sentence as advice is not a problem', () => {
    const chain = 'Bel je huisarts als het niet stopt, als je afvalt, of als je veel bloed verliest.';
    expect(problemsOf(withDutch({ 'o-self-care.advice': chain }))).toEqual([]);
    expect(problemsOf(withDutch({ 'safety-net': chain }))).toEqual([
      {
        file: NL_FILE,
        path: '$.safety-net',
        message: expect.stringMatching(/^a safety net that chains more than two conditions .*: "Bel je huisarts als/),
      },
    ]);
  });
});

describe('the figures', () => {
  it('per language: texts, long sentences, median words per sentence, reading ease and the hardest texts', () => {
    const long = `${words(16)}.`;
    const figures = checkPlainLanguage(withDutch({ 'o-self-care.advice': `Rust goed uit en drink genoeg water. ${long}` }), []);
    const patientTexts = Object.values(valid.texts.nl!).flatMap((texts) => Object.keys(texts)).length;
    expect(figures.nl).toMatchObject({
      count: patientTexts,
      sentencesOver15: 1,
      sentencesOver20: 0,
      unexplainedMedicines: 0,
      conditionChains: 0,
    });
    expect(figures.nl!.medianWordsPerSentence).toBeGreaterThan(0);
    expect(figures.nl!.hardest).toEqual([
      { file: NL_FILE, path: '$.o-self-care.advice', readingEase: expect.any(Number), text: expect.stringContaining('Rust goed uit') },
    ]);
    expect(figures.nl!.readingEaseMedian).toBe(figures.nl!.hardest[0]!.readingEase);
    expect(figures.en).toMatchObject({ sentencesOver15: 0, readingEaseMedian: null, hardest: [] });
  });

  it('trees:check --json gives them per language beside the other figures', { timeout: 30000 }, async () => {
    const result = await runCli('web/cli/trees-check.ts', ['--root', 'tests/fixtures/content/valid', '--json']);
    const figures = JSON.parse(result.stdout);
    expect(figures).toMatchObject({ ok: true, trees: 1 });
    for (const language of ['nl', 'en'])
      expect(Object.keys(figures.texts[language]).sort()).toEqual(
        [
          'count',
          'sentencesOver15',
          'sentencesOver20',
          'medianWordsPerSentence',
          'unexplainedMedicines',
          'conditionChains',
          'readingEaseMedian',
          'hardest',
        ].sort(),
      );
  });

  it('trees:check prints them per language in its summary line', { timeout: 30000 }, async () => {
    const result = await runCli('web/cli/trees-check.ts', ['--root', 'tests/fixtures/content/valid']);
    expect(result.stdout).toMatch(
      /; nl: 0 sentences over 20 words, median \d+(\.\d+)? words; en: 0 sentences over 20 words, median \d+(\.\d+)? words; 0 problem/,
    );
  });
});
