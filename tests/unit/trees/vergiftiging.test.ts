import { describe, expect, it } from 'vitest';
import { content, triage } from '../harness.ts';

const adult = '18-to-65-years';

describe('vergiftiging: outcomes and texts', () => {
  const nl = (key: string) => content.texts.nl!['vergiftiging']![key]!;
  it('the deliberate-overdose outcome names 113', () => {
    const result = triage('vergiftiging', { age: adult, answers: { 'q-battery': 'no', 'q-deliberate': 'yes' } });
    expect(result.outcome.advice).toContain('o-112-deliberate.help');
    expect(nl('o-112-deliberate.help')).toMatch(/113/);
  });
  it('the carbon monoxide outcome tells people to get outside first', () => {
    expect(nl('o-co.title')).toMatch(/naar buiten/);
  });
  it('the low-risk list names silica gel and washing-up liquid, and excludes dishwasher and laundry capsules', () => {
    expect(nl('q-harmless.hint')).toMatch(/silicagel/);
    expect(nl('q-harmless.hint')).toMatch(/afwasmiddel/);
    expect(nl('q-harmless.hint')).toMatch(/Kies nee bij een vaatwastablet/);
  });
});
