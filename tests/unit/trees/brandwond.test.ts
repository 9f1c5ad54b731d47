/**
 * Burns: the 112 signs first (airway, high voltage, a large burn), then the signs for a doctor within the hour,
 * then blisters and their place. Red skin alone, of any size, is self-care.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('brandwond: texts', () => {
  it('the self-care outcome for red skin links the Thuisarts sunburn page and names 112 for confusion after sun', () => {
    const outcome = content.planned.get('brandwond')!.tree.nodes['o-self-care'];
    expect(outcome?.type === 'outcome' && outcome.thuisarts).toContain('mijn-huid-is-verbrand-door-zon-wat-moet-ik-doen');
    expect(content.texts.nl!['brandwond']!['o-self-care.safety-net']).toMatch(/112/);
  });

  it('the size question tells people not to count red skin such as sunburn', () => {
    expect(content.texts.nl!['brandwond']!['q-large.hint']).toMatch(/zonnebrand/);
    expect(content.texts.en!['brandwond']!['q-large.hint']).toMatch(/sunburn/);
  });
});
