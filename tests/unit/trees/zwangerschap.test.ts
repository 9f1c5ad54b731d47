import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const noRedFlags = { 'q-bleeding': 'no', 'q-baby': 'no', 'q-preeclampsia': 'no', 'q-fever': 'no' } as const;

describe('zwangerschap', () => {
  it('a woman 9 weeks pregnant losing more blood than a period: call the midwife or GP now', () => {
    const result = triage('zwangerschap', { age: '18-to-70-years', answers: { 'q-bleeding': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('a pregnant woman unsure whether her bleeding is heavy ("weet ik niet"): escalates', () => {
    expect(triage('zwangerschap', { age: '18-to-70-years', answers: { 'q-bleeding': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a woman 30 weeks pregnant who feels the baby moving less: urgent', () => {
    expect(triage('zwangerschap', { age: '18-to-70-years', answers: { 'q-bleeding': 'no', 'q-baby': 'yes' } }).id).toBe('o-urgent');
  });

  it('a woman 34 weeks pregnant with a severe headache and flashing lights: urgent (pre-eclampsia)', () => {
    const answers = { 'q-bleeding': 'no', 'q-baby': 'no', 'q-preeclampsia': 'yes' };
    expect(triage('zwangerschap', { age: '18-to-70-years', answers }).id).toBe('o-urgent');
  });

  it('a pregnant woman with 38.6 °C fever: urgent', () => {
    const answers = { 'q-bleeding': 'no', 'q-baby': 'no', 'q-preeclampsia': 'no', 'q-fever': 'yes' };
    expect(triage('zwangerschap', { age: '18-to-70-years', answers }).id).toBe('o-urgent');
  });

  it('a woman 8 weeks pregnant who has kept nothing down since yesterday: GP today', () => {
    const result = triage('zwangerschap', { age: '18-to-70-years', answers: { ...noRedFlags, 'q-vomit': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.urgency).toBe('U3');
  });

  it('a woman 32 weeks pregnant with itchy palms and soles at night: midwife or GP within a day', () => {
    const result = triage('zwangerschap', { age: '18-to-70-years', answers: { ...noRedFlags, 'q-vomit': 'no', 'q-itch': 'yes' } });
    expect(result.id).toBe('o-soon');
    expect(result.outcome.urgency).toBe('U4');
  });

  it('a woman 12 weeks pregnant with mild morning sickness and back pain: self-care with Thuisarts', () => {
    const result = triage('zwangerschap', { age: '18-to-70-years', answers: { ...noRedFlags, 'q-vomit': 'no', 'q-itch': 'no' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toContain('ik-ben-zwanger-en-heb-klachten');
  });
});
