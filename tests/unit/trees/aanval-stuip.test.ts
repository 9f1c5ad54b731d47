/**
 * A seizure: long or repeated seizures, pregnancy, fever with a stiff neck and poisoning are 112;
 * withdrawal, diabetes, injury and babies the GP now; then fever in children, a first seizure and
 * known epilepsy. Spec: decision-trees/specs/aanval-stuip.json.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('aanval-stuip: what a row cannot say', () => {
  it('the sugar outcome tells to give nothing by mouth and call 112 when swallowing fails', () => {
    expect(content.texts.nl!['aanval-stuip']!['o-sugar.safety-net']).toMatch(/niets te eten of te drinken en bel meteen 112/);
  });
});
