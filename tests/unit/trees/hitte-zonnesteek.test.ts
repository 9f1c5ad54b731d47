/**
 * Heat: signs of heatstroke and no improvement after half an hour of cooling are 112; not keeping fluids down is
 * the urgent line; babies, people of 70 or older and people with chronic disease call the GP today.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('hitte-zonnesteek: texts', () => {
  // Review 2026-12-04, pattern 7 (label mismatch): o-risk is U3 and may not say "nu".
  it('the risk-group outcome says today, not now', () => {
    const nl = content.texts.nl!['hitte-zonnesteek']!;
    expect(nl['o-risk.title']).toMatch(/vandaag/);
    expect(`${nl['o-risk.title']} ${nl['o-risk.why']}`).not.toMatch(/\bnu\b/);
  });

  it('self-care names the half-hour limit and 112, as NHS advises', () => {
    expect(content.texts.nl!['hitte-zonnesteek']!['o-self-care.safety-net']).toMatch(/half uur.*112/s);
  });
});
