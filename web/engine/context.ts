/**
 * What conditions may know besides the answers: who the question is about and when it is asked.
 * Never a name, BSN or date of birth: an age in years is enough for triage.
 */
import * as z from 'zod/mini';

export const MomentSchema = z.strictObject({
  /** Local date in the Netherlands, YYYY-MM-DD. */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: z.int().check(z.gte(1), z.lte(7)),
  hour: z.int().check(z.gte(0), z.lte(23)),
  minute: z.int().check(z.gte(0), z.lte(59)),
});

export const ContextSchema = z.strictObject({
  /** Years; fractions for babies (0.25 = 3 months). */
  age: z.optional(z.number().check(z.gte(0), z.lte(120))),
  sex: z.optional(z.enum(['female', 'male', 'other'])),
  pregnant: z.optional(z.boolean()),
  moment: z.optional(MomentSchema),
});

export type Moment = z.infer<typeof MomentSchema>;
export type Context = z.infer<typeof ContextSchema>;

/** The `var` names a condition may read from the context. */
export const CONTEXT_VARS = [
  'context.age',
  'context.sex',
  'context.pregnant',
  'context.moment.date',
  'context.moment.weekday',
  'context.moment.hour',
  'context.moment.minute',
] as const;

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
