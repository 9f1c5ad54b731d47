import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const adult = '18-to-65-years';
const clear = { 'q-heavy': 'no', 'q-pregnant-pain': 'no', 'q-pregnant': 'no' };

describe('vaginaal-bloedverlies', () => {
  it('a 42-year-old soaking a pad every hour and feeling dizzy: call the GP now', () => {
    expect(triage('vaginaal-bloedverlies', { age: adult, answers: { 'q-heavy': 'yes' } }).id).toBe('o-urgent');
  });

  it('a 28-year-old with a late period, bleeding and pain on one side (ectopic?): call the GP now', () => {
    const result = triage('vaginaal-bloedverlies', { age: adult, answers: { 'q-heavy': 'no', 'q-pregnant-pain': 'yes' } });
    expect(result.id).toBe('o-pregnancy-urgent');
    expect(result.outcome.urgency).toBe('U2');
    expect(result.outcome.thuisarts).toContain('ik-heb-misschien-zwangerschap-buiten-mijn-baarmoeder');
  });

  it('"weet ik niet" on pregnancy with pain escalates', () => {
    expect(triage('vaginaal-bloedverlies', { age: adult, answers: { 'q-heavy': 'no', 'q-pregnant-pain': 'unknown' } }).id).toBe(
      'o-pregnancy-urgent',
    );
  });

  it('a woman 8 weeks pregnant with a little painless bleeding: GP or midwife today', () => {
    expect(
      triage('vaginaal-bloedverlies', {
        age: adult,
        answers: { 'q-heavy': 'no', 'q-pregnant-pain': 'no', 'q-pregnant': 'yes', 'q-pregnant-weeks': 'no' },
      }).id,
    ).toBe('o-pregnant');
  });

  // Clinical review (vaginaal-bloedverlies): every pregnancy got U3, while the outcome itself said
  // "bel meteen je verloskundige" from 3 months. From 16 weeks, bleeding needs the midwife now.
  it('a woman 28 weeks pregnant with a little painless bleeding: call the midwife or GP now', () => {
    const result = triage('vaginaal-bloedverlies', { age: adult, answers: { ...clear, 'q-pregnant': 'yes', 'q-pregnant-weeks': 'yes' } });
    expect(result.id).toBe('o-pregnant-now');
    expect(result.outcome).toMatchObject({ urgency: 'U2', channel: 'urgent-gp' });
  });

  it('a pregnant woman who does not know how many weeks she is (weet ik niet): as from 16 weeks', () => {
    const result = triage('vaginaal-bloedverlies', {
      age: adult,
      answers: { ...clear, 'q-pregnant': 'yes', 'q-pregnant-weeks': 'unknown' },
    });
    expect(result.id).toBe('o-pregnant-now');
  });

  it('a 58-year-old with bleeding two years after her last period: GP appointment', () => {
    const result = triage('vaginaal-bloedverlies', { age: adult, answers: { ...clear, 'q-menopause': 'yes' } });
    expect(result.id).toBe('o-menopause');
    expect(result.outcome.thuisarts).toEqual(['bloedverlies-na-1-jaar-niet-ongesteld']);
  });

  it('a 35-year-old who bleeds after sex: GP appointment', () => {
    const result = triage('vaginaal-bloedverlies', { age: adult, answers: { ...clear, 'q-menopause': 'no', 'q-type': 'after-sex' } });
    expect(result.id).toBe('o-after-sex');
    expect(result.outcome.channel).toBe('gp-next-working-day');
  });

  it('a 24-year-old on the pill with spotting between periods: e-consult', () => {
    expect(triage('vaginaal-bloedverlies', { age: adult, answers: { ...clear, 'q-menopause': 'no', 'q-type': 'between' } }).id).toBe(
      'o-between',
    );
  });

  it('a 45-year-old with heavy periods for months: e-consult', () => {
    const result = triage('vaginaal-bloedverlies', { age: adult, answers: { ...clear, 'q-menopause': 'no', 'q-type': 'heavy-periods' } });
    expect(result.id).toBe('o-heavy-periods');
    expect(result.outcome.channel).toBe('e-consult');
  });
});
