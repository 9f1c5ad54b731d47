import { describe, expect, it } from 'vitest';
import { content, triage, type Vignette } from './harness.ts';

const reached = new Set<string>();
function run(vignette: Vignette) {
  const result = triage('hooikoorts', vignette);
  reached.add(result.id);
  return result;
}

describe('hooikoorts', () => {
  it('field case: hay fever → self-care with the Thuisarts page (ik-heb-hooikoorts)', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-asthma': 'no', 'q-tried': 'no' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome).toMatchObject({ urgency: 'U5', channel: 'self-care', thuisarts: ['ik-heb-hooikoorts'] });
  });
  it('field case on a Saturday evening: still self-care, never the post', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-asthma': 'no', 'q-tried': 'no' }, at: '2026-11-28T20:00:00+01:00' });
    expect(result.outcome.channel).toBe('self-care');
  });
  it('a 9-year-old sneezing with itchy eyes in May: self-care too', () => {
    expect(run({ age: '4-to-12-years', answers: { 'q-asthma': 'no', 'q-tried': 'no' } }).id).toBe('o-self-care');
  });
  it('a 19-year-old with hay fever, a tight chest and wheezing: GP today', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-asthma': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome).toMatchObject({ urgency: 'U3', channel: 'gp-today' });
  });
  it('unsure whether the breathing wheezes (weet ik niet): GP today', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-asthma': 'unknown' } }).id).toBe('o-today');
  });
  it('a 33-year-old who used cetirizine and a nasal spray for 3 weeks without relief: e-consult', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-asthma': 'no', 'q-tried': 'yes' } });
    expect(result.id).toBe('o-e-consult');
    expect(result.outcome.channel).toBe('e-consult');
  });
  it('reaches every outcome of the tree', () => {
    const outcomes = Object.entries(content.planned.get('hooikoorts')!.tree.nodes).filter(([, n]) => n.type === 'outcome');
    expect([...reached].sort()).toEqual(outcomes.map(([id]) => id).sort());
  });
});
