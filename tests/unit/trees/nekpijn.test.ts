/**
 * Neck pain: fever with a stiff neck and a dangerous accident (or nerve signs after one) are 112;
 * then age after a fall, pain, a trapped nerve and duration. Spec: decision-trees/specs/nekpijn.json.
 */
import { describe, expect, it } from 'vitest';
import { content, triage } from '../harness.ts';

/** No fever with a stiff neck, no accident or fall. */
const noInjury = { 'q-meningitis': 'no', 'q-accident': 'no' } as const;

describe('nekpijn: what a row cannot say', () => {
  it('self-care links the Thuisarts neck pain page', () => {
    const result = triage('nekpijn', { age: '18-to-65-years', answers: { ...noInjury, 'q-pain': 5, 'q-arm': 'no', 'q-weeks': 0 } });
    expect(result.outcome.thuisarts).toContain('ik-heb-nekpijn');
  });
  it('the 112 outcome after an accident tells the person to keep the head and neck still', () => {
    const result = triage('nekpijn', {
      age: '18-to-65-years',
      answers: { 'q-meningitis': 'no', 'q-accident': 'yes', 'q-accident-danger': 'yes' },
    });
    expect(result.outcome.advice).toContain('o-112.meanwhile');
    expect(content.texts.nl!.nekpijn!['o-112.meanwhile']).toMatch(/Beweeg je hoofd en nek niet/);
  });
});
