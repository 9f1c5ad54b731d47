import { describe, expect, it } from 'vitest';
import { content, triage } from './harness.ts';

/** The answers up to the calmer branch: no heart signs, no heart disease, no clot risk, pain worse on pressing. */
const chestWall = { 'q-heart-signs': 'no', 'q-heart-disease': 'no', 'q-clot': 'no', 'q-pressing': 'yes' } as const;
/** Also no fever, pain eases at rest, no diabetes or cardiovascular risk. */
const lowRisk = { ...chestWall, 'q-fever': 'no', 'q-rest': 'no', 'q-risk': 'no' } as const;

describe('pijn-op-de-borst', () => {
  it('a 58-year-old with a heavy, squeezing pain spreading to the left arm: 112', () => {
    expect(triage('pijn-op-de-borst', { age: '18-to-65-years', answers: { 'q-heart-signs': 'yes' } }).id).toBe('o-112');
  });
  it('someone who cannot tell whether the pain spreads (weet ik niet): 112', () => {
    expect(triage('pijn-op-de-borst', { age: '18-to-65-years', answers: { 'q-heart-signs': 'unknown' } }).id).toBe('o-112');
  });
  it('a 64-year-old with a stent and a vague chest pain: call the GP now', () => {
    expect(triage('pijn-op-de-borst', { age: '18-to-65-years', answers: { 'q-heart-signs': 'no', 'q-heart-disease': 'yes' } }).id).toBe(
      'o-urgent',
    );
  });
  it('not sure about a heart condition: call the GP now', () => {
    expect(triage('pijn-op-de-borst', { age: '18-to-65-years', answers: { 'q-heart-signs': 'no', 'q-heart-disease': 'unknown' } }).id).toBe(
      'o-urgent',
    );
  });
  // Updated in 0.2.0: the path now also asks q-clot (review: PE risk).
  it('a 45-year-old with chest pain that does not change with pressing or moving: call the GP now', () => {
    const answers = { 'q-heart-signs': 'no', 'q-heart-disease': 'no', 'q-clot': 'no', 'q-pressing': 'no' };
    expect(triage('pijn-op-de-borst', { age: '18-to-65-years', answers }).id).toBe('o-urgent');
  });
  it('pain that may or may not change with moving (weet ik niet): call the GP now', () => {
    const answers = { 'q-heart-signs': 'no', 'q-heart-disease': 'no', 'q-clot': 'no', 'q-pressing': 'unknown' };
    expect(triage('pijn-op-de-borst', { age: '18-to-65-years', answers }).id).toBe('o-urgent');
  });
  it('a 40-year-old with a sore rib, cough and fever: GP today', () => {
    expect(triage('pijn-op-de-borst', { age: '18-to-65-years', answers: { ...chestWall, 'q-fever': 'yes' } }).id).toBe('o-today');
  });
  it('a muscular chest pain scored 9 out of 10: call the GP now', () => {
    expect(triage('pijn-op-de-borst', { age: '18-to-65-years', answers: { ...chestWall, 'q-fever': 'no', 'q-pain': 9 } }).id).toBe(
      'o-urgent',
    );
  });
  // Updated in 0.2.0: the path now also asks q-rest and q-risk (review: duration, risk factors).
  it('a 35-year-old with a sore chest muscle scored 6, easing at rest, no risk factors: own GP, not urgent', () => {
    expect(triage('pijn-op-de-borst', { age: '18-to-65-years', answers: { ...lowRisk, 'q-pain': 6 } }).id).toBe('o-next-day');
  });
  // Updated in 0.2.0: 70+ with a mild muscular pain was o-next-day (U4); it is now GP today (U3).
  // Review 2026-12-04, pijn-op-de-borst, atypical presentation in elderly people. NHG-Standaard ACS:
  // older people present less typically, so the GP should speak to them the same day.
  it('a 75-year-old with a mild muscular chest pain: GP today, not next day or self-care', () => {
    const result = triage('pijn-op-de-borst', { age: '70-years-or-older', answers: { ...lowRisk, 'q-pain': 3 } });
    expect(result.id).toBe('o-today-check');
    expect(result.outcome.urgency).toBe('U3');
  });
  it('a 30-year-old with a sore spot after lifting weights, pain 3, easing at rest, no risk factors: self-care', () => {
    expect(triage('pijn-op-de-borst', { age: '18-to-65-years', answers: { ...lowRisk, 'q-pain': 3 } }).id).toBe('o-self-care');
  });

  // Review 2026-12-04, pijn-op-de-borst, under-triage: a diabetic patient aged 65 ended at self-care.
  // NHG-Standaard ACS (2012 revision): people with diabetes present less specifically; risk factors count.
  it('a 65-year-old with diabetes and a pain that hurts when pressed, score 3: GP today, not self-care', () => {
    const answers = { ...chestWall, 'q-fever': 'no', 'q-pain': 3, 'q-rest': 'no', 'q-risk': 'yes' };
    const result = triage('pijn-op-de-borst', { age: '18-to-65-years', answers });
    expect(result.id).toBe('o-today-check');
    expect(result.outcome.urgency).toBe('U3');
  });
  it('a 50-year-old who does not know about his cholesterol or blood pressure: GP today', () => {
    const answers = { ...chestWall, 'q-fever': 'no', 'q-pain': 2, 'q-rest': 'no', 'q-risk': 'unknown' };
    expect(triage('pijn-op-de-borst', { age: '18-to-65-years', answers }).id).toBe('o-today-check');
  });

  // Review 2026-12-04, pijn-op-de-borst, missing red flag "duration/ongoing > 15 min". NHG-Standaard ACS:
  // ask how long the pain lasts at rest; more than 15 minutes fits a coronary cause.
  it('a 45-year-old whose chest hurts on pressing but also stays at rest for half an hour, score 4: GP today', () => {
    const answers = { ...chestWall, 'q-fever': 'no', 'q-pain': 4, 'q-rest': 'yes' };
    const result = triage('pijn-op-de-borst', { age: '18-to-65-years', answers });
    expect(result.id).toBe('o-today-check');
    expect(result.outcome.urgency).toBe('U3');
  });

  // Review 2026-12-04, pijn-op-de-borst, missing red flag "pain earlier that has stopped". NHG-Standaard ACS:
  // ask whether these complaints were there in recent days. The question now reads "heb of had je".
  it('a 60-year-old whose pressing pain with sweating stopped an hour ago: 112, the question counts signs that passed', () => {
    expect(triage('pijn-op-de-borst', { age: '18-to-65-years', answers: { 'q-heart-signs': 'yes' } }).id).toBe('o-112');
    expect(content.texts.nl!['pijn-op-de-borst']!['q-heart-signs.text']).toMatch(/had je/);
    expect(content.texts.nl!['pijn-op-de-borst']!['q-heart-signs.hint']).toMatch(/zweet/);
    expect(content.texts.en!['pijn-op-de-borst']!['q-heart-signs.hint']).toMatch(/sweating/);
  });

  // Review 2026-12-04, pijn-op-de-borst, missing red flag "PE risk (surgery, immobilisation)". Thuisarts
  // "Heb ik een longembolie?": painful breathing or coughing blood, call your GP straight away.
  it('a 38-year-old, 2 weeks after knee surgery, with a stabbing pain that hurts on pressing: GP now (U2)', () => {
    const answers = { 'q-heart-signs': 'no', 'q-heart-disease': 'no', 'q-clot': 'yes' };
    const result = triage('pijn-op-de-borst', { age: '18-to-65-years', answers });
    expect(result.id).toBe('o-clot');
    expect(result.outcome.urgency).toBe('U2');
  });
  it('someone unsure about a raised clot risk (weet ik niet): GP now', () => {
    const answers = { 'q-heart-signs': 'no', 'q-heart-disease': 'no', 'q-clot': 'unknown' };
    expect(triage('pijn-op-de-borst', { age: '18-to-65-years', answers }).id).toBe('o-clot');
  });
  it('a pain score that is not known: call the GP now', () => {
    expect(triage('pijn-op-de-borst', { age: '18-to-65-years', answers: { ...chestWall, 'q-fever': 'no', 'q-pain': 'unknown' } }).id).toBe(
      'o-urgent',
    );
  });
});
