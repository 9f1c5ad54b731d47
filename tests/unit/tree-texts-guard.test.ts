/**
 * What got past the build: a tree whose texts lack a key it shows is refused with the file and
 * the key, so the person meets the calm error page, never a raw key as a red-flag question.
 */
import { describe, expect, it } from 'vitest';
import { assertTreeTexts } from '../../web/app/texts.ts';
import { initI18n, loadNamespaces, type FetchTexts } from '../../web/i18n/i18n.ts';
import { outcome, parseTree } from '../fixtures/inline-tree.ts';

const tree = parseTree({
  'q-danger': { type: 'question', input: 'choice', redFlag: true, text: 'q-danger.text', options: 'yes-no', next: { otherwise: 'o-done' } },
  'o-done': outcome('U5', 'self-care'),
});

const complete = {
  title: 'Proef',
  'q-danger': { text: 'Is er gevaar?' },
  o: { title: 'Klaar', advice: 'Rust uit.', 'safety-net': 'Bel bij twijfel.' },
};
const withoutQuestion = { ...complete, 'q-danger': {} };

async function texts(inline: object) {
  const fetchTexts: FetchTexts = async (language, ns) => ({
    file: `i18n/${language}/${ns}.json`,
    data: ns === 'inline' ? inline : { answer: { yes: 'Ja', no: 'Nee' } },
  });
  await initI18n({ source: 'nl', languages: [{ code: 'nl', name: 'Nederlands', dir: 'ltr' }] }, 'nl', fetchTexts);
  await loadNamespaces(['inline']);
}

describe('a tree whose texts are incomplete', () => {
  it('is refused, naming the file, the tree and the missing key', async () => {
    await texts(withoutQuestion);
    expect(() => assertTreeTexts(tree)).toThrow('i18n/nl/trees/inline.json: the text "q-danger.text" of inline is missing');
  });

  it('control: with every text it shows, it passes', async () => {
    await texts(complete);
    expect(() => assertTreeTexts(tree)).not.toThrow();
  });
});
