/**
 * Dizziness: the NHG list of reasons to assess at once (neurological signs, heart, CO, sudden hearing
 * loss, a hypo in diabetes) before constant spinning, positional vertigo (the Vertigo Training app,
 * a field case) and light-headedness on standing. Spec: decision-trees/specs/duizelig.json.
 */
import { describe, expect, it } from 'vitest';
import { content, triage } from '../harness.ts';

/** None of the reasons to assess at once; no diabetes with insulin or sugar tablets. */
const screened = { 'q-alarm': 'no', 'q-co': 'no', 'q-heart': 'no', 'q-hearing': 'no', 'q-diabetes': 'no' } as const;
/** Also no constant spinning or vomiting. */
const calm = { ...screened, 'q-ear-constant': 'no' } as const;

describe('duizelig: what a row cannot say', () => {
  it('FIELD CASE: the app outcome is an app prescription for Vertigo Training with the BPPD page', () => {
    const result = triage('duizelig', { age: '18-to-65-years', answers: { ...calm, 'q-positional': 'yes' } });
    expect(result.outcome).toMatchObject({ channel: 'app-prescription', app: 'vertigo-training' });
    expect(result.outcome.thuisarts).toContain('ik-heb-last-van-positie-duizeligheid-bppd');
  });
  it('the blood sugar question offers "weet ik niet of niet gemeten"', () => {
    expect(content.planned.get('duizelig')!.tree.nodes['q-glucose']).toMatchObject({
      input: 'number',
      unknown: 'common:answer.notMeasured',
    });
  });
});
