import { describe, expect, it } from 'vitest';
import { content, triage } from '../harness.ts';

const adult = '18-to-65-years';
/** No shock signs, no sudden severe pain: the cauda equina question comes next. */
const noShock = { 'q-shock': 'no', 'q-sudden': 'no' } as const;
/** Also no cauda equina signs: the serious-cause list comes next. */
const noRedFlags = { ...noShock, 'q-cauda': 'no' } as const;
/** Also no fever, cancer, trauma or low immunity, no blood thinners, no weak leg: the pain score comes next. */
const calm = { ...noRedFlags, 'q-serious': 'no', 'q-thinners': 'no', 'q-leg': 'no' } as const;

describe('rugpijn: texts and links', () => {
  const nl = (key: string) => content.texts.nl!['rugpijn']![key];
  it('the calm path links to the Thuisarts back pain page', () => {
    expect(triage('rugpijn', { age: adult, answers: { ...calm, 'q-pain': 6, 'q-weeks': 0 } }).outcome.thuisarts).toContain(
      'ik-heb-pijn-onderrug',
    );
  });
  it('the blood-thinner question uses the shared text, and its outcome warns against ibuprofen-like painkillers', () => {
    expect(content.planned.get('rugpijn')!.tree.nodes['q-thinners']).toMatchObject({ text: 'common:risk.blood-thinners.text' });
    expect(nl('o-thinners.meanwhile')).toContain('ibuprofen');
  });
});
