/**
 * Headache: sudden or neurological signs, fever with a stiff neck and carbon monoxide are 112;
 * the rest of the danger screen, a recent blow to the head, temporal arteritis from 50 and pregnancy
 * come before a familiar headache may be looked after at home. Spec: decision-trees/specs/hoofdpijn.json.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('hoofdpijn: what a row cannot say', () => {
  it('every pain question offers "weet ik niet", and a familiar headache is never scored', () => {
    const nodes = content.planned.get('hoofdpijn')!.tree.nodes;
    for (const id of ['q-pain', 'q-pain-arteritis', 'q-pain-pregnant'])
      expect(nodes[id]).toMatchObject({ input: 'number', unknown: 'common:answer.notMeasured', text: 'q-pain.text' });
    expect(nodes['q-usual-help']).toMatchObject({ next: { otherwise: 'o-self-care' } });
  });
});
