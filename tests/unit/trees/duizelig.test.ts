import { describe, expect, it } from 'vitest';
import { triage } from './harness.ts';

describe('duizelig', () => {
  it('a 66-year-old, dizzy with sudden double vision and slurred speech: 112', () => {
    expect(triage('duizelig', { age: '18-to-65-years', answers: { 'q-alarm': 'yes' } }).id).toBe('o-112');
  });
  it('dizzy and unsure about the other signs (weet ik niet): 112', () => {
    expect(triage('duizelig', { age: '18-to-65-years', answers: { 'q-alarm': 'unknown' } }).id).toBe('o-112');
  });
  it('a 55-year-old, dizzy with a racing irregular heartbeat: call the GP now', () => {
    expect(triage('duizelig', { age: '18-to-65-years', answers: { 'q-alarm': 'no', 'q-heart': 'yes' } }).id).toBe('o-urgent');
  });
  it('a 45-year-old, spinning non-stop since last night and vomiting: GP today', () => {
    expect(triage('duizelig', { age: '18-to-65-years', answers: { 'q-alarm': 'no', 'q-heart': 'no', 'q-ear-constant': 'yes' } }).id).toBe(
      'o-today',
    );
  });
  it('FIELD CASE: positional vertigo, no alarm signs: own GP (e-consult) about the Vertigo Training app', () => {
    const result = triage('duizelig', {
      age: '18-to-65-years',
      answers: { 'q-alarm': 'no', 'q-heart': 'no', 'q-ear-constant': 'no', 'q-positional': 'yes' },
    });
    expect(result.id).toBe('o-app');
    expect(result.outcome.channel).toBe('app-prescription');
    expect(result.outcome.app).toBe('vertigo-training');
    expect(result.outcome.urgency).toBe('U5');
    expect(result.outcome.thuisarts).toContain('ik-heb-last-van-positie-duizeligheid-bppd');
  });
  it('a 74-year-old with brief spinning when turning over in bed: the Vertigo Training app too', () => {
    expect(
      triage('duizelig', {
        age: '70-years-or-older',
        answers: { 'q-alarm': 'no', 'q-heart': 'no', 'q-ear-constant': 'no', 'q-positional': 'yes' },
      }).id,
    ).toBe('o-app');
  });
  it('a 30-year-old light-headed for a moment on standing up: self-care', () => {
    expect(
      triage('duizelig', {
        age: '18-to-65-years',
        answers: { 'q-alarm': 'no', 'q-heart': 'no', 'q-ear-constant': 'no', 'q-positional': 'no', 'q-standing': 'yes' },
      }).id,
    ).toBe('o-self-care');
  });
  it('a 78-year-old light-headed on standing up: e-consult about medicines', () => {
    expect(
      triage('duizelig', {
        age: '70-years-or-older',
        answers: { 'q-alarm': 'no', 'q-heart': 'no', 'q-ear-constant': 'no', 'q-positional': 'no', 'q-standing': 'yes' },
      }).id,
    ).toBe('o-e-consult');
  });
  it('a 50-year-old unsteady for weeks, not positional, not on standing: own GP, not urgent', () => {
    expect(
      triage('duizelig', {
        age: '18-to-65-years',
        answers: { 'q-alarm': 'no', 'q-heart': 'no', 'q-ear-constant': 'no', 'q-positional': 'no', 'q-standing': 'no' },
      }).id,
    ).toBe('o-next-day');
  });
  it('unsure what kind of dizziness (weet ik niet twice): own GP, not self-care', () => {
    expect(
      triage('duizelig', {
        age: '18-to-65-years',
        answers: { 'q-alarm': 'no', 'q-heart': 'no', 'q-ear-constant': 'no', 'q-positional': 'unknown', 'q-standing': 'unknown' },
      }).id,
    ).toBe('o-next-day');
  });
});
