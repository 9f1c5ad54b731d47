/**
 * Swollen or painful leg. Review 2026-12-04 judged the tree safe; missing were the diabetic foot
 * and trauma or a calf tear (a separate tree). Pregnancy is now asked before the leg-clot branch,
 * and the compound questions (ischaemia, one leg) became "any of these".
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('dik-pijnlijk-been: texts', () => {
  const nl = content.texts.nl!['dik-pijnlijk-been']!;
  it('the leg-clot outcome explains a calf tear, and the one-leg hint counts a knock or a snap', () => {
    expect(nl['o-today.injury']).toMatch(/zweepslag/);
    expect(nl['q-one-leg.hint']).toMatch(/tik in je kuit/);
  });
});
