/**
 * Hay fever: breathing first (an asthma attack, or wheezing), then the eyes (pain or loss of vision are not hay
 * fever), then the calm path to self-care with the Thuisarts page (field case).
 */
import { describe, expect, it } from 'vitest';
import { act } from '../harness.ts';

const adult = '18-to-65-years';
/** Breathing fine, eyes only itchy or watery: the remedies question comes next. */
const calm = { 'q-asthma': 'no', 'q-eye': 'no' } as const;

describe('hooikoorts: what a row cannot say', () => {
  it('field case on a Saturday evening: still self-care with the Thuisarts page, never the post', () => {
    const { result, action } = act('hooikoorts', { age: adult, answers: { ...calm, 'q-tried': 'no' }, at: '2026-11-28T20:00:00+01:00' });
    expect(result.outcome).toMatchObject({ channel: 'self-care', thuisarts: ['ik-heb-hooikoorts'] });
    expect(action).toMatchObject({ kind: 'self-care', anw: true });
  });
});
