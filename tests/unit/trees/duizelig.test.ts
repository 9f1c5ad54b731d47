/**
 * Dizziness: the NHG list of reasons to assess at once (neurological signs, heart, CO, sudden hearing
 * loss, a hypo in diabetes) before constant spinning, positional vertigo (the Vertigo Training app,
 * a field case) and light-headedness on standing. Spec: decision-trees/specs/duizelig.json.
 */
import { describe, expect, it } from 'vitest';
import { content, triage, vignetteTable, type VignetteRow } from './harness.ts';

/** None of the reasons to assess at once; no diabetes with insulin or sugar tablets. */
const screened = { 'q-alarm': 'no', 'q-co': 'no', 'q-heart': 'no', 'q-hearing': 'no', 'q-diabetes': 'no' } as const;
/** Also no constant spinning or vomiting. */
const calm = { ...screened, 'q-ear-constant': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 66-year-old, dizzy with sudden double vision and slurred speech', age: '65-to-70-years', answers: { 'q-alarm': 'yes' }, outcome: 'o-112', urgency: 'U1', source: 'spec:neurological-signs-headache-chest-pain' },
  { story: 'dizzy and unsure about the other signs (weet ik niet)', age: '18-to-65-years', answers: { 'q-alarm': 'unknown' }, outcome: 'o-112', urgency: 'U1', source: 'spec:neurological-signs-headache-chest-pain' },
  { story: 'a couple both dizzy and nauseous at home in winter, better outside', age: '18-to-65-years', answers: { 'q-alarm': 'no', 'q-co': 'yes' }, outcome: 'o-co', urgency: 'U1', source: 'spec:carbon-monoxide' },
  { story: 'unsure whether the gas heater could be the cause (weet ik niet)', age: '70-years-or-older', answers: { 'q-alarm': 'no', 'q-co': 'unknown' }, outcome: 'o-co', urgency: 'U1', source: 'spec:carbon-monoxide' },
  { story: 'a 55-year-old, dizzy with a racing irregular heartbeat', age: '18-to-65-years', answers: { 'q-alarm': 'no', 'q-co': 'no', 'q-heart': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:heart-rhythm-or-fainting' },
  { story: 'unsure whether she fainted (weet ik niet)', age: '18-to-65-years', answers: { 'q-alarm': 'no', 'q-co': 'no', 'q-heart': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:heart-rhythm-or-fainting' },
  // Was o-today (U3) in 0.1.0 through q-ear-constant; the NHG asks to assess sudden hearing loss at once.
  { story: 'a 48-year-old, suddenly dizzy this morning and deaf in the left ear since then', age: '18-to-65-years', answers: { 'q-alarm': 'no', 'q-co': 'no', 'q-heart': 'no', 'q-hearing': 'yes' }, outcome: 'o-hearing', urgency: 'U2', source: 'spec:sudden-hearing-loss' },
  { story: 'unsure whether the hearing changed (weet ik niet)', age: '18-to-65-years', answers: { 'q-alarm': 'no', 'q-co': 'no', 'q-heart': 'no', 'q-hearing': 'unknown' }, outcome: 'o-hearing', urgency: 'U2', source: 'spec:sudden-hearing-loss' },
  { story: 'a 60-year-old on insulin, dizzy and shaky, blood sugar 3.1', age: '18-to-65-years', answers: { ...screened, 'q-diabetes': 'yes', 'q-glucose': 3.1 }, outcome: 'o-sugar', urgency: 'U2', source: 'spec:diabetes-hypo' },
  { story: 'a 70-year-old on gliclazide who cannot measure his sugar (weet ik niet)', age: '70-years-or-older', answers: { ...screened, 'q-diabetes': 'yes', 'q-glucose': 'unknown' }, outcome: 'o-sugar', urgency: 'U2', source: 'spec:diabetes-hypo' },
  { story: 'a 62-year-old on insulin with brief spinning when turning in bed, blood sugar 7.2', age: '18-to-65-years', answers: { ...screened, 'q-diabetes': 'yes', 'q-glucose': 7.2, 'q-ear-constant': 'no', 'q-positional': 'yes' }, outcome: 'o-app', urgency: 'U5', source: 'NHG-Standaard Duizeligheid: a measured normal sugar rules out a hypo; positional vertigo stays a field case' },
  { story: 'a 45-year-old, spinning non-stop since last night and vomiting', age: '18-to-65-years', answers: { ...screened, 'q-ear-constant': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:constant-vertigo-or-vomiting' },
  { story: 'unsure whether it keeps spinning lying still (weet ik niet)', age: '18-to-65-years', answers: { ...screened, 'q-ear-constant': 'unknown' }, outcome: 'o-today', urgency: 'U3', source: 'spec:constant-vertigo-or-vomiting' },
  { story: 'FIELD CASE: positional vertigo, no alarm signs', age: '18-to-65-years', answers: { ...calm, 'q-positional': 'yes' }, outcome: 'o-app', urgency: 'U5', source: 'domain.md §6: positional vertigo → own GP (e-consult) about the Vertigo Training app' },
  { story: 'a 74-year-old with brief spinning when turning over in bed', age: '70-years-or-older', answers: { ...calm, 'q-positional': 'yes' }, outcome: 'o-app', urgency: 'U5', source: 'domain.md §6: positional vertigo → own GP (e-consult) about the Vertigo Training app' },
  { story: 'a 30-year-old light-headed for a moment on standing up', age: '18-to-65-years', answers: { ...calm, 'q-positional': 'no', 'q-standing': 'yes' }, outcome: 'o-self-care', urgency: 'U5', source: 'calm self-care path' },
  { story: 'a 78-year-old light-headed on standing up', age: '70-years-or-older', answers: { ...calm, 'q-positional': 'no', 'q-standing': 'yes' }, outcome: 'o-e-consult', urgency: 'U5', source: 'NHG-Standaard Duizeligheid: light-headedness on standing in older people, check medicines' },
  { story: 'a 50-year-old unsteady for weeks, not positional, not on standing', age: '18-to-65-years', answers: { ...calm, 'q-positional': 'no', 'q-standing': 'no' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:unexplained-dizziness' },
  { story: 'unsure what kind of dizziness (weet ik niet twice)', age: '18-to-65-years', answers: { ...calm, 'q-positional': 'unknown', 'q-standing': 'unknown' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:unexplained-dizziness' },
];

vignetteTable('duizelig', rows);

describe('duizelig: what a row cannot say', () => {
  it('FIELD CASE: the app outcome is an app prescription for Vertigo Training with the BPPD page', () => {
    const result = triage('duizelig', { age: '18-to-65-years', answers: { ...calm, 'q-positional': 'yes' } });
    expect(result.outcome).toMatchObject({ channel: 'app-prescription', app: 'vertigo-training' });
    expect(result.outcome.thuisarts).toContain('ik-heb-last-van-positie-duizeligheid-bppd');
  });
  it('the blood sugar question offers "weet ik niet of niet gemeten"', () => {
    expect(content.planned.get('duizelig')!.tree.nodes['q-glucose']).toMatchObject({
      input: 'number',
      unknown: 'common:answer.notMeasured',
    });
  });
});
