import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const adult = '18-to-65-years';
/** A joint that suddenly became swollen, warm or red, without fever. */
const hotNoFever = { 'q-hot': 'yes', 'q-fever': 'no' } as const;

describe('gewrichtsklachten: outcomes and texts', () => {
  it('the urgent outcome links to the Thuisarts page on bacterial joint infection', () => {
    const result = triage('gewrichtsklachten', { age: adult, answers: { 'q-hot': 'yes', 'q-fever': 'yes' } });
    expect(result.outcome.thuisarts).toContain('ik-heb-ontsteking-in-mijn-gewricht-door-bacterie');
  });
  it('a gout-like attack links to the Thuisarts gout page', () => {
    const result = triage('gewrichtsklachten', { age: adult, answers: { ...hotNoFever, 'q-joint-risk': 'no' } });
    expect(result.outcome.thuisarts).toContain('ik-heb-jicht');
  });
});
