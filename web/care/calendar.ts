/**
 * The Dutch calendar of general practice: national holidays (Easter-based ones computed),
 * office hours versus ANW (avond, nacht, weekend, feestdagen), and the next working day.
 * Dates are plain "YYYY-MM-DD" strings in Dutch local time; no time zone arithmetic here.
 */
import type { Moment } from '../engine/context.ts';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface OpeningHours {
  /** Per weekday, "HH:MM"–"HH:MM" periods when the practice answers the phone. */
  readonly hours: Readonly<Partial<Record<Weekday, readonly { readonly from: string; readonly to: string }[]>>>;
  /** The practice's own closing days (e.g. a training day), "YYYY-MM-DD". */
  readonly closingDays: readonly string[];
}

/** Goede Vrijdag and Bevrijdingsdag count as ANW only where the region says so. */
export interface RegionalHolidays {
  readonly goodFriday: boolean;
  readonly liberationDay: boolean;
}

export interface Holiday {
  readonly date: string;
  /** A key under content:holiday. */
  readonly name: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** Days since 1970-01-01 for a date string; weekday and offsets follow from it. */
function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}
function fromDayNumber(n: number): string {
  const date = new Date(n * 86_400_000);
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
export const addDays = (date: string, days: number) => fromDayNumber(dayNumber(date) + days);
/** 0 = Monday … 6 = Sunday. */
export const weekdayIndex = (date: string) => (((dayNumber(date) + 3) % 7) + 7) % 7;

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

export function nationalHolidays(year: number, regional: RegionalHolidays): Holiday[] {
  const easter = easterSunday(year);
  const kingsDay = weekdayIndex(iso(year, 4, 27)) === 6 ? iso(year, 4, 26) : iso(year, 4, 27);
  const holidays: Holiday[] = [
    { date: iso(year, 1, 1), name: 'newYear' },
    { date: easter, name: 'easterSunday' },
    { date: addDays(easter, 1), name: 'easterMonday' },
    { date: kingsDay, name: 'kingsDay' },
    { date: addDays(easter, 39), name: 'ascensionDay' },
    { date: addDays(easter, 49), name: 'whitSunday' },
    { date: addDays(easter, 50), name: 'whitMonday' },
    { date: iso(year, 12, 25), name: 'christmasDay' },
    { date: iso(year, 12, 26), name: 'boxingDay' },
  ];
  if (regional.goodFriday) holidays.push({ date: addDays(easter, -2), name: 'goodFriday' });
  if (regional.liberationDay) holidays.push({ date: iso(year, 5, 5), name: 'liberationDay' });
  return holidays.sort((a, b) => a.date.localeCompare(b.date));
}

export function holidayOn(date: string, regional: RegionalHolidays): Holiday | undefined {
  return nationalHolidays(Number(date.slice(0, 4)), regional).find((holiday) => holiday.date === date);
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Is the practice open on this date at all (not a weekend without hours, holiday or own closing day)? */
export function isWorkingDay(date: string, practice: OpeningHours, regional: RegionalHolidays): boolean {
  const periods = practice.hours[WEEKDAYS[weekdayIndex(date)]!] ?? [];
  return periods.length > 0 && !holidayOn(date, regional) && !practice.closingDays.includes(date);
}

/** Office hours: the practice itself answers now. Everything else is ANW. */
export function isOfficeHours(moment: Moment, practice: OpeningHours, regional: RegionalHolidays): boolean {
  if (!isWorkingDay(moment.date, practice, regional)) return false;
  const now = moment.hour * 60 + moment.minute;
  const periods = practice.hours[WEEKDAYS[weekdayIndex(moment.date)]!] ?? [];
  return periods.some((period) => now >= minutes(period.from) && now < minutes(period.to));
}

/**
 * The day the own practice can next be reached: today when it still opens later today,
 * otherwise the first working day after. (Tuesday 06:00 → Tuesday; Friday 19:00 → Monday.)
 */
export function nextWorkingDay(moment: Moment, practice: OpeningHours, regional: RegionalHolidays): string {
  const now = moment.hour * 60 + moment.minute;
  const todayPeriods = practice.hours[WEEKDAYS[weekdayIndex(moment.date)]!] ?? [];
  if (isWorkingDay(moment.date, practice, regional) && todayPeriods.some((period) => now < minutes(period.to))) return moment.date;
  for (let offset = 1; offset <= 31; offset++) {
    const date = addDays(moment.date, offset);
    if (isWorkingDay(date, practice, regional)) return date;
  }
  throw new Error('no working day in the next 31 days: check the opening hours');
}

/** Calendar days until the practice opens again, counting from the moment's date (Friday evening → Monday = 3). */
export function daysUntil(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
