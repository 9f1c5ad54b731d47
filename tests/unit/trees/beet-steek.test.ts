/**
 * Bites and stings: anaphylaxis (112), swelling of the face away from the sting and snake bites (GP now) first;
 * then bites, ticks, infection and a skin-only allergic reaction.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('beet-steek: texts', () => {
  it('the 112 question no longer counts a swollen lip, and says a swelling only at the sting is no allergy', () => {
    const nl = content.texts.nl!['beet-steek']!;
    expect(nl['q-anaphylaxis.hint']).not.toMatch(/lippen/);
    expect(nl['q-anaphylaxis.explanation']).toMatch(/lip/);
    expect(nl['q-face.hint']).toMatch(/Kies dan 'Nee'/);
  });
});
