import { describe, expect, it } from 'vitest';
import { content, triage, type Vignette } from './harness.ts';

const reached = new Set<string>();
function run(vignette: Vignette) {
  const result = triage('jeuk', vignette);
  reached.add(result.id);
  return result;
}

describe('jeuk', () => {
  it('a 60-year-old with itching all over and yellow eyes: GP today', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-yellow': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome).toMatchObject({ urgency: 'U3', channel: 'gp-today' });
  });
  it('unsure whether the eyes look yellow (weet ik niet): GP today', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-yellow': 'unknown' } }).id).toBe('o-today');
  });
  it('a 45-year-old with itching and a rash since starting a new blood pressure pill: own GP within a working day', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-yellow': 'no', 'q-medicine': 'yes' } });
    expect(result.id).toBe('o-gp');
    expect(result.outcome).toMatchObject({ urgency: 'U4', channel: 'gp-next-working-day' });
  });
  it('a 31-year-old, 34 weeks pregnant, with itchy palms and soles at night: midwife or GP today', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-yellow': 'no', 'q-medicine': 'no', 'q-pregnant': 'yes' } });
    expect(result.id).toBe('o-pregnant');
    expect(result.outcome).toMatchObject({ urgency: 'U3', thuisarts: ['ik-ben-zwanger-en-heb-last-van-jeuk'] });
  });
  it('not sure about being pregnant (weet ik niet): midwife or GP today', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-yellow': 'no', 'q-medicine': 'no', 'q-pregnant': 'unknown' } }).id).toBe(
      'o-pregnant',
    );
  });
  it('a 25-year-old whose partner also itches, worst at night: e-consult (scabies?)', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-yellow': 'no', 'q-medicine': 'no', 'q-pregnant': 'no', 'q-others': 'yes' } });
    expect(result.id).toBe('o-e-consult');
    expect(result.outcome.channel).toBe('e-consult');
  });
  it('a 50-year-old with unexplained itching for 3 weeks: e-consult', () => {
    expect(
      run({ age: '18-to-65-years', answers: { 'q-yellow': 'no', 'q-medicine': 'no', 'q-pregnant': 'no', 'q-others': 'no', 'q-days': 21 } })
        .id,
    ).toBe('o-e-consult');
  });
  it('a 78-year-old with itchy dry skin in winter for a week (not asked about pregnancy): self-care', () => {
    const result = run({ age: '70-years-or-older', answers: { 'q-yellow': 'no', 'q-medicine': 'no', 'q-others': 'no', 'q-days': 7 } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome).toMatchObject({ urgency: 'U5', channel: 'self-care', thuisarts: ['ik-heb-jeuk'] });
  });
  it('a 5-year-old with itchy dry skin for a few days: self-care with the child eczema page', () => {
    const result = run({ age: '4-to-12-years', answers: { 'q-yellow': 'no', 'q-medicine': 'no', 'q-others': 'no', 'q-days': 3 } });
    expect(result.id).toBe('o-self-care-child');
    expect(result.outcome.thuisarts).toContain('mijn-kind-heeft-eczeem');
  });
  it('reaches every outcome of the tree', () => {
    const outcomes = Object.entries(content.planned.get('jeuk')!.tree.nodes).filter(([, n]) => n.type === 'outcome');
    expect([...reached].sort()).toEqual(outcomes.map(([id]) => id).sort());
  });
});

// Review 2026-12-04, pattern "number questions without weet ik niet": itch of unknown length is taken
// as 14 days or more.
describe('jeuk: "weet ik niet" on the number of days', () => {
  it('a 30-year-old who cannot say how long the itch has lasted: e-consult, as for 14 days or more', () => {
    const answers = { 'q-yellow': 'no', 'q-medicine': 'no', 'q-pregnant': 'no', 'q-others': 'no', 'q-days': 'unknown' } as const;
    expect(run({ age: '18-to-65-years', answers }).id).toBe('o-e-consult');
  });
});
