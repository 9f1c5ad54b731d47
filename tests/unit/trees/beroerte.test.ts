/**
 * Signs of a stroke: every deficit that is there now is 112, whatever its start; deficits that came
 * and went (TIA) the GP now; slowly growing weakness the GP today, or now with blood thinners or after
 * a fall. Spec: decision-trees/specs/beroerte.json.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('beroerte: what a row cannot say', () => {
  it('the e-consult safety net still says 112 even if the signs pass', () => {
    expect(content.texts.nl!.beroerte!['o-e-consult.safety-net']).toMatch(/Bel ook 112 als het weer overgaat/);
    expect(content.texts.en!.beroerte!['o-e-consult.safety-net']).toMatch(/Call 112 even if it passes/);
  });
});
