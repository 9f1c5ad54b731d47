import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const noRedFlags = { 'q-bleeding': 'no', 'q-baby': 'no', 'q-preeclampsia': 'no', 'q-fever': 'no', 'q-spotting': 'no' } as const;
const spotting = { 'q-bleeding': 'no', 'q-baby': 'no', 'q-preeclampsia': 'no', 'q-fever': 'no', 'q-spotting': 'yes' } as const;

describe('zwangerschap', () => {
  it('a woman 9 weeks pregnant losing more blood than a period: call the midwife or GP now', () => {
    const result = triage('zwangerschap', { age: '18-to-65-years', answers: { 'q-bleeding': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('a pregnant woman unsure whether her bleeding is heavy ("weet ik niet"): escalates', () => {
    expect(triage('zwangerschap', { age: '18-to-65-years', answers: { 'q-bleeding': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a woman 30 weeks pregnant who feels the baby moving less: urgent', () => {
    expect(triage('zwangerschap', { age: '18-to-65-years', answers: { 'q-bleeding': 'no', 'q-baby': 'yes' } }).id).toBe('o-urgent');
  });

  it('a woman 34 weeks pregnant with a severe headache and flashing lights: urgent (pre-eclampsia)', () => {
    const answers = { 'q-bleeding': 'no', 'q-baby': 'no', 'q-preeclampsia': 'yes' };
    expect(triage('zwangerschap', { age: '18-to-65-years', answers }).id).toBe('o-urgent');
  });

  it('a pregnant woman with 38.6 °C fever: urgent', () => {
    const answers = { 'q-bleeding': 'no', 'q-baby': 'no', 'q-preeclampsia': 'no', 'q-fever': 'yes' };
    expect(triage('zwangerschap', { age: '18-to-65-years', answers }).id).toBe('o-urgent');
  });

  // Clinical review (zwangerschap, unsafe): light bleeding used to end in self-care. Bleeding from
  // 16 weeks needs the midwife now; earlier, a call the same day (Diakonessenhuis, Fiere verloskundigen).
  it('a woman 30 weeks pregnant with a few drops of blood and no pain: call the midwife or GP now', () => {
    const result = triage('zwangerschap', { age: '18-to-65-years', answers: { ...spotting, 'q-spotting-weeks': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
  });

  it('a woman with a little bleeding who is not sure how many weeks she is: urgent, as from 16 weeks', () => {
    expect(triage('zwangerschap', { age: '18-to-65-years', answers: { ...spotting, 'q-spotting-weeks': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a woman 9 weeks pregnant with brown spotting and no pain: call the midwife or GP today', () => {
    const result = triage('zwangerschap', { age: '18-to-65-years', answers: { ...spotting, 'q-spotting-weeks': 'no' } });
    expect(result.id).toBe('o-bleeding-today');
    expect(result.outcome).toMatchObject({ urgency: 'U3', channel: 'gp-today' });
  });

  it('a woman unsure whether what she loses is blood: asked for her weeks, never self-care', () => {
    const result = triage('zwangerschap', {
      age: '18-to-65-years',
      answers: { ...spotting, 'q-spotting': 'unknown', 'q-spotting-weeks': 'no' },
    });
    expect(result.outcome.urgency).toBe('U3');
  });

  it('a woman 8 weeks pregnant who has kept nothing down since yesterday: GP today', () => {
    const result = triage('zwangerschap', { age: '18-to-65-years', answers: { ...noRedFlags, 'q-vomit': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.urgency).toBe('U3');
  });

  it('a woman 32 weeks pregnant with itchy palms and soles at night: midwife or GP within a day', () => {
    const result = triage('zwangerschap', { age: '18-to-65-years', answers: { ...noRedFlags, 'q-vomit': 'no', 'q-itch': 'yes' } });
    expect(result.id).toBe('o-soon');
    expect(result.outcome.urgency).toBe('U4');
  });

  it('a woman 12 weeks pregnant with mild morning sickness and back pain: self-care with Thuisarts', () => {
    const result = triage('zwangerschap', { age: '18-to-65-years', answers: { ...noRedFlags, 'q-vomit': 'no', 'q-itch': 'no' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toContain('ik-ben-zwanger-en-heb-klachten');
  });
});
