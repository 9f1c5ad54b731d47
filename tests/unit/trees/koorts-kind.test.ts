/**
 * Fever in a child: the 112 signs first (stiff neck or bulging fontanel, spots that do not fade),
 * then the alarm symptoms of the NHG-Standaard Kinderen met koorts (GP now), the temperature of a
 * baby under 3 months, risk groups (GP today), the focus (pee, ear) and the duration.
 */
import { describe, expect, it } from 'vitest';
import { content, triage } from '../harness.ts';

const schoolChild = '4-to-12-years';
/** No 112 sign and no alarm symptom: the temperature (under 3 months) or the risk question comes next. */
const noRedFlags = {
  'q-neck': 'no',
  'q-purple-spots': 'no',
  'q-very-ill': 'no',
  'q-breathing-fast': 'no',
  'q-drinking': 'no',
} as const;
/** Also no risk group: the focus question comes next. */
const noRisk = { ...noRedFlags, 'q-risk': 'no' } as const;

describe('koorts-kind: what a row cannot say', () => {
  it('self-care points to the Thuisarts fever page', () => {
    const result = triage('koorts-kind', { age: schoolChild, answers: { ...noRisk, 'q-other': 'none', 'q-days': 1 } });
    expect(result.outcome.thuisarts).toContain('mijn-kind-heeft-koorts');
  });
  it('the temperature question offers "not measured"', () => {
    expect(content.planned.get('koorts-kind')!.tree.nodes['q-temp']).toMatchObject({ unknown: 'common:answer.notMeasured' });
  });
});
