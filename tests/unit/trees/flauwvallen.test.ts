/**
 * Fainting. Review 2026-12-04 (needs work): belly pain or possible pregnancy (ectopic), black
 * stool, severe headache, breathlessness and family history of sudden death were not asked, and
 * the safety nets disagreed about fainting on exertion (GP in one, 112 in another).
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow, rowsAged } from './harness.ts';

const adult = '18-to-65-years';
const elderly = '70-years-or-older';
/** No chest pain, headache or breathlessness, no belly pain, no cardiac pattern, no bleeding. */
const clear = { 'q-serious': 'no', 'q-belly': 'no', 'q-cardiac': 'no', 'q-bleeding': 'no' } as const;
/** Also not hurt. */
const unhurt = { ...clear, 'q-injury': 'no' } as const;

const row = rowsAged(adult);

const rows: VignetteRow[] = [
  // Review 2026-12-04 (flauwvallen): severe headache and breathlessness were not asked.
  row('a 58-year-old who fainted with a pressing pain on the chest', { 'q-serious': 'yes' }, 'o-112', 'U1', 'spec:faint-with-chest-pain-headache-or-breathlessness'),
  row('a 45-year-old who fainted after a sudden, very bad headache', { 'q-serious': 'yes' }, 'o-112', 'U1', 'spec:faint-with-chest-pain-headache-or-breathlessness'),
  row('a 60-year-old who fainted and was very breathless, now recovered', { 'q-serious': 'yes' }, 'o-112', 'U1', 'spec:faint-with-chest-pain-headache-or-breathlessness'),
  row('a bystander who cannot tell whether there was chest pain (weet ik niet)', { 'q-serious': 'unknown' }, 'o-112', 'U1', 'spec:faint-with-chest-pain-headache-or-breathlessness'),
  // Review 2026-12-04 (flauwvallen): belly pain or possible pregnancy (ectopic), at least U2.
  row('a 27-year-old with a late period who fainted with pain low in her belly', { 'q-serious': 'no', 'q-belly': 'yes', 'q-pregnant': 'yes' }, 'o-112', 'U1', 'spec:faint-with-belly-pain-maybe-pregnant'),
  row('a 17-year-old who fainted with belly pain, unsure whether she could be pregnant', { 'q-serious': 'no', 'q-belly': 'yes', 'q-pregnant': 'unknown' }, 'o-112', 'U1', 'spec:faint-with-belly-pain-maybe-pregnant', '16-to-18-years'),
  row('a 72-year-old man who fainted with pain in his belly and back', { 'q-serious': 'no', 'q-belly': 'yes', 'q-pregnant': 'no' }, 'o-belly', 'U2', 'spec:faint-with-belly-pain', elderly),
  row('an 8-year-old who fainted with belly pain', { 'q-serious': 'no', 'q-belly': 'yes' }, 'o-belly', 'U2', 'spec:faint-with-belly-pain', '4-to-12-years'),
  row('a 16-year-old who collapsed while running and is fine now', { 'q-serious': 'no', 'q-belly': 'no', 'q-cardiac': 'yes' }, 'o-urgent', 'U2', 'spec:cardiac-pattern', '16-to-18-years'),
  row('nobody saw what happened before the faint (weet ik niet)', { 'q-serious': 'no', 'q-belly': 'no', 'q-cardiac': 'unknown' }, 'o-urgent', 'U2', 'spec:cardiac-pattern'),
  // Review 2026-12-04 (flauwvallen): black stool was not asked.
  row('a 66-year-old on ibuprofen who fainted and has black, sticky stools', { ...clear, 'q-bleeding': 'yes' }, 'o-bleeding', 'U2', 'spec:gut-bleeding'),
  row('someone unsure whether the dark stool is black like tar (weet ik niet)', { ...clear, 'q-bleeding': 'unknown' }, 'o-bleeding', 'U2', 'spec:gut-bleeding'),
  row('a 78-year-old on apixaban who hit her head when she fainted', { ...clear, 'q-injury': 'yes', 'q-thinners': 'yes' }, 'o-urgent', 'U2', 'spec:fall-on-blood-thinners', elderly),
  row('a 75-year-old who hurt himself and is not sure which pills he takes', { ...clear, 'q-injury': 'yes', 'q-thinners': 'unknown' }, 'o-urgent', 'U2', 'spec:fall-on-blood-thinners', elderly),
  row('a 40-year-old with a gaping cut on the chin after fainting, no blood thinners', { ...clear, 'q-injury': 'yes', 'q-thinners': 'no' }, 'o-today', 'U3', 'spec:hurt-in-the-fall'),
  row('a 10-year-old who fainted at school and cut her lip badly', { ...clear, 'q-injury': 'yes', 'q-thinners': 'no' }, 'o-today', 'U3', 'spec:hurt-in-the-fall', '4-to-12-years'),
  // Less urgent than in 0.1 (U2 → U3): q-thinners now uses the shared blood-thinner texts, and the
  // NHG-Standaard Hoofdtrauma does not count platelet inhibitors (low-dose aspirin, clopidogrel).
  row('a 68-year-old on low-dose aspirin only, who hit his head when he fainted', { ...clear, 'q-injury': 'yes', 'q-thinners': 'no' }, 'o-today', 'U3', 'NHG-Standaard Hoofdtrauma: platelet inhibitors are no reason to refer'),
  row('a 30-year-old pregnant woman who fainted, not hurt', { ...unhurt, 'q-risk': 'yes' }, 'o-today', 'U3', 'spec:risk-groups'),
  // Review 2026-12-04 (flauwvallen): family history of sudden death was not asked.
  row('a 22-year-old whose brother died suddenly at 30, fainted without a clear cause', { ...unhurt, 'q-risk': 'yes' }, 'o-today', 'U3', 'spec:family-sudden-death'),
  row('a 35-year-old who does not know her family history (weet ik niet)', { ...unhurt, 'q-risk': 'unknown' }, 'o-today', 'U3', 'spec:family-sudden-death'),
  row('a 75-year-old fainting for the first time ever', { ...unhurt, 'q-risk': 'no', 'q-first-time': 'yes' }, 'o-today', 'U3', 'spec:older-first-faint', elderly),
  row('an 80-year-old who cannot remember fainting before', { ...unhurt, 'q-risk': 'no', 'q-first-time': 'unknown' }, 'o-today', 'U3', 'spec:older-first-faint', elderly),
  row('a 75-year-old who has fainted before, now fully recovered', { ...unhurt, 'q-risk': 'no', 'q-first-time': 'no' }, 'o-next-day', 'U4', 'spec:older-adult', elderly),
  row('a 25-year-old who fainted without the usual warning signs', { ...unhurt, 'q-risk': 'no', 'q-classic': 'no' }, 'o-next-day', 'U4', 'spec:not-an-ordinary-faint'),
  row('a 25-year-old not sure it was an ordinary faint (weet ik niet)', { ...unhurt, 'q-risk': 'no', 'q-classic': 'unknown' }, 'o-next-day', 'U4', 'spec:not-an-ordinary-faint'),
  row('a 19-year-old who fainted at a blood test, felt it coming and was fine in two minutes', { ...unhurt, 'q-risk': 'no', 'q-classic': 'yes' }, 'o-self-care', 'U5', 'calm presentation: NTvG Wegrakingen (vasovagal faint)'),
  row('a 14-year-old who fainted after standing long in a warm church', { ...unhurt, 'q-risk': 'no', 'q-classic': 'yes' }, 'o-self-care', 'U5', 'calm presentation: NTvG Wegrakingen (vasovagal faint)', '12-to-16-years'),
];

vignetteTable('flauwvallen', rows);

describe('flauwvallen: safety nets agree with the triage', () => {
  const nl = content.texts.nl!.flauwvallen!;
  const en = content.texts.en!.flauwvallen!;
  // Review 2026-12-04: o-self-care said "bel huisarts" for fainting on exertion, o-next-day said 112.
  it('self-care and next-day name the same limits: 112 for chest pain, headache, breathlessness; GP at once for exertion', () => {
    for (const texts of [nl, en]) {
      expect(texts['o-self-care.safety-net']!.slice(0, 160)).toBe(texts['o-next-day.safety-net']!.slice(0, 160));
    }
    const sentences = nl['o-self-care.safety-net']!.split(/(?<=[.?!])\s+/);
    const exertion = sentences.findIndex((s) => s.includes('sporten'));
    expect(sentences[exertion + 1]).toMatch(/huisarts/);
    expect(sentences[exertion + 1]).not.toMatch(/112/);
    expect(nl['o-self-care.safety-net']).toMatch(/pijn op de borst.*\? Bel dan 112\./);
  });
  it('q-thinners uses the shared blood-thinner texts', () => {
    expect(content.planned.get('flauwvallen')!.tree.nodes['q-thinners']).toMatchObject({ text: 'common:risk.blood-thinners.text' });
  });
});
