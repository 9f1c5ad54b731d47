import { describe, expect, it } from 'vitest';
import { content, triage, type Vignette } from './harness.ts';

const reached = new Set<string>();
function run(vignette: Vignette) {
  const result = triage('neusbloeding', vignette);
  reached.add(result.id);
  return result;
}
const noRedFlags = { 'q-long': 'no', 'q-faint': 'no', 'q-blow': 'no' } as const;

describe('neusbloeding', () => {
  it('a 60-year-old whose nose still bleeds after 20 minutes of proper pinching: keep pressing and call the GP now', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-long': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome).toMatchObject({ urgency: 'U2', channel: 'urgent-gp' });
  });
  it('unsure whether it has been 20 minutes (weet ik niet): call the GP now', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-long': 'unknown' } }).id).toBe('o-urgent');
  });
  it('a 75-year-old who feels faint and pale with blood running down the throat: call the GP now', () => {
    expect(run({ age: '70-years-or-older', answers: { 'q-long': 'no', 'q-faint': 'yes' } }).id).toBe('o-urgent');
  });
  it('a 24-year-old with a crooked, bleeding nose after a punch: call the GP today (U3)', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-long': 'no', 'q-faint': 'no', 'q-blow': 'yes' } });
    expect(result.id).toBe('o-blow');
    expect(result.outcome).toMatchObject({ urgency: 'U3', channel: 'gp-today' });
  });
  it('a 9-year-old with a nosebleed after a football to the face: call the GP now, with the child head-injury page', () => {
    const result = run({ age: '4-to-12-years', answers: { 'q-long': 'no', 'q-faint': 'no', 'q-blow': 'yes' } });
    expect(result.id).toBe('o-blow-child');
    expect(result.outcome.thuisarts).toContain('mijn-kind-is-op-hoofd-gevallen-of-heeft-klap-op-hoofd-gehad-tot-16-jaar');
  });
  it('a 72-year-old on apixaban with a nosebleed: press and call the GP now', () => {
    const result = run({ age: '70-years-or-older', answers: { ...noRedFlags, 'q-thinners': 'yes' } });
    expect(result.id).toBe('o-thinners');
    expect(result.outcome.urgency).toBe('U3');
  });
  it('not sure whether the pills are blood thinners (weet ik niet): press and call the GP now', () => {
    expect(run({ age: '70-years-or-older', answers: { ...noRedFlags, 'q-thinners': 'unknown' } }).id).toBe('o-thinners');
  });
  it('a 10-year-old with nosebleeds every week: own GP within a working day', () => {
    const result = run({ age: '4-to-12-years', answers: { ...noRedFlags, 'q-thinners': 'no', 'q-recurring': 'yes' } });
    expect(result.id).toBe('o-gp');
    expect(result.outcome).toMatchObject({ urgency: 'U4', channel: 'gp-next-working-day' });
  });
  it('a 30-year-old with a first nosebleed that stopped after pinching: self-care with how to press', () => {
    const result = run({ age: '18-to-65-years', answers: { ...noRedFlags, 'q-thinners': 'no', 'q-recurring': 'no' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome).toMatchObject({ urgency: 'U5', channel: 'self-care', thuisarts: ['ik-heb-bloedneus'] });
    expect(result.outcome.advice[0]).toBe('o-self-care.press');
  });
  it('reaches every outcome of the tree', () => {
    const outcomes = Object.entries(content.planned.get('neusbloeding')!.tree.nodes).filter(([, n]) => n.type === 'outcome');
    expect([...reached].sort()).toEqual(outcomes.map(([id]) => id).sort());
  });
});
