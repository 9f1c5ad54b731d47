import { describe, expect, it } from 'vitest';
import { content, triage } from './harness.ts';

describe('gedachten-aan-zelfmoord', () => {
  it('field case: suicidal thoughts with a plan → 113/112 now', () => {
    const result = triage('gedachten-aan-zelfmoord', { age: '18-to-70-years', answers: { 'q-acting': 'no', 'q-plan': 'yes' } });
    expect(result.id).toBe('o-113');
    expect(result.outcome.channel).toBe('crisis-113');
    expect(result.outcome.urgency).toBe('U1');
  });

  it('a partner who found someone after taking a handful of pills: 112 now', () => {
    const result = triage('gedachten-aan-zelfmoord', { age: '18-to-70-years', answers: { 'q-acting': 'yes' } });
    expect(result.id).toBe('o-112');
    expect(result.outcome.channel).toBe('emergency-112');
  });

  it('a parent who does not know whether their 15-year-old has taken something: 112 now', () => {
    expect(triage('gedachten-aan-zelfmoord', { age: '12-to-16-years', answers: { 'q-acting': 'unknown' } }).id).toBe('o-112');
  });

  it('someone unsure whether there is a plan: 113 now', () => {
    expect(triage('gedachten-aan-zelfmoord', { age: '18-to-70-years', answers: { 'q-acting': 'no', 'q-plan': 'unknown' } }).id).toBe(
      'o-113',
    );
  });

  it('a 19-year-old alone at night, afraid of not keeping safe, no plan: 113 now', () => {
    const answers = { 'q-acting': 'no', 'q-plan': 'no', 'q-unsafe': 'yes' };
    expect(triage('gedachten-aan-zelfmoord', { age: '18-to-70-years', answers }).id).toBe('o-113');
  });

  it('a 40-year-old with recurring thoughts of death, no plan, feels safe: GP today, never self-care', () => {
    const answers = { 'q-acting': 'no', 'q-plan': 'no', 'q-unsafe': 'no' };
    const result = triage('gedachten-aan-zelfmoord', { age: '18-to-70-years', answers });
    expect(result.id).toBe('o-gp-today');
    expect(result.outcome.urgency).toBe('U3');
  });

  it('every outcome names 113 (0800-0113) in its advice and its safety net, and none is U4/U5', () => {
    const tree = content.planned.get('gedachten-aan-zelfmoord')!.tree;
    const texts = content.texts['nl']!['gedachten-aan-zelfmoord']!;
    for (const node of Object.values(tree.nodes)) {
      if (node.type !== 'outcome') continue;
      expect(['U0', 'U1', 'U2', 'U3']).toContain(node.urgency);
      expect(node.advice.some((key) => texts[key]?.includes('0800-0113'))).toBe(true);
      expect(texts[node.safetyNet]).toContain('0800-0113');
    }
  });
});
