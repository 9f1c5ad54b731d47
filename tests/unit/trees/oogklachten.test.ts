import { describe, expect, it } from 'vitest';
import { content, triage } from '../harness.ts';

const adult = '18-to-65-years';
const noRedFlags = { 'q-chemical': 'no', 'q-vision': 'no', 'q-penetrating': 'no', 'q-red-severe': 'no' } as const;

describe('oogklachten: outcomes and texts', () => {
  it('the chemical outcome starts with rinsing and links to the Thuisarts page', () => {
    const result = triage('oogklachten', { age: adult, answers: { 'q-chemical': 'yes' } });
    expect(result.outcome.advice[0]).toBe('o-chemical.rinse');
    expect(result.outcome.thuisarts).toEqual(['er-is-gevaarlijke-stof-in-mijn-oog-gekomen']);
  });
  it('self-care for a red eye links to Thuisarts and says to call today if the eye starts to hurt', () => {
    const result = triage('oogklachten', { age: adult, answers: { ...noRedFlags, 'q-injury': 'no', 'q-pain': 'no' } });
    expect(result.outcome.thuisarts).toContain('ik-heb-oogontsteking');
    expect(content.texts.nl!['oogklachten']!['o-self-care.safety-net']).toMatch(/vandaag/);
  });
});
