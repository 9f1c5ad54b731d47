/**
 * Earache: a stiff neck is 112; a swelling behind the ear or being very ill the GP now; a baby under
 * 3 months with fever too; fever under 6 months, sudden deafness, risk groups and severe pain the GP
 * today; grommets with discharge and earache for 3 days or more within a working day.
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const schoolChild = '4-to-12-years';
const noRedFlags = { 'q-neck': 'no', 'q-serious': 'no' } as const;
/** From 4 years: no red flag, not deaf, no risk group; the pain score comes next. */
const clear = { ...noRedFlags, 'q-deaf': 'no', 'q-risk': 'no' } as const;

describe('oorpijn: what a row cannot say', () => {
  it("the child's self-care outcome links the children's ear pages", () => {
    const result = triage('oorpijn', { age: schoolChild, answers: { ...clear, 'q-pain': 6, 'q-grommets': 'no', 'q-days': 0 } });
    expect(result.outcome.thuisarts).toEqual(expect.arrayContaining(['mijn-kind-heeft-oorpijn', 'mijn-kind-heeft-middenoor-ontsteking']));
  });
});
