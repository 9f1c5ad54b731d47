/**
 * Cold: signs of severe hypothermia or going under in cold water are 112; frostbite, and a baby or older person
 * long in the cold, go to the urgent line; cold fingers that recover are self-care.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('onderkoeling-bevriezing: texts', () => {
  it('the hypothermia question is a list of separate signs, with the baby signs', () => {
    const hint = content.texts.nl!['onderkoeling-bevriezing']!['q-hypothermia.hint']!;
    expect(hint.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(5);
    expect(hint).toMatch(/baby/);
  });
});
