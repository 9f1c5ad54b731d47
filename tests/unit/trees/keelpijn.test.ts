import { describe, expect, it } from 'vitest';
import { content, triage, type Vignette } from './harness.ts';

const reached = new Set<string>();
function run(vignette: Vignette) {
  const result = triage('keelpijn', vignette);
  reached.add(result.id);
  return result;
}
const clear = { 'q-swallow': 'no', 'q-immunity': 'no', 'q-very-ill': 'no' } as const;

describe('keelpijn', () => {
  it('a 25-year-old drooling with a "hot potato" voice: call the GP now', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-swallow': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome).toMatchObject({ urgency: 'U2', channel: 'urgent-gp' });
  });
  it('unsure whether swallowing saliva still works (weet ik niet): call the GP now', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-swallow': 'unknown' } }).id).toBe('o-urgent');
  });
  it('a 50-year-old on methotrexate with a sore throat: GP today', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-swallow': 'no', 'q-immunity': 'yes' } }).id).toBe('o-today');
  });
  it('unsure whether the immune system works less well (weet ik niet): GP today', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-swallow': 'no', 'q-immunity': 'unknown' } }).id).toBe('o-today');
  });
  it('a 7-year-old with a sore throat who hardly drinks any more: GP today', () => {
    expect(run({ age: '4-to-12-years', answers: { 'q-swallow': 'no', 'q-immunity': 'no', 'q-very-ill': 'yes' } }).id).toBe('o-today');
  });
  it('a 35-year-old with a sore throat for 3 weeks: e-consult', () => {
    const result = run({ age: '18-to-65-years', answers: { ...clear, 'q-days': 21 } });
    expect(result.id).toBe('o-e-consult');
    expect(result.outcome).toMatchObject({ urgency: 'U4', channel: 'e-consult', thuisarts: ['ik-heb-keelpijn'] });
  });
  it('a 30-year-old with a sore throat for three days and no alarm signs: self-care with "Ik heb keelpijn"', () => {
    const result = run({ age: '18-to-65-years', answers: { ...clear, 'q-days': 3 } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome).toMatchObject({ urgency: 'U5', channel: 'self-care', thuisarts: ['ik-heb-keelpijn'] });
  });
  it('13 days is still self-care; 14 days is an e-consult', () => {
    expect(run({ age: '18-to-65-years', answers: { ...clear, 'q-days': 13 } }).id).toBe('o-self-care');
    expect(run({ age: '18-to-65-years', answers: { ...clear, 'q-days': 14 } }).id).toBe('o-e-consult');
  });
  it('a 5-year-old with a sore throat for two days, drinking well: self-care with "Mijn kind heeft keelpijn"', () => {
    const result = run({ age: '4-to-12-years', answers: { ...clear, 'q-days': 2 } });
    expect(result.id).toBe('o-self-care-child');
    expect(result.outcome.urgency).toBe('U5');
    expect(result.outcome.thuisarts).toContain('mijn-kind-heeft-keelpijn');
  });
  it('a 17-year-old gets the adult page', () => {
    expect(run({ age: '16-to-18-years', answers: { ...clear, 'q-days': 2 } }).id).toBe('o-self-care');
  });
  it('reaches every outcome of the tree', () => {
    const outcomes = Object.entries(content.planned.get('keelpijn')!.tree.nodes).filter(([, n]) => n.type === 'outcome');
    expect([...reached].sort()).toEqual(outcomes.map(([id]) => id).sort());
  });
});

// Review 2026-12-04, pattern "number questions without weet ik niet": a sore throat of unknown length
// is taken as 14 days or more.
describe('keelpijn: "weet ik niet" on the number of days', () => {
  it('a 35-year-old who has lost count of the days with a sore throat: e-consult, as for 14 days or more', () => {
    expect(run({ age: '18-to-65-years', answers: { ...clear, 'q-days': 'unknown' } }).id).toBe('o-e-consult');
  });
});
