/**
 * Allergic reactions: anaphylaxis (112) and a swollen face (GP now) first; then an earlier severe reaction, a new
 * medicine (GP today), hives after food or a sting (self-care and an e-consult) and hives for over 6 weeks.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('allergische-reactie: texts', () => {
  // Review 2026-12-04, allergische-reactie, lay-language: "antihistaminicum" is jargon.
  it('no text says "antihistaminicum"; the allergy tablet is named with examples', () => {
    for (const language of ['nl', 'en'] as const) {
      const texts = Object.values(content.texts[language]!['allergische-reactie']!).join(' ');
      expect(texts).not.toMatch(/antihistamin/i);
    }
    expect(content.texts.nl!['allergische-reactie']!['o-self-care.what']).toMatch(/tablet tegen allergie.*cetirizine/);
  });

  it('the swelling question names the ACE inhibitors and counts swelling without bumps', () => {
    const nl = content.texts.nl!['allergische-reactie']!;
    expect(nl['q-swelling.explanation']).toMatch(/ACE-remmers/);
    expect(nl['q-swelling.hint']).toMatch(/geen jeukende bultjes/);
  });
});
