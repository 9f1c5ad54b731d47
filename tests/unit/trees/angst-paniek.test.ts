/**
 * Anxiety or panic: the suicide questions of gedachten-aan-zelfmoord first, then psychosis and new chest pain,
 * then the calmer branches (a panic attack now, or anxiety for weeks).
 */
import { describe, expect, it } from 'vitest';
import { content, triage } from '../harness.ts';

const adult = '18-to-65-years';
/** Suicidal thoughts, not acting now. */
const thoughts = { 'q-suicide': 'yes', 'q-acting': 'no' } as const;

describe('angst-paniek: what a row cannot say', () => {
  it('the plan outcome is 113 now on the crisis line, with 112 and the GP or post named', () => {
    const result = triage('angst-paniek', { age: adult, answers: { ...thoughts, 'q-plan': 'yes' } });
    expect(result.outcome.channel).toBe('crisis-113');
    expect(result.outcome.advice).toEqual(['o-crisis.call', 'o-crisis.gp', 'o-crisis.danger']);
  });

  it('names 113 on every outcome for suicidal thoughts, as gedachten-aan-zelfmoord does', () => {
    const nodes = content.planned.get('angst-paniek')!.tree.nodes;
    for (const id of ['o-gp-now', 'o-talk-today']) {
      const node = nodes[id];
      expect(node?.type === 'outcome' && node.thuisarts).toContain('ik-denk-aan-zelfmoord');
    }
  });

  it('asks the same suicide questions as gedachten-aan-zelfmoord, before anything else', () => {
    const tree = content.planned.get('angst-paniek')!.tree;
    expect(tree.start).toBe('q-suicide');
    const other = content.planned.get('gedachten-aan-zelfmoord')!.tree.nodes;
    for (const id of ['q-acting', 'q-plan', 'q-attempt']) expect(tree.nodes[id], id).toBeDefined();
    expect(other['q-acting']).toBeDefined();
  });
});
