import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

const adult = '18-to-65-years';
const clear = { 'q-sudden': 'no', 'q-stuck': 'no' };

describe('balzak-penis', () => {
  it('a 25-year-old with sudden severe testicle pain and vomiting (torsion?): call the GP now (U2)', () => {
    const result = triage('balzak-penis', { age: adult, answers: { 'q-sudden': 'yes' } });
    expect(result.id).toBe('o-torsion');
    expect(result.outcome.urgency).toBe('U2');
    expect(result.outcome.thuisarts).toContain('ik-heb-opeens-heftige-pijn-in-mijn-balzak');
  });

  it('"weet ik niet" on sudden testicle pain escalates', () => {
    expect(triage('balzak-penis', { age: '12-to-16-years', answers: { 'q-sudden': 'unknown' } }).id).toBe('o-torsion');
  });

  it('a 4-year-old whose foreskin is stuck behind the swollen glans: call the GP now', () => {
    expect(triage('balzak-penis', { age: '4-to-12-years', answers: { 'q-sudden': 'no', 'q-stuck': 'yes' } }).id).toBe('o-urgent');
  });

  it('a 14-year-old with a testicle that became painful and swollen over the day: torsion until proven otherwise', () => {
    const result = triage('balzak-penis', { age: '12-to-16-years', answers: { ...clear, 'q-swollen': 'yes' } });
    expect(result.id).toBe('o-torsion');
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('a 40-year-old with a painful swollen testicle and fever over two days: GP today', () => {
    const result = triage('balzak-penis', { age: adult, answers: { ...clear, 'q-swollen': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.thuisarts).toContain('ik-heb-bijbal-ontsteking');
  });

  it('a 30-year-old who found a painless lump in a testicle: GP appointment', () => {
    expect(triage('balzak-penis', { age: adult, answers: { ...clear, 'q-swollen': 'no', 'q-next-day': 'yes' } }).id).toBe('o-next-day');
  });

  it('a 35-year-old with an itchy red glans, no discharge: e-consult', () => {
    expect(triage('balzak-penis', { age: adult, answers: { ...clear, 'q-swollen': 'no', 'q-next-day': 'no' } }).id).toBe('o-e-consult');
  });
});
