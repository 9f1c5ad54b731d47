import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const elderly = '70-years-or-older';
/** A joint that suddenly became swollen, warm or red, without fever. */
const hotNoFever = { 'q-hot': 'yes', 'q-fever': 'no' } as const;
/** No suddenly hot joint: an adult goes on to the pain score. */
const adultCalm = { 'q-hot': 'no' } as const;

const rows: VignetteRow[] = [
  // Review brief: a hot swollen joint with fever (septic arthritis).
  { story: 'a 65-year-old with a hot, red, swollen knee and a fever', answers: { 'q-hot': 'yes', 'q-fever': 'yes' }, age: '65-to-70-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:hot-joint-with-fever' },
  { story: 'a 50-year-old with a swollen ankle who has not taken her temperature but shivers (weet ik niet)', answers: { 'q-hot': 'yes', 'q-fever': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:hot-joint-with-fever' },
  { story: 'a 7-year-old with a hot, swollen knee and a fever', answers: { 'q-hot': 'yes', 'q-fever': 'yes' }, age: '4-to-12-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:hot-joint-with-fever' },
  // Review brief: the old q-septic needed warm AND red AND swollen AND fever. A warm swollen hip prosthesis
  // without fever now reaches the GP within the hour through the risk question (NHG: fever does not rule it out).
  { story: 'a 74-year-old whose new hip has become painful and warm, no fever', answers: { ...hotNoFever, 'q-joint-risk': 'yes' }, age: elderly, outcome: 'o-urgent', urgency: 'U2', source: 'spec:hot-joint-risk-group' },
  { story: 'a 58-year-old on prednisone with a hot swollen wrist and no fever', answers: { ...hotNoFever, 'q-joint-risk': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:hot-joint-risk-group' },
  { story: 'a 72-year-old on apixaban whose knee swelled up overnight', answers: { ...hotNoFever, 'q-joint-risk': 'yes' }, age: elderly, outcome: 'o-urgent', urgency: 'U2', source: 'spec:hot-joint-risk-group' },
  { story: 'someone with a swollen hot knee who is not sure whether the list applies (weet ik niet)', answers: { ...hotNoFever, 'q-joint-risk': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:hot-joint-risk-group' },
  { story: 'a 55-year-old whose big toe became red, swollen and very painful overnight (gout-like)', answers: { ...hotNoFever, 'q-joint-risk': 'no' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:acute-hot-joint' },
  { story: 'a 40-year-old who cannot tell whether the knee is warmer than the other (weet ik niet)', answers: { 'q-hot': 'unknown', 'q-fever': 'no', 'q-joint-risk': 'no' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:acute-hot-joint' },
  { story: 'a 3-year-old who limps and has a fever', answers: { 'q-hot': 'no', 'q-child-limp': 'yes', 'q-child-fever': 'yes' }, age: '1-to-4-years', outcome: 'o-child-today', urgency: 'U3', source: 'spec:child-limp-with-fever' },
  { story: 'a parent unsure whether the limping toddler has a fever (weet ik niet)', answers: { 'q-hot': 'no', 'q-child-limp': 'yes', 'q-child-fever': 'unknown' }, age: '1-to-4-years', outcome: 'o-child-today', urgency: 'U3', source: 'spec:child-limp-with-fever' },
  { story: 'a 6-year-old who limps without a fever, pain 4', answers: { 'q-hot': 'no', 'q-child-limp': 'yes', 'q-child-fever': 'no', 'q-child-pain': 4 }, age: '4-to-12-years', outcome: 'o-gp-next', urgency: 'U4', source: 'limping child without fever: own GP within a day (kept from v0.2)' },
  { story: 'a 9-year-old who limps without a fever but with pain 9 out of 10', answers: { 'q-hot': 'no', 'q-child-limp': 'yes', 'q-child-fever': 'no', 'q-child-pain': 9 }, age: '4-to-12-years', outcome: 'o-today', urgency: 'U3', source: 'spec:severe-pain' },
  { story: 'a 40-year-old with pain 8 out of 10 in the shoulder', answers: { ...adultCalm, 'q-pain': 8 }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:severe-pain' },
  // Review 2026-12-04, pattern "number questions without weet ik niet": a pain that cannot be scored counts as severe.
  { story: 'a 60-year-old who cannot give the knee pain a number (weet ik niet)', answers: { ...adultCalm, 'q-pain': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:severe-pain' },
  { story: 'a 60-year-old with a knee that has slowly become swollen, no fever', answers: { ...adultCalm, 'q-pain': 5, 'q-swollen': 'yes' }, age: adult, outcome: 'o-gp-next', urgency: 'U4', source: 'spec:swollen-joint' },
  { story: 'someone unsure whether the knee is swollen (weet ik niet)', answers: { ...adultCalm, 'q-pain': 5, 'q-swollen': 'unknown' }, age: adult, outcome: 'o-gp-next', urgency: 'U4', source: 'spec:swollen-joint' },
  { story: 'a 45-year-old with stiff hands every morning for two months', answers: { ...adultCalm, 'q-pain': 4, 'q-swollen': 'no', 'q-stiff': 'yes' }, age: adult, outcome: 'o-e-consult', urgency: 'U4', source: 'spec:long-lasting-or-morning-stiffness' },
  { story: 'a 14-year-old with a sore knee after sport, no limp, no swelling', answers: { 'q-hot': 'no', 'q-child-limp': 'no', 'q-pain': 3, 'q-swollen': 'no', 'q-stiff': 'no' }, age: '12-to-16-years', outcome: 'o-self-care', urgency: 'U5', source: 'Thuisarts: Ik heb last van mijn gewrichten (overuse gets better by itself)' },
];

vignetteTable('gewrichtsklachten', rows);

describe('gewrichtsklachten: outcomes and texts', () => {
  it('the urgent outcome links to the Thuisarts page on bacterial joint infection', () => {
    const result = triage('gewrichtsklachten', { age: adult, answers: { 'q-hot': 'yes', 'q-fever': 'yes' } });
    expect(result.outcome.thuisarts).toContain('ik-heb-ontsteking-in-mijn-gewricht-door-bacterie');
  });
  it('a gout-like attack links to the Thuisarts gout page', () => {
    const result = triage('gewrichtsklachten', { age: adult, answers: { ...hotNoFever, 'q-joint-risk': 'no' } });
    expect(result.outcome.thuisarts).toContain('ik-heb-jicht');
  });
});
