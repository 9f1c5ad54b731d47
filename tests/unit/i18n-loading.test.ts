/**
 * Texts load per need through i18next's backend. A file that fails names itself, and does not
 * stay failed: the next load tries again (e.g. back online). A language whose texts cannot load
 * is not switched to, so no page shows raw keys.
 */
import { describe, expect, it } from 'vitest';
import { changeLanguage, i18n, initI18n, loadNamespaces, type FetchTexts } from '../../web/i18n/i18n.ts';
import type { Languages } from '../../web/i18n/locale-schema.ts';

const languages: Languages = {
  source: 'nl',
  languages: [
    { code: 'nl', name: 'Nederlands', dir: 'ltr' },
    { code: 'en', name: 'English', dir: 'ltr' },
  ],
};

/** Texts that answer like the data files, except the ones listed as down (a failed fetch) or broken (not a translation file). */
function texts(down: Set<string>, broken = new Set<string>()): FetchTexts {
  return async (language, ns) => {
    const file = `/data/texts/${language}/${ns}.json`;
    if (down.has(`${language}/${ns}`)) throw new Error(`${file}: could not be fetched`);
    return { file, data: broken.has(`${language}/${ns}`) ? ['not', 'texts'] : { title: `${ns} in ${language}` } };
  };
}

describe('texts per need', () => {
  it('a namespace that failed to load names its file, and loads on the next try', async () => {
    const down = new Set(['nl/keelpijn']);
    await initI18n(languages, 'nl', texts(down));
    await expect(loadNamespaces(['keelpijn'])).rejects.toThrow('/data/texts/nl/keelpijn.json: could not be fetched');
    down.clear();
    await loadNamespaces(['keelpijn']);
    expect(i18n.t('title', { ns: 'keelpijn' })).toBe('keelpijn in nl');
  });

  it('a file that is not a translation file is refused, naming the file', async () => {
    await initI18n(languages, 'nl', texts(new Set(), new Set(['nl/content'])));
    await expect(loadNamespaces(['content'])).rejects.toThrow('/data/texts/nl/content.json: not a translation file');
  });

  it('changing language loads every namespace in use first; when that fails, the language stays', async () => {
    const down = new Set(['en/keelpijn']);
    await initI18n(languages, 'nl', texts(down));
    await loadNamespaces(['keelpijn']);
    await expect(changeLanguage(languages.languages[1]!)).rejects.toThrow('/data/texts/en/keelpijn.json');
    expect(i18n.language).toBe('nl');
    down.clear();
    await changeLanguage(languages.languages[1]!);
    expect(i18n.t('title', { ns: 'keelpijn' })).toBe('keelpijn in en');
  });
});
