/**
 * Arm or leg injuries: a crooked limb, poor circulation or not bearing weight first (urgent line), then the pulled
 * elbow in young children, the pain score, blood thinners with swelling, bone tenderness and the course after a week.
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
/** No alarm signs on the red-flag questions. */
const CLEAR = { 'q-deformity': 'no', 'q-circulation': 'no', 'q-weight': 'no' } as const;
/** Also a moderate pain score and no blood thinners: the bone question comes next (from 12 years). */
const moderate = { ...CLEAR, 'q-pain': 5, 'q-thinners': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'field case: a painful wrist in a visibly abnormal position', answers: { 'q-deformity': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:deformity-or-open-fracture' },
  { story: 'the same wrist in a 75-year-old on a Saturday night still goes to the urgent line (the post)', answers: { 'q-deformity': 'yes' }, age: '70-years-or-older', at: '2026-11-28T22:00:00+01:00', outcome: 'o-urgent', urgency: 'U2', source: '../shared/domain.md §6 field case: urgent physical assessment, never wait' },
  { story: 'a cyclist who does not know whether the bone went through the skin (weet ik niet)', answers: { 'q-deformity': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:deformity-or-open-fracture' },
  { story: 'a 40-year-old with a swollen forearm whose fingers are cold and numb', answers: { 'q-deformity': 'no', 'q-circulation': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:circulation-or-nerves' },
  { story: 'unsure whether the toes feel normal after a fall (weet ik niet)', answers: { 'q-deformity': 'no', 'q-circulation': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:circulation-or-nerves' },
  { story: 'a 75-year-old who fell and cannot put any weight on her leg', answers: { 'q-deformity': 'no', 'q-circulation': 'no', 'q-weight': 'yes' }, age: '70-years-or-older', outcome: 'o-urgent', urgency: 'U2', source: 'spec:cannot-bear-weight' },
  { story: 'a footballer who has not yet tried to stand (weet ik niet)', answers: { 'q-deformity': 'no', 'q-circulation': 'no', 'q-weight': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:cannot-bear-weight' },
  { story: 'a teenager with pain 9 out of 10 after a fall on the hand', answers: { ...CLEAR, 'q-pain': 9 }, age: '12-to-16-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:severe-pain' },
  // Review 2026-12-04, pattern "number questions without weet ik niet": pain that cannot be put on a scale counts as 8.
  { story: 'a 14-year-old after a fall who cannot give the pain a number', answers: { ...CLEAR, 'q-pain': 'unknown' }, age: '12-to-16-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:severe-pain' },
  { story: 'a 10-month-old who rolled off the changing table and cries when the leg is touched', answers: CLEAR, age: '3-to-12-months', outcome: 'o-today', urgency: 'U3', source: 'spec:baby-under-1' },
  { story: "a 2-year-old lifted up by the hand who now keeps the arm still (nursemaid's elbow)", answers: { ...CLEAR, 'q-pulled-elbow': 'yes' }, age: '1-to-4-years', outcome: 'o-elbow', urgency: 'U3', source: 'spec:pulled-elbow' },
  { story: 'a parent who is not sure whether the arm was pulled (weet ik niet)', answers: { ...CLEAR, 'q-pulled-elbow': 'unknown' }, age: '1-to-4-years', outcome: 'o-elbow', urgency: 'U3', source: 'spec:pulled-elbow' },
  // Review 2026-12-04, quick pass and pattern 1: letsel-arm-been had no anticoagulant question.
  { story: 'a 78-year-old on apixaban whose thigh swells up after a fall', answers: { ...CLEAR, 'q-pain': 6, 'q-thinners': 'yes', 'q-thinners-swelling': 'yes' }, age: '70-years-or-older', outcome: 'o-thinners', urgency: 'U3', source: 'spec:blood-thinners-swelling' },
  { story: 'a man who does not know whether his pills thin the blood, with a swollen, tight calf (weet ik niet)', answers: { ...CLEAR, 'q-pain': 5, 'q-thinners': 'unknown', 'q-thinners-swelling': 'unknown' }, age: adult, outcome: 'o-thinners', urgency: 'U3', source: 'spec:blood-thinners-swelling' },
  { story: 'a 70-year-old on a coumarin who bumped her arm: no swelling, can use it, no bone pain', answers: { ...CLEAR, 'q-pain': 3, 'q-thinners': 'yes', 'q-thinners-swelling': 'no', 'q-bone': 'no', 'q-not-better': 'no' }, age: '70-years-or-older', outcome: 'o-self-care', urgency: 'U5', source: 'blood-thinners-swelling ruled out: no swelling (review 2026-12-04, pattern 1)' },
  { story: 'a 30-year-old footballer whose ankle bone hurts a lot when pressed', answers: { ...CLEAR, 'q-pain': 6, 'q-thinners': 'no', 'q-bone': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:bone-tenderness-or-fast-swelling' },
  { story: 'unsure whether pressing on the bone hurts (weet ik niet)', answers: { ...moderate, 'q-bone': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:bone-tenderness-or-fast-swelling' },
  { story: 'a 45-year-old whose knee is no better ten days after a twist', answers: { ...CLEAR, 'q-pain': 4, 'q-thinners': 'no', 'q-bone': 'no', 'q-not-better': 'yes' }, age: adult, outcome: 'o-gp-next', urgency: 'U4', source: 'spec:not-better-after-a-week' },
  { story: 'not sure whether the wrist is improving after 8 days (weet ik niet)', answers: { ...moderate, 'q-bone': 'no', 'q-not-better': 'unknown' }, age: adult, outcome: 'o-gp-next', urgency: 'U4', source: 'spec:not-better-after-a-week' },
  { story: 'a 25-year-old with a sprained ankle who can walk on it, no bone pain', answers: { ...moderate, 'q-bone': 'no', 'q-not-better': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'NHG-Standaard Enkelbandletsel (Ottawa Ankle Rules negative)' },
  { story: 'an 8-year-old who bumped an arm, no pulled arm, little pain', answers: { ...CLEAR, 'q-pulled-elbow': 'no', 'q-pain': 2, 'q-thinners': 'no', 'q-bone': 'no', 'q-not-better': 'no' }, age: '4-to-12-years', outcome: 'o-self-care', urgency: 'U5', source: 'Thuisarts: Ik heb een sportblessure' },
];

vignetteTable('letsel-arm-been', rows);

describe('letsel-arm-been: the field case', () => {
  it('a painful wrist in a visibly abnormal position goes to the urgent line, never e-consult or the next day', () => {
    const result = triage('letsel-arm-been', { age: adult, answers: { 'q-deformity': 'yes' } });
    expect(result.outcome.channel).toBe('urgent-gp');
  });
});
