import { describe, expect, it } from 'vitest';
import { urgencyRank } from '../../../web/engine/tree-model.ts';
import { adviceText, content, outcomeChannels } from '../harness.ts';

describe('gedachten-aan-zelfmoord: outcomes and texts', () => {
  it('113 is the crisis line, 112 the emergency number, the crisis route and an earlier attempt go to the GP or post', () => {
    expect(outcomeChannels('gedachten-aan-zelfmoord')).toMatchObject({
      'o-113': 'crisis-113',
      'o-112': 'emergency-112',
      'o-crisis': 'urgent-gp',
      'o-gp-now': 'urgent-gp',
    });
  });

  // Review 2026-12-04, gedachten-aan-zelfmoord, under-triage: q-plan/q-unsafe → o-113 only, with no word on
  // the GP or the post. Thuisarts "Ik heb een ernstige psychische crisis": call the GP, out of hours the
  // huisartsenpost; the GP calls in the crisis service. 113 stays the first line.
  it('o-113 (a plan) also names the GP and the huisartsenpost, who can call in the crisis service', () => {
    for (const lang of ['nl', 'en'] as const) {
      const advice = adviceText('gedachten-aan-zelfmoord', 'o-113', lang);
      expect(advice).toContain('0800-0113');
      expect(advice).toMatch(lang === 'nl' ? /huisartsenpost/ : /out-of-hours GP service/);
      expect(advice).toMatch(lang === 'nl' ? /crisisdienst/ : /crisis service/);
    }
  });

  it('every outcome names 113 (0800-0113) in its advice and its safety net, and none is U4/U5', () => {
    const tree = content.planned.get('gedachten-aan-zelfmoord')!.tree;
    const texts = content.texts['nl']!['gedachten-aan-zelfmoord']!;
    for (const [id, node] of Object.entries(tree.nodes)) {
      if (node.type !== 'outcome') continue;
      expect(urgencyRank(node.urgency), `${id} is ${node.urgency}`).toBeLessThanOrEqual(urgencyRank('U3'));
      expect(node.advice.some((key) => texts[key]?.includes('0800-0113'))).toBe(true);
      expect(texts[node.safetyNet]).toContain('0800-0113');
    }
  });
});
