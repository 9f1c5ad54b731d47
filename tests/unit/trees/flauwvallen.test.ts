/**
 * Fainting. Review 2026-12-04 (needs work): belly pain or possible pregnancy (ectopic), black
 * stool, severe headache, breathlessness and family history of sudden death were not asked, and
 * the safety nets disagreed about fainting on exertion (GP in one, 112 in another).
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('flauwvallen: safety nets agree with the triage', () => {
  const nl = content.texts.nl!.flauwvallen!;
  const en = content.texts.en!.flauwvallen!;
  // Review 2026-12-04: o-self-care said "bel huisarts" for fainting on exertion, o-next-day said 112.
  it('self-care and next-day name the same limits: 112 for chest pain, headache, breathlessness; GP at once for exertion', () => {
    for (const texts of [nl, en]) {
      expect(texts['o-self-care.safety-net']!.slice(0, 160)).toBe(texts['o-next-day.safety-net']!.slice(0, 160));
    }
    const lines = nl['o-self-care.safety-net']!.split('\n');
    /** The lead line of the list that holds this item. */
    const leadOf = (item: string) => lines.slice(0, lines.indexOf(`- ${item}`)).findLast((line) => !line.startsWith('- '));
    expect(leadOf('tijdens sporten')).toMatch(/huisarts/);
    expect(leadOf('tijdens sporten')).not.toMatch(/112/);
    for (const sign of ['pijn op de borst', 'heel erge hoofdpijn', 'benauwdheid']) expect(leadOf(sign)).toMatch(/^Bel 112 als/);
  });
  it('q-thinners uses the shared blood-thinner texts', () => {
    expect(content.planned.get('flauwvallen')!.tree.nodes['q-thinners']).toMatchObject({ text: 'common:risk.blood-thinners.text' });
  });
});
