/**
 * Palpitations. Review 2026-12-04 judged the tree safe; missing were a family history of sudden
 * death and palpitations on exertion (minor). Both are now in q-warning, before the calm branch.
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow, rowsAged } from './harness.ts';

const adult = '18-to-65-years';
const elderly = '70-years-or-older';
/** No signs now, no fainting or chest pain, not ongoing. */
const passed = { 'q-now-severe': 'no', 'q-fainted': 'no', 'q-ongoing': 'no' } as const;
/** Also no heart disease and no warning signs. */
const healthy = { ...passed, 'q-heart': 'no', 'q-warning': 'no' } as const;

const row = rowsAged(adult);

const rows: VignetteRow[] = [
  row('a 60-year-old with palpitations and a pressing chest pain right now', { 'q-now-severe': 'yes' }, 'o-112', 'U1', 'spec:palpitations-with-shock-signs'),
  row('palpitations now, unsure about feeling faint (weet ik niet)', { 'q-now-severe': 'unknown' }, 'o-112', 'U1', 'spec:palpitations-with-shock-signs'),
  row('a 22-year-old who fainted during palpitations while playing football, now fine', { 'q-now-severe': 'no', 'q-fainted': 'yes' }, 'o-urgent', 'U2', 'spec:fainted-or-chest-pain'),
  row('someone unsure whether they blacked out during the palpitations', { 'q-now-severe': 'no', 'q-fainted': 'unknown' }, 'o-urgent', 'U2', 'spec:fainted-or-chest-pain'),
  row('a 50-year-old whose heart has been racing irregularly for an hour without other signs', { 'q-now-severe': 'no', 'q-fainted': 'no', 'q-ongoing': 'yes' }, 'o-today', 'U3', 'spec:ongoing-over-15-minutes'),
  row('someone unsure how long the racing has lasted (weet ik niet)', { 'q-now-severe': 'no', 'q-fainted': 'no', 'q-ongoing': 'unknown' }, 'o-today', 'U3', 'spec:ongoing-over-15-minutes'),
  row('a 66-year-old with heart failure after a short bout of palpitations', { ...passed, 'q-heart': 'other' }, 'o-today', 'U3', 'spec:known-heart-disease'),
  row('not sure about a heart condition (weet ik niet)', { ...passed, 'q-heart': 'unknown' }, 'o-today', 'U3', 'spec:known-heart-disease'),
  row('a 72-year-old with known atrial fibrillation after a short episode that has passed', { ...passed, 'q-heart': 'af' }, 'o-next-day', 'U4', 'spec:known-atrial-fibrillation', elderly),
  // Review 2026-12-04 (hartkloppingen): palpitations on exertion and family history of sudden death.
  row('a 19-year-old who gets palpitations while running, gone after a minute', { ...passed, 'q-heart': 'no', 'q-warning': 'yes' }, 'o-check', 'U4', 'spec:palpitations-on-exertion'),
  row('a 30-year-old whose brother died suddenly at 28, with short palpitations', { ...passed, 'q-heart': 'no', 'q-warning': 'yes' }, 'o-check', 'U4', 'spec:family-sudden-death'),
  row('a 40-year-old who does not know the family history (weet ik niet)', { ...passed, 'q-heart': 'no', 'q-warning': 'unknown' }, 'o-check', 'U4', 'spec:family-sudden-death'),
  row('a 45-year-old with palpitations lasting half an hour yesterday, now gone', { ...healthy, 'q-short': 'no' }, 'o-next-day', 'U4', 'spec:longer-palpitations'),
  row('someone unsure whether the palpitations were short (weet ik niet)', { ...healthy, 'q-short': 'unknown' }, 'o-next-day', 'U4', 'spec:longer-palpitations'),
  row('a 35-year-old with frequent short skipped beats, worried', { ...healthy, 'q-short': 'yes', 'q-often': 'yes' }, 'o-e-consult', 'U5', 'Thuisarts Hartkloppingen (often harmless; see the GP when they keep coming back)'),
  row('a 74-year-old with a single short thump, not worried', { ...healthy, 'q-short': 'yes', 'q-often': 'no' }, 'o-e-consult', 'U5', 'Thuisarts Hartkloppingen: from 70 an e-consult rather than self-care', elderly),
  row('a 28-year-old with a racing heart for a minute after three coffees', { ...healthy, 'q-short': 'yes', 'q-often': 'no' }, 'o-self-care', 'U5', 'calm presentation: Thuisarts Hartkloppingen'),
];

vignetteTable('hartkloppingen', rows);

describe('hartkloppingen: texts', () => {
  it('the check outcome advises no hard sport until the GP visit', () => {
    expect(content.texts.nl!.hartkloppingen!['o-check.meanwhile']).toMatch(/Sport niet zwaar/);
  });
});
