/**
 * Cough (NHG-Standaard Acuut hoesten): alarm symptoms go to the GP now; a baby under 3 months with
 * fever too (young-infant-fever); coughing blood, risk factors, 70 or older with fever, getting worse
 * to the GP today; fever over 3 days and a cough of 3 weeks or more within a working day.
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const adult = '18-to-65-years';
const toddler = '1-to-4-years';
const adultClear = { 'q-breath': 'no', 'q-blood': 'no', 'q-risk': 'no', 'q-worse': 'no', 'q-fever-days': 'no' } as const;
const childClear = { ...adultClear, 'q-croup': 'no' } as const;

describe('hoesten: what a row cannot say', () => {
  it('self-care links the Thuisarts cough pages', () => {
    expect(triage('hoesten', { age: adult, answers: { ...adultClear, 'q-weeks': 1 } }).outcome).toMatchObject({
      channel: 'self-care',
      thuisarts: ['ik-moet-vaak-hoesten'],
    });
    expect(triage('hoesten', { age: toddler, answers: { ...childClear, 'q-weeks': 0 } }).outcome.thuisarts).toContain(
      'mijn-kind-moet-vaak-hoesten',
    );
    expect(triage('hoesten', { age: toddler, answers: { 'q-breath': 'no', 'q-croup': 'yes' } }).outcome.thuisarts).toContain(
      'mijn-kind-heeft-pseudokroep',
    );
  });
  it('the fever question for older adults is asked from 70, not from 65 (standard: over 75)', () => {
    expect(() => triage('hoesten', { age: '65-to-70-years', answers: { ...adultClear, 'q-weeks': 1 } })).not.toThrow();
  });
});
