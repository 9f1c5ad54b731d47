/**
 * The spelling check in `npm run lint` (cspell.config.yaml): it reads a text file's values in
 * that file's language, never its keys, and accepts the words in cspell-words.txt. The samples
 * are checked in memory as if they sat in i18n/, so the real config and its overrides apply.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spellCheckDocument } from 'cspell-lib';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The unknown words cspell reports for `text` as the file `path` (relative to the root). */
async function unknownWords(path: string, text: string): Promise<string[]> {
  const result = await spellCheckDocument({ uri: pathToFileURL(root + path).href, text }, { generateSuggestions: false }, {});
  expect(result.checked).toBe(true);
  return result.issues.map((issue) => issue.text);
}

describe('spelling config', () => {
  it('reports a misspelt Dutch value, never a key, and accepts project words', async () => {
    const text = JSON.stringify({ 'q-zzqsleutel': { text: 'Bel je huisartz. Neem geen ticagrelor of {{zzqnaam}}.' } });
    expect(await unknownWords('i18n/nl/trees/sample.json', text)).toEqual(['huisartz']);
  });

  it('checks English values in British spelling, never a key, and accepts project words', async () => {
    const text = JSON.stringify({ 'q-zzqkey': { text: 'Call Veilig Thuis to recieve the colour, not the color.' } });
    expect(await unknownWords('i18n/en/trees/sample.json', text)).toEqual(['recieve', 'color']);
  });

  it('keeps the project word list sorted, one word a line', () => {
    const words = readFileSync(`${root}cspell-words.txt`, 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(words.every((word) => /^\S+$/.test(word))).toBe(true);
    expect(words).toEqual([...words].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });
});
