/**
 * Wounds: bleeding and deep wounds first, then gaping and infected wounds, then tetanus protection for a
 * dirty wound. Only a booster is "within a day"; no or unknown protection, or weak immunity, is the GP today.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('wond: texts and links', () => {
  it('the booster outcome says within a day, not today, and links the Thuisarts tetanus page', () => {
    const outcome = content.planned.get('wond')!.tree.nodes['o-tetanus-booster'];
    expect(outcome?.type === 'outcome' && outcome.thuisarts).toContain('ik-heb-wond-moet-ik-prik-halen-tegen-tetanus');
    expect(content.texts.nl!['wond']!['o-tetanus-booster.why']).toMatch(/binnen een dag/);
    expect(content.texts.nl!['wond']!['o-tetanus-booster.title']).not.toMatch(/vandaag/);
  });

  it('the urgent outcome for a bleeding wound does not tell the person to call 112 for the bleeding they already reported', () => {
    expect(content.texts.nl!['wond']!['o-urgent.safety-net']).not.toMatch(/10 minuten/);
  });
});
