/**
 * Itching: jaundice first (with or without feeling very ill), pregnancy, a new medicine, scabies signs, itch all
 * over with general signs (adults), then the duration: 14 days or more is an e-consult, shorter is self-care.
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const child = '4-to-12-years';
/** Child under 12: no pregnancy question and no itch-all-over question. */
const childCalm = { 'q-yellow': 'no', 'q-medicine': 'no', 'q-others': 'no' } as const;

describe('jeuk: what a row cannot say', () => {
  it('the self-care outcome for a child links the child eczema page', () => {
    const result = triage('jeuk', { age: child, answers: { ...childCalm, 'q-days': 3 } });
    expect(result.outcome.thuisarts).toContain('mijn-kind-heeft-eczeem');
  });
});
