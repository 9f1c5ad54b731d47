import { describe, expect, it } from 'vitest';
import { content, triage, type Vignette } from './harness.ts';

const reached = new Set<string>();
function run(vignette: Vignette) {
  const result = triage('oorpijn', vignette);
  reached.add(result.id);
  return result;
}
const clear = { 'q-serious': 'no', 'q-deaf': 'no', 'q-grommets': 'no', 'q-risk': 'no' } as const;

describe('oorpijn', () => {
  it('a 3-year-old with a red swelling behind the ear that makes it stick out: call the GP now', () => {
    const result = run({ age: '1-to-4-years', answers: { 'q-serious': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome).toMatchObject({ urgency: 'U2', channel: 'urgent-gp' });
  });
  it('a parent unsure whether the neck is stiff (weet ik niet): call the GP now', () => {
    expect(run({ age: '4-to-12-years', answers: { 'q-serious': 'unknown' } }).id).toBe('o-urgent');
  });
  it('a 52-year-old who suddenly went deaf in one ear without a cold: GP today', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-serious': 'no', 'q-deaf': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.urgency).toBe('U3');
  });
  it('a 5-month-old with ear pain and 38.5 °C: GP today', () => {
    expect(run({ age: '3-to-12-months', answers: { 'q-serious': 'no', 'q-deaf': 'no', 'q-baby-fever': 'yes' } }).id).toBe('o-today');
  });
  it('a 10-week-old who pulls at an ear and has a fever: call the GP now', () => {
    expect(run({ age: 'under-1-month', answers: { 'q-serious': 'no', 'q-deaf': 'no', 'q-baby-fever': 'yes' } }).id).toBe('o-urgent');
  });
  it('a 10-month-old with ear pain and no fever: on to the other questions, self-care with the child page', () => {
    const result = run({
      age: '3-to-12-months',
      answers: { 'q-serious': 'no', 'q-deaf': 'no', 'q-baby-fever': 'no', 'q-grommets': 'no', 'q-risk': 'no', 'q-days': 1 },
    });
    expect(result.id).toBe('o-self-care-child');
  });
  it('a 4-year-old with grommets and pus coming out of the ear: own GP within a working day', () => {
    const result = run({ age: '4-to-12-years', answers: { 'q-serious': 'no', 'q-deaf': 'no', 'q-grommets': 'yes' } });
    expect(result.id).toBe('o-gp');
    expect(result.outcome).toMatchObject({ urgency: 'U4', channel: 'gp-next-working-day' });
  });
  it('a 72-year-old with diabetes and a painful ear canal: GP today', () => {
    expect(run({ age: '70-years-or-older', answers: { 'q-serious': 'no', 'q-deaf': 'no', 'q-grommets': 'no', 'q-risk': 'yes' } }).id).toBe(
      'o-today',
    );
  });
  it('a 30-year-old with ear pain scored 9 despite paracetamol: GP today', () => {
    expect(run({ age: '18-to-65-years', answers: { ...clear, 'q-pain': 9 } }).id).toBe('o-today');
  });
  it('a 40-year-old with ear pain 5 out of 10 for 4 days: own GP within a working day', () => {
    expect(run({ age: '18-to-65-years', answers: { ...clear, 'q-pain': 5, 'q-days': 4 } }).id).toBe('o-gp');
  });
  it('a 25-year-old swimmer with ear pain 4 out of 10 since yesterday: self-care', () => {
    const result = run({ age: '18-to-65-years', answers: { ...clear, 'q-pain': 4, 'q-days': 1 } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome).toMatchObject({ urgency: 'U5', channel: 'self-care' });
  });
  it("a 6-year-old with ear pain after a cold, since last night: self-care with the children's pages", () => {
    const result = run({ age: '4-to-12-years', answers: { ...clear, 'q-pain': 6, 'q-days': 0 } });
    expect(result.id).toBe('o-self-care-child');
    expect(result.outcome.thuisarts).toEqual(expect.arrayContaining(['mijn-kind-heeft-oorpijn', 'mijn-kind-heeft-middenoor-ontsteking']));
  });
  it('a 2-year-old is not asked for a pain score; ear pain for 3 days: own GP within a working day', () => {
    expect(run({ age: '1-to-4-years', answers: { ...clear, 'q-days': 3 } }).id).toBe('o-gp');
  });
  it('reaches every outcome of the tree', () => {
    const outcomes = Object.entries(content.planned.get('oorpijn')!.tree.nodes).filter(([, n]) => n.type === 'outcome');
    expect([...reached].sort()).toEqual(outcomes.map(([id]) => id).sort());
  });
});

// Review 2026-12-04, pattern "number questions without weet ik niet": pain that cannot be scored is
// taken as severe, and earache of unknown length as 3 days or more.
describe('oorpijn: "weet ik niet" on the pain score and the days', () => {
  it('a 40-year-old who cannot give the earache a number: GP today, as for a score of 8', () => {
    expect(run({ age: '18-to-65-years', answers: { ...clear, 'q-pain': 'unknown' } }).id).toBe('o-today');
  });
  it('a 40-year-old with moderate earache who cannot say since when: GP, as for 3 days or more', () => {
    expect(run({ age: '18-to-65-years', answers: { ...clear, 'q-pain': 4, 'q-days': 'unknown' } }).id).toBe('o-gp');
  });
});
