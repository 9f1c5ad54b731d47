import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('keelpijn: outcomes', () => {
  it('each outcome goes through its channel and links "Ik heb keelpijn", or "Mijn kind heeft keelpijn" for a child', () => {
    const nodes = content.planned.get('keelpijn')!.tree.nodes;
    expect(nodes['o-urgent']).toMatchObject({ channel: 'urgent-gp' });
    expect(nodes['o-e-consult']).toMatchObject({ channel: 'e-consult', thuisarts: ['ik-heb-keelpijn'] });
    expect(nodes['o-self-care']).toMatchObject({ channel: 'self-care', thuisarts: ['ik-heb-keelpijn'] });
    expect(nodes['o-self-care-child']).toMatchObject({ thuisarts: expect.arrayContaining(['mijn-kind-heeft-keelpijn']) });
  });
});
