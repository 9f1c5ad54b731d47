import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

describe('anticonceptie', () => {
  it('field case: which contraception is there? → self-care with the Thuisarts page', () => {
    const result = triage('anticonceptie', { age: '18-to-65-years', answers: { 'q-emergency': 'no', 'q-want': 'options' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.channel).toBe('self-care');
    expect(result.outcome.thuisarts).toEqual(['ik-wil-niet-zwanger-worden-welk-voorbehoedmiddel-kan-ik-kiezen']);
  });

  it('a 22-year-old whose condom tore last night: the morning-after pill at the pharmacy', () => {
    const result = triage('anticonceptie', { age: '18-to-65-years', answers: { 'q-emergency': 'yes' } });
    expect(result.id).toBe('o-morning-after');
    expect(result.outcome.channel).toBe('pharmacy');
    expect(result.outcome.urgency).toBe('U4');
    expect(result.outcome.thuisarts).toContain('ik-wil-morning-afterpil-slikken');
  });

  it('a 17-year-old who is not sure whether a forgotten pill matters ("weet ik niet"): the morning-after route', () => {
    expect(triage('anticonceptie', { age: '16-to-18-years', answers: { 'q-emergency': 'unknown' } }).id).toBe('o-morning-after');
  });

  it('a 30-year-old who wants to switch from the pill to an IUD: e-consult', () => {
    const result = triage('anticonceptie', { age: '18-to-65-years', answers: { 'q-emergency': 'no', 'q-want': 'start-or-change' } });
    expect(result.id).toBe('o-e-consult');
    expect(result.outcome.urgency).toBe('U5');
  });

  it('runs without the ABCDE screen (an advice tree has no preamble)', () => {
    expect(() => triage('anticonceptie', { answers: { 'q-breathing': 'no', 'q-emergency': 'no', 'q-want': 'options' } })).toThrow(
      /q-breathing/,
    );
  });
});
