/**
 * Vaginal blood loss. Review 2026-12-04 (needs work): no question on sexual violence or blood
 * thinners, and every pregnancy got U3. The weeks came in 0.2.0; this version adds the Centrum
 * Seksueel Geweld, the shared anticoagulants-bleeding module, and splits "pregnant and pain".
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('vaginaal-bloedverlies: texts and shared questions', () => {
  const nl = content.texts.nl!['vaginaal-bloedverlies']!;
  const tree = content.planned.get('vaginaal-bloedverlies')!.tree;
  it('the violence outcome names the Centrum Seksueel Geweld and its number, with 112 for danger', () => {
    expect(nl['o-violence.title']).toMatch(/Centrum Seksueel Geweld.*0800-0188/);
    expect(nl['o-violence.safety-net']).toMatch(/112/);
  });
  it('q-thinners uses the shared blood-thinner texts', () => {
    expect(tree.nodes['q-thinners']).toMatchObject({ text: 'common:risk.blood-thinners.text', hint: 'common:risk.blood-thinners.hint' });
  });
});
