/**
 * Palpitations. Review 2026-12-04 judged the tree safe; missing were a family history of sudden
 * death and palpitations on exertion (minor). Both are now in q-warning, before the calm branch.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('hartkloppingen: texts', () => {
  it('the check outcome advises no hard sport until the GP visit', () => {
    expect(content.texts.nl!.hartkloppingen!['o-check.meanwhile']).toMatch(/Sport niet zwaar/);
  });
});
