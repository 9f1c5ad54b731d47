import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const elderly = '70-years-or-older';
/** No heart signs and no known heart disease: the clot question comes next. */
const noHeart = { 'q-heart-signs': 'no', 'q-heart-disease': 'no' } as const;
/** Also no clot risk: the pressing question comes next. */
const noClot = { ...noHeart, 'q-clot': 'no' } as const;
/** The answers up to the calmer branch: no heart signs, no heart disease, no clot risk, pain worse on pressing. */
const chestWall = { ...noClot, 'q-pressing': 'yes' } as const;
/** Also no fever: the pain score comes next. */
const noFever = { ...chestWall, 'q-fever': 'no' } as const;
/** Also pain eases at rest, no diabetes or cardiovascular risk. */
const lowRisk = { ...noFever, 'q-rest': 'no', 'q-risk': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 58-year-old with a heavy, squeezing pain spreading to the left arm', answers: { 'q-heart-signs': 'yes' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:heart-signs-now-or-earlier' },
  { story: 'someone who cannot tell whether the pain spreads (weet ik niet)', answers: { 'q-heart-signs': 'unknown' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:heart-signs-now-or-earlier' },
  // Review 2026-12-04, pijn-op-de-borst, missing red flag "pain earlier that has stopped". NHG-Standaard ACS:
  // ask whether these complaints were there in recent days. The question now reads "heb of had je".
  { story: 'a 60-year-old whose pressing pain with sweating stopped an hour ago', answers: { 'q-heart-signs': 'yes' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:heart-signs-now-or-earlier' },
  { story: 'a 64-year-old with a stent and a vague chest pain', answers: { 'q-heart-signs': 'no', 'q-heart-disease': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:known-heart-disease' },
  { story: 'not sure about a heart condition', answers: { 'q-heart-signs': 'no', 'q-heart-disease': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:known-heart-disease' },
  // Review 2026-12-04, pijn-op-de-borst, missing red flag "PE risk (surgery, immobilisation)". Thuisarts
  // "Heb ik een longembolie?": painful breathing or coughing blood, call your GP straight away.
  { story: 'a 38-year-old, 2 weeks after knee surgery, with a stabbing pain that hurts on pressing', answers: { ...noHeart, 'q-clot': 'yes' }, age: adult, outcome: 'o-clot', urgency: 'U2', source: 'spec:blood-clot-risk' },
  { story: 'someone unsure about a raised clot risk (weet ik niet)', answers: { ...noHeart, 'q-clot': 'unknown' }, age: adult, outcome: 'o-clot', urgency: 'U2', source: 'spec:blood-clot-risk' },
  // Updated in 0.2.0: the path now also asks q-clot (review: PE risk).
  { story: 'a 45-year-old with chest pain that does not change with pressing or moving', answers: { ...noClot, 'q-pressing': 'no' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:pain-not-from-chest-wall' },
  { story: 'pain that may or may not change with moving (weet ik niet)', answers: { ...noClot, 'q-pressing': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:pain-not-from-chest-wall' },
  { story: 'a 40-year-old with a sore rib, cough and fever', answers: { ...chestWall, 'q-fever': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'tree only, no spec item (q-fever)' },
  { story: 'a muscular chest pain scored 9 out of 10', answers: { ...noFever, 'q-pain': 9 }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'tree only, no spec item (q-pain)' },
  { story: 'a pain score that is not known', answers: { ...noFever, 'q-pain': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'tree only, no spec item (q-pain)' },
  // Review 2026-12-04, pijn-op-de-borst, missing red flag "duration/ongoing > 15 min". NHG-Standaard ACS:
  // ask how long the pain lasts at rest; more than 15 minutes fits a coronary cause.
  { story: 'a 45-year-old whose chest hurts on pressing but also stays at rest for half an hour, score 4', answers: { ...noFever, 'q-pain': 4, 'q-rest': 'yes' }, age: adult, outcome: 'o-today-check', urgency: 'U3', source: 'spec:pain-at-rest-over-15-minutes' },
  { story: 'a 50-year-old with a sore chest on pressing, score 3, who never timed it at rest (weet ik niet)', answers: { ...noFever, 'q-pain': 3, 'q-rest': 'unknown' }, age: adult, outcome: 'o-today-check', urgency: 'U3', source: 'spec:pain-at-rest-over-15-minutes' },
  // Review 2026-12-04, pijn-op-de-borst, under-triage: a diabetic patient aged 65 ended at self-care.
  // NHG-Standaard ACS (2012 revision): people with diabetes present less specifically; risk factors count.
  { story: 'a 65-year-old with diabetes and a pain that hurts when pressed, score 3', answers: { ...noFever, 'q-pain': 3, 'q-rest': 'no', 'q-risk': 'yes' }, age: '65-to-70-years', outcome: 'o-today-check', urgency: 'U3', source: 'spec:diabetes-or-cardiovascular-risk' },
  { story: 'a 50-year-old who does not know about his cholesterol or blood pressure', answers: { ...noFever, 'q-pain': 2, 'q-rest': 'no', 'q-risk': 'unknown' }, age: adult, outcome: 'o-today-check', urgency: 'U3', source: 'spec:diabetes-or-cardiovascular-risk' },
  // Updated in 0.2.0: 70+ with a mild muscular pain was o-next-day (U4); it is now GP today (U3).
  // Review 2026-12-04, pijn-op-de-borst, atypical presentation in elderly people. NHG-Standaard ACS:
  // older people present less typically, so the GP should speak to them the same day.
  { story: 'a 75-year-old with a mild muscular chest pain', answers: { ...lowRisk, 'q-pain': 3 }, age: elderly, outcome: 'o-today-check', urgency: 'U3', source: 'spec:older-adult' },
  { story: 'a 72-year-old with a strained chest muscle scored 6, easing at rest, no risk factors', answers: { ...lowRisk, 'q-pain': 6 }, age: elderly, outcome: 'o-today-check', urgency: 'U3', source: 'spec:older-adult' },
  { story: 'an 80-year-old who cannot say whether the pain spreads (weet ik niet)', answers: { 'q-heart-signs': 'unknown' }, age: elderly, outcome: 'o-112', urgency: 'U1', source: 'spec:older-adult' },
  // Updated in 0.2.0: the path now also asks q-rest and q-risk (review: duration, risk factors).
  { story: 'a 35-year-old with a sore chest muscle scored 6, easing at rest, no risk factors', answers: { ...lowRisk, 'q-pain': 6 }, age: adult, outcome: 'o-next-day', urgency: 'U4', source: 'calm path, no alarm sign' },
  { story: 'a 30-year-old with a sore spot after lifting weights, pain 3, easing at rest, no risk factors', answers: { ...lowRisk, 'q-pain': 3 }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'calm path, no alarm sign' },
];

vignetteTable('pijn-op-de-borst', rows);

describe('pijn-op-de-borst: texts', () => {
  // Review 2026-12-04, pijn-op-de-borst, missing red flag "pain earlier that has stopped": the question counts signs
  // that passed, and sweating (before only in the ABCDE screen) is in its list.
  it('q-heart-signs asks about signs now or earlier ("had je") and names sweating', () => {
    expect(content.texts.nl!['pijn-op-de-borst']!['q-heart-signs.text']).toMatch(/had je/);
    expect(content.texts.nl!['pijn-op-de-borst']!['q-heart-signs.hint']).toMatch(/zweet/);
    expect(content.texts.en!['pijn-op-de-borst']!['q-heart-signs.hint']).toMatch(/sweating/);
  });
});
