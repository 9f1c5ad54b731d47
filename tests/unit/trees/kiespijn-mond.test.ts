import { describe, expect, it } from 'vitest';
import { content, triage, type Vignette } from './harness.ts';

const reached = new Set<string>();
function run(vignette: Vignette) {
  const result = triage('kiespijn-mond', vignette);
  reached.add(result.id);
  return result;
}

describe('kiespijn-mond', () => {
  it('a 34-year-old with a swollen cheek, fever and a mouth that barely opens: call the GP now', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-swelling': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome).toMatchObject({ urgency: 'U2', channel: 'urgent-gp' });
  });
  it('unsure whether the swelling counts (weet ik niet): call the GP now', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-swelling': 'unknown' } }).id).toBe('o-urgent');
  });
  it('a 45-year-old with toothache on Saturday night and no swelling: call the dentist (or the dental emergency service)', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-swelling': 'no', 'q-tooth': 'yes' }, at: '2026-11-28T21:00:00+01:00' });
    expect(result.id).toBe('o-dentist');
    expect(result.outcome).toMatchObject({ urgency: 'U5', channel: 'self-care' });
  });
  it('an 8-year-old with toothache: the dentist too', () => {
    expect(run({ age: '4-to-12-years', answers: { 'q-swelling': 'no', 'q-tooth': 'yes' } }).id).toBe('o-dentist');
  });
  it('a 2-year-old with many painful blisters in the mouth who refuses to drink: GP today', () => {
    const result = run({ age: '1-to-4-years', answers: { 'q-swelling': 'no', 'q-tooth': 'no', 'q-child-drinking': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.urgency).toBe('U3');
  });
  it('a 63-year-old smoker with a sore on the tongue for 5 weeks: own GP within a working day', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-swelling': 'no', 'q-tooth': 'no', 'q-ulcer': 'yes' } });
    expect(result.id).toBe('o-gp');
    expect(result.outcome).toMatchObject({ urgency: 'U4', channel: 'gp-next-working-day' });
  });
  it('a 28-year-old with two mouth ulcers for 4 days: self-care', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-swelling': 'no', 'q-tooth': 'no', 'q-ulcer': 'no' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toContain('ik-heb-aften');
  });
  it('a 6-year-old with a mouth ulcer, drinking fine: self-care with the child pages', () => {
    const result = run({
      age: '4-to-12-years',
      answers: { 'q-swelling': 'no', 'q-tooth': 'no', 'q-child-drinking': 'no', 'q-ulcer': 'no' },
    });
    expect(result.id).toBe('o-self-care-child');
    expect(result.outcome.thuisarts).toContain('mijn-kind-heeft-aften');
  });
  it('reaches every outcome of the tree', () => {
    const outcomes = Object.entries(content.planned.get('kiespijn-mond')!.tree.nodes).filter(([, n]) => n.type === 'outcome');
    expect([...reached].sort()).toEqual(outcomes.map(([id]) => id).sort());
  });
});
