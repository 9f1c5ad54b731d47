/**
 * What conditions may know besides the answers: who the question is about and when it is asked.
 * Never a name, BSN or date of birth: an age in years is enough for triage.
 */
import type { Moment } from './context-schema.ts';
import type { Audience } from './tree-model.ts';

export type { Context, Moment } from './context-schema.ts';

/**
 * The app asks an age band, never a date of birth. Trees compare `context.age` only with these
 * boundaries (years; 0.25 = 3 months); the checker holds them to it. `value` is what a band
 * puts into the context: its lower bound, so "under 1 month" counts as a baby of 0. The bands
 * follow the guidelines' own limits where we have read them: a newborn under 1 month and a baby of
 * 1 to 3 months with fever (NHG-Standaard Kinderen met koorts); 70 for older adults in most trees.
 * 65 is a band of its own so a tree can use it where a guideline does; the NHG-Standaard Acuut
 * hoesten, which one might expect there, draws its line at 75 (our nearest band is 70).
 */
export const AGE_BANDS = [
  { id: 'under-1-month', value: 0 },
  // 0.08 years is one month to the day that matters here: the band only marks where it starts.
  { id: '1-to-3-months', value: 0.08 },
  { id: '3-to-12-months', value: 0.25 },
  { id: '1-to-4-years', value: 1 },
  { id: '4-to-12-years', value: 4 },
  { id: '12-to-16-years', value: 12 },
  { id: '16-to-18-years', value: 16 },
  { id: '18-to-65-years', value: 18 },
  { id: '65-to-70-years', value: 65 },
  { id: '70-years-or-older', value: 70 },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['id'];
/** The audiences an age band belongs to: babies under 1, children from 1 to 18, adults from 16 (16–18 both). */
export function audiencesOf(band: AgeBand): Audience[] {
  const age = AGE_BANDS.find((b) => b.id === band)!.value;
  return [
    ...(age < 1 ? (['baby'] as const) : []),
    ...(age >= 1 && age < 18 ? (['child'] as const) : []),
    ...(age >= 16 ? (['adult'] as const) : []),
  ];
}

/** Whether something written for these audiences (none named: everyone) is for a person of this age band. */
export const fitsAudience = (audience: readonly Audience[] | undefined, band: AgeBand): boolean =>
  !audience?.length || audiencesOf(band).some((one) => audience.includes(one));

export const AGE_BOUNDARIES: readonly number[] = AGE_BANDS.slice(1).map((band) => band.value);

/** The `var` names a condition may read from the context. */
export const CONTEXT_VARS = [
  'context.age',
  'context.sex',
  'context.moment.weekday',
  'context.moment.hour',
  'context.moment.minute',
] as const;

/** What `context.sex` can be: a tree skips a question only on "male" or "female", and asks it on "unknown". */
export const SEX_CONTEXT = ['female', 'male', 'unknown'] as const;

const NL_TIME_ZONE = 'Europe/Amsterdam';

/** The moment of use as Dutch wall-clock time, whatever the device's own time zone. */
export function momentOf(instant: Date): Moment {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: NL_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: weekdays.indexOf(parts.weekday!) + 1,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}
