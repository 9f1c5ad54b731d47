import { describe, expect, it } from 'vitest';
import { content, triage } from './harness.ts';

const noCrisis = { 'q-acting': 'no', 'q-plan': 'no', 'q-unsafe': 'no' } as const;

describe('gedachten-aan-zelfmoord', () => {
  it('field case: suicidal thoughts with a plan → 113/112 now', () => {
    const result = triage('gedachten-aan-zelfmoord', { age: '18-to-65-years', answers: { 'q-acting': 'no', 'q-plan': 'yes' } });
    expect(result.id).toBe('o-113');
    expect(result.outcome.channel).toBe('crisis-113');
    expect(result.outcome.urgency).toBe('U1');
  });

  it('a partner who found someone after taking a handful of pills: 112 now', () => {
    const result = triage('gedachten-aan-zelfmoord', { age: '18-to-65-years', answers: { 'q-acting': 'yes' } });
    expect(result.id).toBe('o-112');
    expect(result.outcome.channel).toBe('emergency-112');
  });

  it('a parent who does not know whether their 15-year-old has taken something: 112 now', () => {
    expect(triage('gedachten-aan-zelfmoord', { age: '12-to-16-years', answers: { 'q-acting': 'unknown' } }).id).toBe('o-112');
  });

  it('someone unsure whether there is a plan: 113 now', () => {
    expect(triage('gedachten-aan-zelfmoord', { age: '18-to-65-years', answers: { 'q-acting': 'no', 'q-plan': 'unknown' } }).id).toBe(
      'o-113',
    );
  });

  it('a 19-year-old alone at night, afraid of not keeping safe, no plan: 113 now', () => {
    const answers = { 'q-acting': 'no', 'q-plan': 'no', 'q-unsafe': 'yes' };
    expect(triage('gedachten-aan-zelfmoord', { age: '18-to-65-years', answers }).id).toBe('o-113');
  });

  // Updated in 0.2.0: the path now also asks q-voices, q-others and q-attempt (review: missing red flags).
  it('a 40-year-old with recurring thoughts of death, no plan, feels safe: GP today, never self-care', () => {
    const answers = { ...noCrisis, 'q-voices': 'no', 'q-others': 'no', 'q-attempt': 'no' };
    const result = triage('gedachten-aan-zelfmoord', { age: '18-to-65-years', answers });
    expect(result.id).toBe('o-gp-today');
    expect(result.outcome.urgency).toBe('U3');
  });

  // Review 2026-12-04, gedachten-aan-zelfmoord, under-triage: q-plan/q-unsafe → o-113 only, with no word on
  // the GP or the post. Thuisarts "Ik heb een ernstige psychische crisis": call the GP, out of hours the
  // huisartsenpost; the GP calls in the crisis service. 113 stays the first line.
  it('a plan → 113 now, and the outcome also names the GP and the huisartsenpost, who can call in the crisis service', () => {
    const result = triage('gedachten-aan-zelfmoord', { age: '18-to-65-years', answers: { 'q-acting': 'no', 'q-plan': 'yes' } });
    expect(result.id).toBe('o-113');
    for (const lang of ['nl', 'en'] as const) {
      const texts = content.texts[lang]!['gedachten-aan-zelfmoord']!;
      const advice = result.outcome.advice.map((key) => texts[key] ?? '').join(' ');
      expect(advice).toContain('0800-0113');
      expect(advice).toMatch(lang === 'nl' ? /huisartsenpost/ : /out-of-hours GP service/);
      expect(advice).toMatch(lang === 'nl' ? /crisisdienst/ : /crisis service/);
    }
  });

  // Review: missing red flag "psychosis/command voices". Thuisarts crisis page and the Kamerbrief acute GGZ:
  // a psychosis goes to the GP or post, who call in the crisis service (U2), never only to a helpline.
  it('a 23-year-old who hears voices telling him to harm himself, no plan, says he feels safe: GP or post now (U2)', () => {
    const result = triage('gedachten-aan-zelfmoord', { age: '18-to-65-years', answers: { ...noCrisis, 'q-voices': 'yes' } });
    expect(result.id).toBe('o-crisis');
    expect(result.outcome.urgency).toBe('U2');
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('a mother who does not know whether her 15-year-old hears voices: escalates to the crisis route', () => {
    expect(triage('gedachten-aan-zelfmoord', { age: '12-to-16-years', answers: { ...noCrisis, 'q-voices': 'unknown' } }).id).toBe(
      'o-crisis',
    );
  });

  // Review: missing red flag "danger to others". Thuisarts crisis page: threatening danger to people around
  // you is a crisis; the GP or post calls in the crisis service, 112 for immediate danger.
  it('a 45-year-old with suicidal thoughts who is afraid he will hurt his partner: GP or post now (U2)', () => {
    const answers = { ...noCrisis, 'q-voices': 'no', 'q-others': 'yes' };
    const result = triage('gedachten-aan-zelfmoord', { age: '18-to-65-years', answers });
    expect(result.id).toBe('o-crisis');
    expect(result.outcome.urgency).toBe('U2');
  });

  // Review: missing red flag "previous attempt". Richtlijn Suïcidaal gedrag (persoonskenmerken): an earlier
  // attempt is an important risk indicator; with thoughts now, the GP within the hour instead of later today.
  it('a 52-year-old man with thoughts of suicide who tried once before, no plan, feels safe: call the GP now (U2)', () => {
    const answers = { ...noCrisis, 'q-voices': 'no', 'q-others': 'no', 'q-attempt': 'yes' };
    const result = triage('gedachten-aan-zelfmoord', { age: '18-to-65-years', answers });
    expect(result.id).toBe('o-gp-now');
    expect(result.outcome.urgency).toBe('U2');
    expect(result.outcome.channel).toBe('urgent-gp');
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
