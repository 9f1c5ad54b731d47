import { describe, expect, it } from 'vitest';
import { content, triage } from './harness.ts';

const adult = '18-to-65-years';
/** No full bladder and no nerve signs: since 0.2.0 every calmer path also answers q-cauda. */
const noUrgent = { 'q-retention': 'no', 'q-cauda': 'no' } as const;

describe('niet-kunnen-plassen', () => {
  it('a 72-year-old man who has not peed for 8 hours with a painful full bladder: call the GP now (U2)', () => {
    const result = triage('niet-kunnen-plassen', { age: '70-years-or-older', answers: { 'q-retention': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
    expect(result.outcome.thuisarts).toContain('ik-kan-opeens-niet-meer-plassen-man');
  });

  it('"weet ik niet" on a full bladder that will not empty escalates', () => {
    expect(triage('niet-kunnen-plassen', { age: adult, answers: { 'q-retention': 'unknown' } }).id).toBe('o-urgent');
  });

  // Updated in 0.2.0: the path now also asks q-cauda (review: missing cauda equina red flag).
  it('a 60-year-old man with difficulty peeing and a fever: GP today', () => {
    expect(triage('niet-kunnen-plassen', { age: adult, answers: { ...noUrgent, 'q-today': 'yes' } }).id).toBe('o-today');
  });

  // Updated in 0.2.0: the path now also asks q-cauda.
  it('a 65-year-old man with a weak stream and dribbling for months: GP appointment', () => {
    const result = triage('niet-kunnen-plassen', { age: adult, answers: { ...noUrgent, 'q-today': 'no', 'q-weeks': 'yes' } });
    expect(result.id).toBe('o-next-day');
    expect(result.outcome.thuisarts).toEqual(['ik-heb-problemen-met-plassen-man']);
  });

  // Updated in 0.2.0: the path now also asks q-cauda.
  it('a 40-year-old with a slow start for a couple of days, no other signs: e-consult', () => {
    expect(triage('niet-kunnen-plassen', { age: adult, answers: { ...noUrgent, 'q-today': 'no', 'q-weeks': 'no' } }).id).toBe(
      'o-e-consult',
    );
  });

  // Review 2026-12-04, niet-kunnen-plassen, missing red flag "cauda equina" and under-triage of difficult voiding with
  // new back pain or saddle numbness to o-e-consult. NHG-Standaard Lumbosacraal radiculair syndroom: a suspected cauda
  // equina syndrome is referred at once. Royal Free NHS leaflet: any combination of these signs means the emergency
  // department now.
  it('a 45-year-old with a slow stream since yesterday, new low back pain and a numb feeling between the legs: GP or post now (U2)', () => {
    const result = triage('niet-kunnen-plassen', { age: adult, answers: { 'q-retention': 'no', 'q-cauda': 'yes' } });
    expect(result.id).toBe('o-nerves');
    expect(result.outcome.urgency).toBe('U2');
    expect(result.outcome.channel).toBe('urgent-gp');
    expect(result.outcome.thuisarts).toEqual(['ik-heb-rug-hernia']);
  });

  // Same finding: "weet ik niet" on the nerve signs counts as present.
  it('a man who cannot tell whether the skin around his anus feels numb: GP or post now', () => {
    expect(triage('niet-kunnen-plassen', { age: adult, answers: { 'q-retention': 'no', 'q-cauda': 'unknown' } }).id).toBe('o-nerves');
  });

  // Same finding: the nerve signs are asked before the calmer questions, and as "any one of", not as a compound.
  it('q-cauda comes before every calmer question, and its hint names saddle numbness, bladder feeling, weak legs and back pain', () => {
    const tree = content.planned.get('niet-kunnen-plassen')!.tree;
    const retention = tree.nodes['q-retention'];
    expect(retention?.type === 'question' && retention.next.otherwise).toBe('q-cauda');
    const nl = content.texts.nl!['niet-kunnen-plassen']!['q-cauda.hint'] ?? '';
    for (const word of ['anus', 'blaas', 'benen', 'rugpijn']) expect(nl).toContain(word);
  });
});
