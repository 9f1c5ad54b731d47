/**
 * Fever in an adult: a stiff neck is 112; a severe new headache, signs of a spreading infection and
 * chemotherapy go to the GP now; low immunity, other risk groups, age 70 or more and signs of a
 * kidney infection to the GP today; more than 3 days or a returning fever within a working day.
 */
import { describe, expect, it } from 'vitest';
import { content, triage } from '../harness.ts';

const adult = '18-to-65-years';
const noRedFlags = { 'q-stiff-neck': 'no', 'q-headache': 'no', 'q-very-ill': 'no' } as const;
/** No red flag, no chemotherapy, no low immunity, no other risk group, no kidney signs: the days come next. */
const calm = { ...noRedFlags, 'q-chemo': 'no', 'q-immunity': 'no', 'q-risk': 'no', 'q-kidney': 'no' } as const;

describe('koorts-volwassene: what a row cannot say', () => {
  it('self-care links the Thuisarts fever page', () => {
    const result = triage('koorts-volwassene', { age: adult, answers: { ...calm, 'q-days': 1, 'q-back': 'no' } });
    expect(result.outcome).toMatchObject({ channel: 'self-care', thuisarts: ['ik-heb-koorts'] });
  });
  it('the immunity question is the shared one', () => {
    expect(content.planned.get('koorts-volwassene')!.tree.nodes['q-immunity']).toMatchObject({
      text: 'common:risk.weakened-immunity.text',
    });
  });
});
