import { describe, expect, it } from 'vitest';
import { content, outcomeChannels } from '../harness.ts';

describe('bloed-in-urine: order, channels and texts', () => {
  const { nodes } = content.planned.get('bloed-in-urine')!.tree;
  // Review 2026-12-04, no anticoagulant question (see the blood-thinner vignettes): the question uses the shared
  // blood-thinner texts and stands before the only calmer end.
  it('q-thinners stands before o-next-day and uses the shared common:risk.blood-thinners texts', () => {
    expect(nodes['q-cystitis']).toMatchObject({ next: { otherwise: 'q-thinners' } });
    expect(nodes['q-thinners']).toMatchObject({ text: 'common:risk.blood-thinners.text' });
  });

  it('the urgent signs go to the GP now, blood thinners to the GP today; colic and cystitis link their Thuisarts page', () => {
    expect(outcomeChannels('bloed-in-urine')).toMatchObject({ 'o-urgent': 'urgent-gp', 'o-thinners': 'gp-today' });
    expect(nodes['o-colic']).toMatchObject({ thuisarts: expect.arrayContaining(['ik-heb-pijnaanval-door-niersteen']) });
    expect(nodes['o-today']).toMatchObject({ thuisarts: expect.arrayContaining(['ik-heb-bloed-in-urine']) });
  });
});
