import { describe, expect, it } from 'vitest';
import { momentOf } from '../../web/engine/context.ts';
import { easterSunday, holidayOn, isOfficeHours, nationalHolidays, nextWorkingDay, weekdayIndex } from '../../web/care/calendar.ts';

const office = { from: '08:00', to: '17:00' };
const practice = { hours: { mon: [office], tue: [office], wed: [office], thu: [office], fri: [office] }, closingDays: ['2026-06-12'] };
const national = { goodFriday: false, liberationDay: false };
const at = (iso: string) => momentOf(new Date(iso));

describe('the Dutch calendar', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('computes Easter %i on %s', (year, date) => expect(easterSunday(year)).toBe(date));

  it('knows every national holiday of 2026, Easter-based ones included', () => {
    expect(nationalHolidays(2026, national).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2026-01-01 newYear',
      '2026-04-05 easterSunday',
      '2026-04-06 easterMonday',
      '2026-04-27 kingsDay',
      '2026-05-14 ascensionDay',
      '2026-05-24 whitSunday',
      '2026-05-25 whitMonday',
      '2026-12-25 christmasDay',
      '2026-12-26 boxingDay',
    ]);
  });

  it('moves Koningsdag to 26 April when 27 April is a Sunday (2025, 2031)', () => {
    expect(weekdayIndex('2025-04-27')).toBe(6);
    expect(holidayOn('2025-04-26', national)?.name).toBe('kingsDay');
    expect(holidayOn('2025-04-27', national)).toBeUndefined();
    expect(holidayOn('2031-04-26', national)?.name).toBe('kingsDay');
  });

  it('counts Goede Vrijdag and Bevrijdingsdag only where the region says so', () => {
    expect(holidayOn('2026-04-03', national)).toBeUndefined();
    expect(holidayOn('2026-04-03', { goodFriday: true, liberationDay: false })?.name).toBe('goodFriday');
    expect(holidayOn('2026-05-05', { goodFriday: false, liberationDay: true })?.name).toBe('liberationDay');
  });
});

describe('office hours or ANW', () => {
  it.each([
    ['Tuesday 10:00', '2026-11-24T10:00:00+01:00', true],
    ['Tuesday 07:30', '2026-11-24T07:30:00+01:00', false],
    ['Tuesday 17:00', '2026-11-24T17:00:00+01:00', false],
    ['Friday 19:00', '2026-11-27T19:00:00+01:00', false],
    ['Saturday 11:00', '2026-11-28T11:00:00+01:00', false],
    ['Christmas Day (a Friday) 10:00', '2026-12-25T10:00:00+01:00', false],
    ['Easter Monday 10:00', '2026-04-06T10:00:00+02:00', false],
    ['Ascension Day 10:00', '2026-05-14T10:00:00+02:00', false],
    ['the practice’s own closing day', '2026-06-12T10:00:00+02:00', false],
  ])('%s', (_, when, expected) => expect(isOfficeHours(at(when), practice, national)).toBe(expected));
});

describe('the next working day', () => {
  it.each([
    ['Tuesday 06:00 → the same Tuesday', '2026-11-24T06:00:00+01:00', '2026-11-24'],
    ['Tuesday 18:00 → Wednesday', '2026-11-24T18:00:00+01:00', '2026-11-25'],
    ['Friday 19:00 → Monday', '2026-11-27T19:00:00+01:00', '2026-11-30'],
    ['Christmas Eve evening 2026 → Monday 28 December', '2026-12-24T20:00:00+01:00', '2026-12-28'],
    ['Thursday before Easter 2026, evening → Goede Vrijdag, a working day by national rules', '2026-04-02T20:00:00+02:00', '2026-04-03'],
    ['Wednesday before Ascension, evening → Friday', '2026-05-13T20:00:00+02:00', '2026-05-15'],
  ])('%s', (_, when, expected) => expect(nextWorkingDay(at(when), practice, national)).toBe(expected));

  it('skips Goede Vrijdag where the region counts it', () => {
    expect(nextWorkingDay(at('2026-04-02T20:00:00+02:00'), practice, { goodFriday: true, liberationDay: false })).toBe('2026-04-07');
  });
});
