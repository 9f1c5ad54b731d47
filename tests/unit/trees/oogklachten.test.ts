import { describe, expect, it } from 'vitest';
import { content, triage, type Vignette } from './harness.ts';

const reached = new Set<string>();
function run(vignette: Vignette) {
  const result = triage('oogklachten', vignette);
  reached.add(result.id);
  return result;
}
const noRedFlags = { 'q-chemical': 'no', 'q-vision': 'no', 'q-penetrating': 'no', 'q-red-severe': 'no' } as const;

describe('oogklachten', () => {
  it('a 35-year-old who splashed drain cleaner in the eye: rinse now, then call the GP now', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-chemical': 'yes' } });
    expect(result.id).toBe('o-chemical');
    expect(result.outcome).toMatchObject({
      urgency: 'U2',
      channel: 'urgent-gp',
      thuisarts: ['er-is-gevaarlijke-stof-in-mijn-oog-gekomen'],
    });
    expect(result.outcome.advice[0]).toBe('o-chemical.rinse');
  });
  it('a parent unsure what the toddler got in the eye (weet ik niet): rinse and call now', () => {
    expect(run({ age: '1-to-4-years', answers: { 'q-chemical': 'unknown' } }).id).toBe('o-chemical');
  });
  it('a 62-year-old seeing a curtain in front of one eye after flashes: call the GP now', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-chemical': 'no', 'q-vision': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
  });
  it('a 40-year-old hit in the eye by a metal splinter while grinding: call the GP now', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-chemical': 'no', 'q-vision': 'no', 'q-penetrating': 'yes' } }).id).toBe('o-urgent');
  });
  it('a 68-year-old with a very painful red eye, headache and vomiting: call the GP now', () => {
    expect(
      run({ age: '18-to-65-years', answers: { 'q-chemical': 'no', 'q-vision': 'no', 'q-penetrating': 'no', 'q-red-severe': 'yes' } }).id,
    ).toBe('o-urgent');
  });
  it('a 22-year-old contact-lens wearer with a painful red eye: call the GP now', () => {
    expect(
      run({ age: '18-to-65-years', answers: { 'q-chemical': 'no', 'q-vision': 'no', 'q-penetrating': 'no', 'q-red-severe': 'yes' } })
        .outcome.channel,
    ).toBe('urgent-gp');
  });
  it('a 10-day-old baby with a red eye and a swollen lid with pus: GP today', () => {
    const result = run({ age: 'under-1-month', answers: { ...noRedFlags, 'q-newborn': 'yes' } });
    expect(result.id).toBe('o-newborn');
    expect(result.outcome).toMatchObject({ urgency: 'U3', channel: 'gp-today', thuisarts: ['mijn-baby-heeft-oogontsteking'] });
  });
  it('a 6-week-old with a sticky but white eye: self-care with the baby pages', () => {
    const result = run({ age: 'under-1-month', answers: { ...noRedFlags, 'q-newborn': 'no', 'q-injury': 'no', 'q-pain': 'no' } });
    expect(result.id).toBe('o-self-care-baby');
    expect(result.outcome.thuisarts).toContain('mijn-baby-heeft-vieze-oogjes');
  });
  it('a 12-year-old hit on the eye by a football: GP today', () => {
    const result = run({ age: '12-to-16-years', answers: { ...noRedFlags, 'q-injury': 'yes' } });
    expect(result.id).toBe('o-injury');
    expect(result.outcome.thuisarts).toContain('ik-heb-klap-op-mijn-oog-gehad');
  });
  it('a 45-year-old with a red eye that hurts and is sensitive to light: GP today', () => {
    expect(run({ age: '18-to-65-years', answers: { ...noRedFlags, 'q-injury': 'no', 'q-pain': 'yes' } }).id).toBe('o-today');
  });
  it('unsure whether the eye really hurts (weet ik niet): GP today', () => {
    expect(run({ age: '18-to-65-years', answers: { ...noRedFlags, 'q-injury': 'no', 'q-pain': 'unknown' } }).id).toBe('o-today');
  });
  it('a 30-year-old with a red, sticky eye and no pain: self-care', () => {
    const result = run({ age: '18-to-65-years', answers: { ...noRedFlags, 'q-injury': 'no', 'q-pain': 'no' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome).toMatchObject({ urgency: 'U5', channel: 'self-care' });
    expect(result.outcome.thuisarts).toContain('ik-heb-oogontsteking');
  });
  it('reaches every outcome of the tree', () => {
    const outcomes = Object.entries(content.planned.get('oogklachten')!.tree.nodes).filter(([, n]) => n.type === 'outcome');
    expect([...reached].sort()).toEqual(outcomes.map(([id]) => id).sort());
  });
});
