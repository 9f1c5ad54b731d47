import { describe, expect, it } from 'vitest';
import { adviceText, content, outcomeChannels } from '../harness.ts';

describe('vermoeid-na-kanker: order, channels and texts', () => {
  it('the plan question is asked first, before the calmer branches, as in somber-levensproblemen', () => {
    const tree = content.planned.get('vermoeid-na-kanker')!.tree;
    expect(tree.start).toBe('q-suicide');
    const suicide = tree.nodes['q-suicide'];
    expect(suicide?.type === 'question' && suicide.next.rules?.[0]?.goto).toBe('q-plan');
  });

  it('each outcome goes through its channel: urgent GP, 113, GP today, treatment team, Untire app', () => {
    expect(outcomeChannels('vermoeid-na-kanker')).toMatchObject({
      'o-urgent': 'urgent-gp',
      'o-crisis': 'crisis-113',
      'o-talk-today': 'gp-today',
      'o-team': 'e-consult',
      'o-app': 'app-prescription',
    });
    expect(content.planned.get('vermoeid-na-kanker')!.tree.nodes['o-app']).toMatchObject({ app: 'untire' });
  });

  // Review 2026-12-04 (see the thoughts-without-a-plan vignette): the GP talk today names 113 day and night.
  it('the GP talk today for thoughts without a plan names 113 (0800-0113) in nl and en', () => {
    for (const lang of ['nl', 'en'] as const) expect(adviceText('vermoeid-na-kanker', 'o-talk-today', lang)).toContain('0800-0113');
  });
});
