import { describe, expect, it } from 'vitest';
import { content, triage, type Vignette } from './harness.ts';

const reached = new Set<string>();
function run(vignette: Vignette) {
  const result = triage('koorts-kind', vignette);
  reached.add(result.id);
  return result;
}
const noRedFlags = { 'q-very-ill': 'no', 'q-neck': 'no', 'q-breathing-fast': 'no', 'q-drinking': 'no' } as const;

describe('koorts-kind', () => {
  it('a 2-year-old with fever who is floppy and hard to wake: call the GP now', () => {
    expect(run({ age: '1-to-4-years', answers: { 'q-very-ill': 'yes' } }).id).toBe('o-urgent');
  });
  it('a parent unsure whether the child is more drowsy than usual (weet ik niet): call the GP now', () => {
    const result = run({ age: '1-to-4-years', answers: { 'q-very-ill': 'unknown' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome).toMatchObject({ urgency: 'U2', channel: 'urgent-gp' });
  });
  // Clinical review (koorts-kind): a stiff neck could pass every red flag and reach self-care.
  // NHG-Standaard Kinderen met koorts lists neck stiffness and a bulging fontanel as alarm signs.
  it('a 3-year-old with fever who cannot bend the chin to the chest: call 112', () => {
    expect(run({ age: '1-to-4-years', answers: { 'q-very-ill': 'no', 'q-neck': 'yes' } })).toMatchObject({
      id: 'o-meningitis',
      outcome: { urgency: 'U1', channel: 'emergency-112' },
    });
  });
  it('a parent of a 7-month-old unsure whether the fontanelle bulges (weet ik niet): call 112', () => {
    expect(run({ age: '3-to-12-months', answers: { 'q-very-ill': 'no', 'q-neck': 'unknown' } }).id).toBe('o-meningitis');
  });
  it('a 9-month-old with fever, breathing fast with the skin pulling in between the ribs: call the GP now', () => {
    expect(run({ age: '3-to-12-months', answers: { 'q-very-ill': 'no', 'q-neck': 'no', 'q-breathing-fast': 'yes' } }).id).toBe('o-urgent');
  });
  it('an 18-month-old with fever who has had dry nappies all day: call the GP now', () => {
    expect(
      run({ age: '1-to-4-years', answers: { 'q-very-ill': 'no', 'q-neck': 'no', 'q-breathing-fast': 'no', 'q-drinking': 'yes' } }).id,
    ).toBe('o-urgent');
  });
  it('a 6-week-old baby with 38.2 °C who otherwise seems well: call the GP now, always', () => {
    const result = run({ age: 'under-1-month', answers: { ...noRedFlags, 'q-temp': 38.2 } });
    expect(result.id).toBe('o-baby');
    expect(result.outcome).toMatchObject({ urgency: 'U2', channel: 'urgent-gp' });
  });
  it('a 4-week-old baby at exactly 38.0 °C: call the GP now', () => {
    expect(run({ age: 'under-1-month', answers: { ...noRedFlags, 'q-temp': 38 } }).id).toBe('o-baby');
  });
  it('a 2-month-old baby that feels cold at 35.7 °C: call the GP now', () => {
    expect(run({ age: 'under-1-month', answers: { ...noRedFlags, 'q-temp': 35.7 } }).id).toBe('o-baby');
  });
  it('a 2-month-old at 37.6 °C (no fever), feeding well, warm since this morning: self-care', () => {
    expect(
      run({ age: 'under-1-month', answers: { ...noRedFlags, 'q-temp': 37.6, 'q-risk': 'no', 'q-days': 0, 'q-other': 'none' } }).id,
    ).toBe('o-self-care');
  });
  it('a 3-year-old with a heart defect and fever: GP today', () => {
    expect(run({ age: '1-to-4-years', answers: { ...noRedFlags, 'q-risk': 'yes' } }).id).toBe('o-today');
  });
  it('a parent who is worried but not sure any risk applies (weet ik niet): GP today', () => {
    expect(run({ age: '4-to-12-years', answers: { ...noRedFlags, 'q-risk': 'unknown' } }).id).toBe('o-today');
  });
  it('a 7-month-old with fever for more than a day (lower threshold under 1 year): GP today', () => {
    const result = run({ age: '3-to-12-months', answers: { ...noRedFlags, 'q-risk': 'no', 'q-days': 1 } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.urgency).toBe('U3');
  });
  it('a 2-year-old with fever for 1 day does not get the baby threshold: on to the other questions', () => {
    expect(run({ age: '1-to-4-years', answers: { ...noRedFlags, 'q-risk': 'no', 'q-days': 1, 'q-other': 'none' } }).id).toBe('o-self-care');
  });
  it('a 5-year-old with fever for 4 days, otherwise well: own GP within a working day', () => {
    const result = run({ age: '4-to-12-years', answers: { ...noRedFlags, 'q-risk': 'no', 'q-days': 4 } });
    expect(result.id).toBe('o-gp');
    expect(result.outcome).toMatchObject({ urgency: 'U4', channel: 'gp-next-working-day' });
  });
  it('a 4-year-old with fever who cries when peeing: GP today, with the bladder infection page', () => {
    const result = run({ age: '4-to-12-years', answers: { ...noRedFlags, 'q-risk': 'no', 'q-days': 2, 'q-other': 'pee' } });
    expect(result.id).toBe('o-pee');
    expect(result.outcome.thuisarts).toContain('ik-denk-dat-mijn-kind-blaasontsteking-heeft');
  });
  it('a 3-year-old with fever for a day who pulls at an ear: own GP within a working day', () => {
    expect(run({ age: '1-to-4-years', answers: { ...noRedFlags, 'q-risk': 'no', 'q-days': 1, 'q-other': 'ear' } }).id).toBe('o-ear');
  });
  it('a 6-year-old with fever since yesterday, playing and drinking: self-care with "Mijn kind heeft koorts"', () => {
    const result = run({ age: '4-to-12-years', answers: { ...noRedFlags, 'q-risk': 'no', 'q-days': 1, 'q-other': 'none' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome).toMatchObject({ urgency: 'U5', channel: 'self-care' });
    expect(result.outcome.thuisarts).toContain('mijn-kind-heeft-koorts');
  });
  it('reaches every outcome of the tree', () => {
    const outcomes = Object.entries(content.planned.get('koorts-kind')!.tree.nodes).filter(([, n]) => n.type === 'outcome');
    expect([...reached].sort()).toEqual(outcomes.map(([id]) => id).sort());
  });
});
