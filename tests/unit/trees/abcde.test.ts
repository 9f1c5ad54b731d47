/**
 * The shared ABCDE screen that runs before every complaint: each life threat, answered "yes" or
 * "weet ik niet", is 112; all "no" lets the person on to their complaint.
 */
import { describe, expect, it } from 'vitest';
import { ABCDE_CLEAR, content, vignetteRows } from '../harness.ts';

describe('abcde: the table covers the screen', () => {
  it('every life-threat question has a row', () => {
    const asked = new Set(
      vignetteRows('abcde').flatMap((row) =>
        Object.entries(row.answers)
          .filter(([, a]) => a !== 'no')
          .map(([q]) => q),
      ),
    );
    expect([...asked].sort()).toEqual(Object.keys(ABCDE_CLEAR).sort());
    expect(content.planned.get('abcde')!.tree.start).toBe('q-breathing');
  });
});
