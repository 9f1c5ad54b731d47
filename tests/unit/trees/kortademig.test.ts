/**
 * Shortness of breath. Review 2026-12-04 (needs work): onset never asked, PE risk factors missing,
 * q-sudden-chest compound (sudden AND a sign), known asthma/COPD worse than usual not escalated,
 * and o-next-day assumed "al langer kortademig". Now: q-signs and q-sudden (together 112, each
 * alone the GP now), q-lung-disease and q-attack, clot risks in q-risk, and q-worse for the course.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('kortademig: texts say only what was asked', () => {
  const nl = content.texts.nl!.kortademig!;
  // Review 2026-12-04: o-next-day said "je bent al langer kortademig", which was never asked.
  it('o-next-day states what the answers showed: not sudden, not quickly worse, not a cold', () => {
    expect(nl['o-next-day.why']).not.toMatch(/al langer/);
    expect(nl['o-next-day.why']).toMatch(/niet opeens/);
  });
  it('sudden onset and the signs are two questions, not one compound', () => {
    const tree = content.planned.get('kortademig')!.tree;
    expect(tree.start).toBe('q-signs');
    expect(tree.nodes['q-sudden-chest']).toBeUndefined();
  });
});
