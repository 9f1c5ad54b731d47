import { describe, expect, it } from 'vitest';
import { content, triage } from '../harness.ts';

const adult = '18-to-65-years';

describe('voorwerp: outcomes and texts', () => {
  it('the urgent outcome names 113 for someone who swallowed something to hurt themselves', () => {
    const result = triage('voorwerp', { age: adult, answers: { 'q-battery': 'no', 'q-stuck': 'no', 'q-risky': 'yes' } });
    expect(result.outcome.advice).toContain('o-urgent.help');
    expect(content.texts.nl!['voorwerp']!['o-urgent.help']).toMatch(/113/);
  });
  it('the self-care safety net sends coughing or wheezing back to the GP', () => {
    expect(content.texts.nl!['voorwerp']!['o-self-care.safety-net']).toMatch(/hoesten of piepen/);
  });
});
