/**
 * A baby who cries a lot: a bulging fontanel is 112; a parent afraid to hurt the baby, a very ill
 * baby, a fall or shaking, attacks of screaming (intussusception), a hair around a toe and fever
 * under 3 months go to the GP now; fever later, crying differently with other complaints, or a
 * worried parent the GP today; otherwise support or self-care.
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const young = '1-to-3-months';
/** The fontanel is not bulging and the parent is not afraid of hurting the baby. */
const start = { 'q-fontanel': 'no', 'q-hurt': 'no' } as const;
/** No red flag at all: the fever question comes next. */
const noRedFlags = { ...start, 'q-ill': 'no', 'q-injury': 'no', 'q-attacks': 'no', 'q-tourniquet': 'no' } as const;
const calm = { ...noRedFlags, 'q-fever': 'no', 'q-different': 'no', 'q-worried': 'no' } as const;

describe('huilende-baby: what a row cannot say', () => {
  it('the parent at risk is told to put the baby safely in the cot first', () => {
    const result = triage('huilende-baby', { age: young, answers: { 'q-fontanel': 'no', 'q-hurt': 'yes' } });
    expect(result.outcome).toMatchObject({ urgency: 'U2', channel: 'urgent-gp' });
    expect(result.outcome.advice[0]).toBe('o-safe-call.now');
  });
  it('self-care links the Thuisarts page on crying babies', () => {
    expect(triage('huilende-baby', { age: young, answers: { ...calm, 'q-exhausted': 'no' } }).outcome.thuisarts).toContain(
      'mijn-baby-huilt-wat-kan-ik-doen',
    );
  });
});
