import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const noRedFlags = { 'q-airway': 'no', 'q-serious': 'no', 'q-liver': 'no' } as const;

describe('bijwerkingen', () => {
  it('a 55-year-old whose tongue swells an hour after a new antibiotic: 112', () => {
    const result = triage('bijwerkingen', { age: '18-to-65-years', answers: { 'q-airway': 'yes' } });
    expect(result.id).toBe('o-112');
    expect(result.outcome.channel).toBe('emergency-112');
  });

  it('someone not sure whether their throat is swelling ("weet ik niet"): 112', () => {
    expect(triage('bijwerkingen', { age: '18-to-65-years', answers: { 'q-airway': 'unknown' } }).id).toBe('o-112');
  });

  it('a 30-year-old with blisters and mouth sores a week after starting a new medicine: call the GP now', () => {
    const result = triage('bijwerkingen', { age: '18-to-65-years', answers: { 'q-airway': 'no', 'q-serious': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
  });

  it('a 62-year-old with dark urine and yellow eyes since a new medicine: GP today', () => {
    const answers = { 'q-airway': 'no', 'q-serious': 'no', 'q-liver': 'yes' };
    const result = triage('bijwerkingen', { age: '18-to-65-years', answers });
    expect(result.id).toBe('o-today');
    expect(result.outcome.channel).toBe('gp-today');
  });

  it("a 75-year-old who forgot this morning's dose and wonders what to do: the pharmacy", () => {
    const result = triage('bijwerkingen', { age: '70-years-or-older', answers: { ...noRedFlags, 'q-kind': 'question' } });
    expect(result.id).toBe('o-pharmacy');
    expect(result.outcome.channel).toBe('pharmacy');
  });

  it('a 40-year-old so dizzy from a new blood-pressure pill that she cannot work: own GP within a day', () => {
    const answers = { ...noRedFlags, 'q-kind': 'side-effect', 'q-hinders': 'yes' };
    const result = triage('bijwerkingen', { age: '18-to-65-years', answers });
    expect(result.id).toBe('o-gp');
    expect(result.outcome.urgency).toBe('U4');
  });

  it('a 50-year-old with a dry mouth from an antidepressant, bothersome but harmless: e-consult', () => {
    const answers = { ...noRedFlags, 'q-kind': 'side-effect', 'q-hinders': 'no' };
    const result = triage('bijwerkingen', { age: '18-to-65-years', answers });
    expect(result.id).toBe('o-e-consult');
    expect(result.outcome.urgency).toBe('U5');
  });
});
