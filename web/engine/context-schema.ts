/**
 * The context of a session as zod checks it where the build never saw it: a session saved on the
 * device, and what the simulator is given. The browser's first question does not load this.
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
  /** Years, from the age band (see AGE_BANDS). */
  age: z.optional(z.number().check(z.gte(0), z.lte(120))),
  /** Sex at birth where it was said (SEX_CONTEXT): "unknown" for "anders", nothing said, or a link from outside. */
  sex: z.optional(z.enum(['female', 'male', 'unknown'])),
  moment: z.optional(MomentSchema),
});

export type Moment = z.infer<typeof MomentSchema>;
export type Context = z.infer<typeof ContextSchema>;
