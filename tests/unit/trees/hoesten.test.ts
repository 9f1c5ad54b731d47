import { describe, expect, it } from 'vitest';
import { content, triage, type Vignette } from './harness.ts';

const reached = new Set<string>();
function run(vignette: Vignette) {
  const result = triage('hoesten', vignette);
  reached.add(result.id);
  return result;
}
const adultClear = { 'q-breath': 'no', 'q-blood': 'no', 'q-risk': 'no', 'q-worse': 'no' } as const;
const childClear = { 'q-breath': 'no', 'q-croup': 'no', 'q-blood': 'no', 'q-risk': 'no', 'q-worse': 'no' } as const;

describe('hoesten', () => {
  it('a 60-year-old with a cough, fever and pain on breathing in: call the GP now', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-breath': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome).toMatchObject({ urgency: 'U2', channel: 'urgent-gp' });
  });
  it('unsure whether the breathlessness counts (weet ik niet): call the GP now', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-breath': 'unknown' } }).id).toBe('o-urgent');
  });
  it('a 2-year-old at night with a barking cough and a harsh noise breathing in at rest: call the GP (post) now', () => {
    const result = run({ age: '1-to-4-years', answers: { 'q-breath': 'no', 'q-croup': 'yes' } });
    expect(result.id).toBe('o-croup');
    expect(result.outcome).toMatchObject({ urgency: 'U2', channel: 'urgent-gp' });
    expect(result.outcome.thuisarts).toContain('mijn-kind-heeft-pseudokroep');
  });
  it('a parent unsure about the noise when breathing in (weet ik niet): call the GP now', () => {
    expect(run({ age: '1-to-4-years', answers: { 'q-breath': 'no', 'q-croup': 'unknown' } }).id).toBe('o-croup');
  });
  it('a 50-year-old coughing up a lump of blood: GP today', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-breath': 'no', 'q-blood': 'yes' } });
    expect(result.id).toBe('o-blood');
    expect(result.outcome.urgency).toBe('U3');
  });
  it('a 66-year-old with COPD and a worse cough: GP today', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-breath': 'no', 'q-blood': 'no', 'q-risk': 'yes' } }).id).toBe('o-today');
  });
  it('a 6-week-old baby with a cough, no breathing trouble: GP today (risk group under 3 months)', () => {
    expect(run({ age: 'under-1-month', answers: { 'q-breath': 'no', 'q-croup': 'no', 'q-blood': 'no', 'q-risk': 'no' } }).id).toBe(
      'o-today',
    );
  });
  it('a 35-year-old who got better after a cold and now has fever again: GP today', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-breath': 'no', 'q-blood': 'no', 'q-risk': 'no', 'q-worse': 'yes' } }).id).toBe(
      'o-today',
    );
  });
  it('a 58-year-old smoker coughing for 5 weeks: own GP within a working day', () => {
    const result = run({ age: '18-to-65-years', answers: { ...adultClear, 'q-weeks': 5, 'q-smoker': 'yes' } });
    expect(result.id).toBe('o-gp');
    expect(result.outcome).toMatchObject({ urgency: 'U4', channel: 'gp-next-working-day' });
  });
  it('a 30-year-old non-smoker coughing for 4 weeks after a cold: e-consult', () => {
    expect(run({ age: '18-to-65-years', answers: { ...adultClear, 'q-weeks': 4, 'q-smoker': 'no' } }).id).toBe('o-e-consult');
  });
  it('an 8-year-old coughing for 3 weeks: e-consult (the smoking question is for adults only)', () => {
    expect(run({ age: '4-to-12-years', answers: { ...childClear, 'q-weeks': 3 } }).id).toBe('o-e-consult');
  });
  it('a 40-year-old with a cold and a cough for a week: self-care', () => {
    const result = run({ age: '18-to-65-years', answers: { ...adultClear, 'q-weeks': 1 } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome).toMatchObject({ urgency: 'U5', channel: 'self-care', thuisarts: ['ik-moet-vaak-hoesten'] });
  });
  it('a 3-year-old with a cold and a cough for a few days: self-care with the child page', () => {
    const result = run({ age: '1-to-4-years', answers: { ...childClear, 'q-weeks': 0 } });
    expect(result.id).toBe('o-self-care-child');
    expect(result.outcome.thuisarts).toContain('mijn-kind-moet-vaak-hoesten');
  });
  it('a 14-year-old with a cough for a week: self-care with the child page (no croup question at this age)', () => {
    expect(run({ age: '12-to-16-years', answers: { ...adultClear, 'q-weeks': 1 } }).id).toBe('o-self-care-child');
  });
  it('reaches every outcome of the tree', () => {
    const outcomes = Object.entries(content.planned.get('hoesten')!.tree.nodes).filter(([, n]) => n.type === 'outcome');
    expect([...reached].sort()).toEqual(outcomes.map(([id]) => id).sort());
  });
});

// Review 2026-12-04, pattern "number questions without weet ik niet": a cough of unknown length is taken
// as 3 weeks or more, so an adult is still asked about smoking and a child still sees the GP.
describe('hoesten: "weet ik niet" on the number of weeks', () => {
  it('a 55-year-old who cannot say how many weeks the cough has lasted, a smoker: as for 3 weeks or more', () => {
    const known = run({ age: '18-to-65-years', answers: { ...adultClear, 'q-weeks': 5, 'q-smoker': 'yes' } });
    expect(run({ age: '18-to-65-years', answers: { ...adultClear, 'q-weeks': 'unknown', 'q-smoker': 'yes' } }).id).toBe(known.id);
  });
  it('a parent who does not know how long their 6-year-old has coughed: e-consult, never self-care', () => {
    expect(run({ age: '4-to-12-years', answers: { ...childClear, 'q-weeks': 'unknown' } }).id).toBe('o-e-consult');
  });
});
