/**
 * Wounds: bleeding and deep wounds first, then gaping and infected wounds, then tetanus protection for a
 * dirty wound. Only a booster is "within a day"; no or unknown protection, or weak immunity, is the GP today.
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
/** Not bleeding, not deep, not gaping, not infected: the dirt question comes next. */
const cleanSmall = { 'q-bleeding': 'no', 'q-function': 'no', 'q-gaping': 'no', 'q-infected': 'no' } as const;
/** A dirty wound: the tetanus question comes next. */
const dirty = { ...cleanSmall, 'q-dirty': 'yes' } as const;

const rows: VignetteRow[] = [
  { story: 'a woman whose cut hand keeps bleeding after pressing on it for 10 minutes', answers: { 'q-bleeding': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:bleeding-not-stopping' },
  { story: 'someone who has not pressed long enough to tell (weet ik niet)', answers: { 'q-bleeding': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:bleeding-not-stopping' },
  { story: 'a cook who cut a finger and cannot bend it any more', answers: { 'q-bleeding': 'no', 'q-function': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:deep-or-loss-of-function' },
  { story: 'someone who cannot tell whether a tendon shows in the wound (weet ik niet)', answers: { 'q-bleeding': 'no', 'q-function': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:deep-or-loss-of-function' },
  { story: 'a 7-year-old with a gaping cut on the chin', answers: { 'q-bleeding': 'no', 'q-function': 'no', 'q-gaping': 'yes' }, age: '4-to-12-years', outcome: 'o-today', urgency: 'U3', source: 'spec:gaping-wound' },
  { story: 'a parent unsure whether the edges gape (weet ik niet)', answers: { 'q-bleeding': 'no', 'q-function': 'no', 'q-gaping': 'unknown' }, age: '1-to-4-years', outcome: 'o-today', urgency: 'U3', source: 'spec:gaping-wound' },
  { story: 'a 50-year-old whose cut from three days ago is getting redder with pus', answers: { 'q-bleeding': 'no', 'q-function': 'no', 'q-gaping': 'no', 'q-infected': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:infected-wound' },
  { story: 'unsure whether the redness around the wound is spreading (weet ik niet)', answers: { 'q-bleeding': 'no', 'q-function': 'no', 'q-gaping': 'no', 'q-infected': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:infected-wound' },
  { story: 'a 60-year-old gardener who stepped on a rusty nail and does not know his tetanus shots', answers: { ...dirty, 'q-tetanus': 'unknown' }, age: adult, outcome: 'o-tetanus', urgency: 'U3', source: 'spec:dirty-wound-not-protected' },
  { story: 'a 40-year-old who grew up without vaccinations and fell on a muddy path', answers: { ...dirty, 'q-tetanus': 'never' }, age: adult, outcome: 'o-tetanus', urgency: 'U3', source: 'spec:dirty-wound-not-protected' },
  { story: 'a woman on chemotherapy with a thorn deep in her hand, shot 3 years ago', answers: { ...dirty, 'q-tetanus': 'recent', 'q-immunity': 'yes' }, age: adult, outcome: 'o-tetanus', urgency: 'U3', source: 'spec:dirty-wound-weak-immunity' },
  { story: 'a man on medicines he is not sure lower his immunity (weet ik niet), shot long ago', answers: { ...dirty, 'q-tetanus': 'over-10', 'q-immunity': 'unknown' }, age: adult, outcome: 'o-tetanus', urgency: 'U3', source: 'spec:dirty-wound-weak-immunity' },
  // Review 2026-12-04, wond, over-triage "q-tetanus → U3 vandaag; within a day would do". Less urgent because
  // only a booster is needed (RIVM table, via Certe), which the NHG-Behandelrichtlijn Tetanusprofylaxe still
  // finds useful up to 21 days after the wound; the GP today stays for no, unknown or weak protection.
  { story: 'a 45-year-old gardener with all childhood shots, last one 30 years ago, scratched by a rusty fence', answers: { ...dirty, 'q-tetanus': 'over-10', 'q-immunity': 'no' }, age: adult, outcome: 'o-tetanus-booster', urgency: 'U4', source: 'spec:dirty-wound-booster-due' },
  { story: 'a dirty graze in a 30-year-old whose tetanus shot was 3 years ago', answers: { ...dirty, 'q-tetanus': 'recent', 'q-immunity': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'NHG-Behandelrichtlijn Tetanusprofylaxe (no shot within 10 years of the last)' },
  { story: 'a small clean cut from a kitchen knife', answers: { ...cleanSmall, 'q-dirty': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'Thuisarts: Ik heb een wond' },
];

vignetteTable('wond', rows);

describe('wond: texts and links', () => {
  it('the booster outcome says within a day, not today, and links the Thuisarts tetanus page', () => {
    const outcome = content.planned.get('wond')!.tree.nodes['o-tetanus-booster'];
    expect(outcome?.type === 'outcome' && outcome.thuisarts).toContain('ik-heb-wond-moet-ik-prik-halen-tegen-tetanus');
    expect(content.texts.nl!['wond']!['o-tetanus-booster.why']).toMatch(/binnen een dag/);
    expect(content.texts.nl!['wond']!['o-tetanus-booster.title']).not.toMatch(/vandaag/);
  });

  it('the urgent outcome for a bleeding wound does not tell the person to call 112 for the bleeding they already reported', () => {
    expect(content.texts.nl!['wond']!['o-urgent.safety-net']).not.toMatch(/10 minuten/);
  });
});
