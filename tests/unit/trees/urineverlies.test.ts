/**
 * Leaking urine (v0.2.0): the nerve question is now an "any of these" list (review pattern 3), and
 * leaking that started suddenly goes to the GP within a day. Its vignettes, a person a row, are in vignettes/urineverlies.json.
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const adult = '18-to-65-years';
const noRedFlags = { 'q-nerves': 'no', 'q-retention': 'no', 'q-fever': 'no', 'q-infection': 'no' } as const;
const longStanding = { ...noRedFlags, 'q-new': 'no' } as const;

describe('urineverlies: what a row cannot say', () => {
  it('the app outcome names URinControl and the painful infection outcome carries the painful flag', () => {
    expect(triage('urineverlies', { age: adult, answers: { ...longStanding, 'q-sex': 'woman' } }).outcome.app).toBe('urincontrol');
    const infection = triage('urineverlies', {
      age: adult,
      answers: { 'q-nerves': 'no', 'q-retention': 'no', 'q-fever': 'no', 'q-infection': 'yes' },
    });
    expect(infection.outcome).toMatchObject({ channel: 'gp-next-working-day', painful: true });
  });
});
