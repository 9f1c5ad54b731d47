import { describe, expect, it } from 'vitest';
import { content, triage, type Vignette } from './harness.ts';

const reached = new Set<string>();
function run(vignette: Vignette) {
  const result = triage('koorts-volwassene', vignette);
  reached.add(result.id);
  return result;
}
const calm = { 'q-stiff-neck': 'no', 'q-very-ill': 'no', 'q-chemo': 'no', 'q-risk': 'no' } as const;

describe('koorts-volwassene', () => {
  it('a 20-year-old student with fever, a stiff neck and a headache getting worse: call the GP now', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-stiff-neck': 'yes' } }).id).toBe('o-urgent');
  });
  it('unsure whether the neck is stiff (weet ik niet): call the GP now', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-stiff-neck': 'unknown' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome).toMatchObject({ urgency: 'U2', channel: 'urgent-gp' });
  });
  it('a 45-year-old with fever who is drowsy and breathing fast at rest: call the GP now', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-stiff-neck': 'no', 'q-very-ill': 'yes' } }).id).toBe('o-urgent');
  });
  it('a 55-year-old on chemotherapy for breast cancer with 38.4 °C: call the hospital or GP now', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-stiff-neck': 'no', 'q-very-ill': 'no', 'q-chemo': 'yes' } });
    expect(result.id).toBe('o-chemo');
    expect(result.outcome.urgency).toBe('U2');
  });
  it('a 40-year-old with diabetes and fever since this morning: GP today', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-stiff-neck': 'no', 'q-very-ill': 'no', 'q-chemo': 'no', 'q-risk': 'yes' } }).id).toBe(
      'o-today',
    );
  });
  it('a 30-year-old back from Ghana two weeks ago with fever, not sure whether it counts: GP today', () => {
    expect(
      run({ age: '18-to-65-years', answers: { 'q-stiff-neck': 'no', 'q-very-ill': 'no', 'q-chemo': 'no', 'q-risk': 'unknown' } }).id,
    ).toBe('o-today');
  });
  it('a 78-year-old with fever and no other risk: GP today because of age', () => {
    const result = run({ age: '70-years-or-older', answers: calm });
    expect(result.id).toBe('o-today');
    expect(result.outcome).toMatchObject({ urgency: 'U3', channel: 'gp-today' });
  });
  it('a 35-year-old with fever for 5 days: own GP within a working day', () => {
    const result = run({ age: '18-to-65-years', answers: { ...calm, 'q-days': 5 } });
    expect(result.id).toBe('o-gp');
    expect(result.outcome).toMatchObject({ urgency: 'U4', channel: 'gp-next-working-day' });
  });
  it('exactly 3 days of fever is not yet "more than 3 days": the return of the fever is asked next', () => {
    expect(run({ age: '18-to-65-years', answers: { ...calm, 'q-days': 3, 'q-back': 'no' } }).id).toBe('o-self-care');
  });
  it('a 28-year-old whose fever came back after a few better days: own GP within a working day', () => {
    expect(run({ age: '18-to-65-years', answers: { ...calm, 'q-days': 1, 'q-back': 'yes' } }).id).toBe('o-gp');
  });
  it('a healthy 25-year-old with flu-like fever since yesterday: self-care with Thuisarts', () => {
    const result = run({ age: '18-to-65-years', answers: { ...calm, 'q-days': 1, 'q-back': 'no' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome).toMatchObject({ urgency: 'U5', channel: 'self-care', thuisarts: ['ik-heb-koorts'] });
  });
  it('reaches every outcome of the tree', () => {
    const outcomes = Object.entries(content.planned.get('koorts-volwassene')!.tree.nodes).filter(([, n]) => n.type === 'outcome');
    expect([...reached].sort()).toEqual(outcomes.map(([id]) => id).sort());
  });
});
