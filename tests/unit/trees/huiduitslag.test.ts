import { describe, expect, it } from 'vitest';
import { content, triage, type Vignette } from './harness.ts';

const reached = new Set<string>();
function run(vignette: Vignette) {
  const result = triage('huiduitslag', vignette);
  reached.add(result.id);
  return result;
}
const noRedFlags = { 'q-allergy': 'no', 'q-petechiae': 'no', 'q-skin-serious': 'no' } as const;

describe('huiduitslag', () => {
  it('fever with spots that do not fade is caught by the ABCDE screen first: 112', () => {
    const result = run({ age: '1-to-4-years', answers: { 'q-spots': 'yes' } });
    expect(result.id).toBe('o-call-112');
    expect(result.outcome.channel).toBe('emergency-112');
  });
  it('a 26-year-old with hives after eating nuts and a swelling tongue: 112', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-allergy': 'yes' } });
    expect(result.id).toBe('o-112');
    expect(result.outcome).toMatchObject({ urgency: 'U1', channel: 'emergency-112' });
  });
  it('unsure whether the lips are swelling (weet ik niet): 112', () => {
    expect(run({ age: '18-to-65-years', answers: { 'q-allergy': 'unknown' } }).id).toBe('o-112');
  });
  it('a 6-year-old without fever with tiny purple dots that do not fade under a glass: call the GP now', () => {
    const result = run({ age: '4-to-12-years', answers: { 'q-allergy': 'no', 'q-petechiae': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome).toMatchObject({ urgency: 'U2', channel: 'urgent-gp' });
  });
  it('a 50-year-old with a red, warm, swollen shin that spreads fast: GP today', () => {
    const result = run({ age: '18-to-65-years', answers: { 'q-allergy': 'no', 'q-petechiae': 'no', 'q-skin-serious': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.urgency).toBe('U3');
  });
  it('a 3-year-old who is ill with a fever and spots that do fade: GP today, with the child spots page', () => {
    const result = run({ age: '1-to-4-years', answers: { ...noRedFlags, 'q-ill': 'yes' } });
    expect(result.id).toBe('o-ill-child');
    expect(result.outcome.thuisarts).toContain('mijn-kind-is-ziek-en-heeft-vlekjes');
  });
  it('a 40-year-old with a rash, fever and feeling ill: GP today', () => {
    expect(run({ age: '18-to-65-years', answers: { ...noRedFlags, 'q-ill': 'yes' } }).id).toBe('o-today');
  });
  it('a 55-year-old with a rash a week after starting an antibiotic: own GP within a working day', () => {
    const result = run({ age: '18-to-65-years', answers: { ...noRedFlags, 'q-ill': 'no', 'q-medicine': 'yes' } });
    expect(result.id).toBe('o-gp');
    expect(result.outcome).toMatchObject({ urgency: 'U4', channel: 'gp-next-working-day' });
  });
  it('a 30-year-old with an itchy rash for 3 weeks: e-consult', () => {
    expect(run({ age: '18-to-65-years', answers: { ...noRedFlags, 'q-ill': 'no', 'q-medicine': 'no', 'q-days': 21 } }).id).toBe(
      'o-e-consult',
    );
  });
  it('a 35-year-old with itchy hives since this morning: self-care (netelroos)', () => {
    const result = run({ age: '18-to-65-years', answers: { ...noRedFlags, 'q-ill': 'no', 'q-medicine': 'no', 'q-days': 0 } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome).toMatchObject({ urgency: 'U5', channel: 'self-care' });
    expect(result.outcome.thuisarts).toEqual(expect.arrayContaining(['ik-heb-netelroos', 'ik-heb-eczeem-wat-kan-ik-zelf-doen']));
  });
  it('a 2-year-old with dry, red patches in the elbow folds, otherwise well: self-care with the child eczema page', () => {
    const result = run({ age: '1-to-4-years', answers: { ...noRedFlags, 'q-ill': 'no', 'q-medicine': 'no', 'q-days': 5 } });
    expect(result.id).toBe('o-self-care-child');
    expect(result.outcome.thuisarts).toContain('mijn-kind-heeft-eczeem');
  });
  it('reaches every outcome of the tree', () => {
    const outcomes = Object.entries(content.planned.get('huiduitslag')!.tree.nodes).filter(([, n]) => n.type === 'outcome');
    expect([...reached].filter((id) => id !== 'o-call-112').sort()).toEqual(outcomes.map(([id]) => id).sort());
  });
});
