import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

describe('brandwond', () => {
  it('an electrician with a burn from a shock: urgent GP', () => {
    const result = triage('brandwond', { age: '18-to-65-years', answers: { 'q-cause': 'yes' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.channel).toBe('urgent-gp');
  });

  it('a toddler who pulled a cup of hot tea over the chest, larger than the palm: urgent GP', () => {
    expect(triage('brandwond', { age: '1-to-4-years', answers: { 'q-cause': 'no', 'q-place': 'yes' } }).id).toBe('o-urgent');
  });

  it('a parent who does not know how big the burn is ("weet ik niet"): urgent', () => {
    expect(triage('brandwond', { age: '4-to-12-years', answers: { 'q-cause': 'no', 'q-place': 'unknown' } }).id).toBe('o-urgent');
  });

  it('a 6-month-old with a small red burn on the arm: urgent GP, because a baby under 1 year', () => {
    const result = triage('brandwond', { age: '3-to-12-months', answers: { 'q-cause': 'no', 'q-place': 'no' } });
    expect(result.id).toBe('o-urgent');
    expect(result.outcome.urgency).toBe('U2');
  });

  it('a 30-year-old with a blister on the forearm from the oven: GP today', () => {
    const result = triage('brandwond', { age: '18-to-65-years', answers: { 'q-cause': 'no', 'q-place': 'no', 'q-blisters': 'yes' } });
    expect(result.id).toBe('o-today');
    expect(result.outcome.channel).toBe('gp-today');
  });

  it('a 40-year-old with only red skin on the forearm from steam: self-care (cool 20 minutes)', () => {
    const result = triage('brandwond', { age: '18-to-65-years', answers: { 'q-cause': 'no', 'q-place': 'no', 'q-blisters': 'no' } });
    expect(result.id).toBe('o-self-care');
    expect(result.outcome.thuisarts).toEqual(['ik-heb-me-verbrand', 'mijn-kind-heeft-zich-verbrand']);
  });
});
