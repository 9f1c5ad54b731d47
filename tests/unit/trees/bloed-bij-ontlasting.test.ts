import { describe, expect, it } from 'vitest';
import { content, outcomeChannels } from '../harness.ts';

describe('bloed-bij-ontlasting: order, channels and texts', () => {
  const { nodes } = content.planned.get('bloed-bij-ontlasting')!.tree;
  // Review 2026-12-04, no anticoagulant question (see the blood-thinner vignettes): the question is asked before every
  // calmer branch, with the shared blood-thinner texts.
  it('q-thinners comes before q-change and uses the shared common:risk.blood-thinners texts', () => {
    expect(nodes['q-today']).toMatchObject({ next: { otherwise: 'q-thinners' } });
    expect(nodes['q-thinners']).toMatchObject({ text: 'common:risk.blood-thinners.text' });
  });

  it('black stool and blood thinners go to the GP today; the e-consult links "Ik heb aambeien"', () => {
    expect(outcomeChannels('bloed-bij-ontlasting')).toMatchObject({ 'o-today': 'gp-today', 'o-thinners': 'gp-today' });
    expect(nodes['o-e-consult']).toMatchObject({ thuisarts: expect.arrayContaining(['ik-heb-aambeien']) });
  });
});
