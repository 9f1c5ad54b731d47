import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('pijn-op-de-borst: texts', () => {
  // Review 2026-12-04, pijn-op-de-borst, missing red flag "pain earlier that has stopped": the question counts signs
  // that passed, and sweating (before only in the ABCDE screen) is in its list.
  it('q-heart-signs asks about signs now or earlier ("had je") and names sweating', () => {
    expect(content.texts.nl!['pijn-op-de-borst']!['q-heart-signs.text']).toMatch(/had je/);
    expect(content.texts.nl!['pijn-op-de-borst']!['q-heart-signs.hint']).toMatch(/zweet/);
    expect(content.texts.en!['pijn-op-de-borst']!['q-heart-signs.hint']).toMatch(/sweating/);
  });
});
