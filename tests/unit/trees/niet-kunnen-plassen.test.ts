import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('niet-kunnen-plassen: order, channels and texts', () => {
  // Review 2026-12-04, cauda equina (see the cauda equina vignettes): the nerve signs are asked before the calmer questions, and
  // as "any one of", not as a compound.
  it('q-cauda comes before every calmer question, and its hint names saddle numbness, bladder feeling, weak legs and back pain', () => {
    const tree = content.planned.get('niet-kunnen-plassen')!.tree;
    const retention = tree.nodes['q-retention'];
    expect(retention?.type === 'question' && retention.next.otherwise).toBe('q-cauda');
    const nl = content.texts.nl!['niet-kunnen-plassen']!['q-cauda.hint'] ?? '';
    for (const word of ['anus', 'blaas', 'benen', 'rugpijn']) expect(nl).toContain(word);
  });

  it('the outcomes link the Thuisarts page that fits them; the nerve signs go to the GP or post now', () => {
    const nodes = content.planned.get('niet-kunnen-plassen')!.tree.nodes;
    expect(nodes['o-urgent']).toMatchObject({ thuisarts: expect.arrayContaining(['ik-kan-opeens-niet-meer-plassen-man']) });
    expect(nodes['o-next-day']).toMatchObject({ thuisarts: ['ik-heb-problemen-met-plassen-man'] });
    expect(nodes['o-nerves']).toMatchObject({ channel: 'urgent-gp', thuisarts: ['ik-heb-rug-hernia'] });
  });
});
