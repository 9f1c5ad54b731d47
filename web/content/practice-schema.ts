/**
 * A practice's own configuration and its region's: phone lines, hours, channels. Everything an
 * outcome needs to become one concrete action. Validated at build and at load.
 */
import * as z from 'zod/mini';

const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by "-"'));
/** Dutch phone numbers as people write them: digits, spaces and one dash. */
const phone = z.string().check(z.regex(/^(0\d{1,3}-?\s?\d[\d ]{4,9}|112|113)$/, 'a Dutch phone number such as 030-123 4567'));
const url = z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'an https:// address'));
const time = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 08:00'));
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-12-24'));
const periods = z.array(z.strictObject({ from: time, to: time }));
/** A named service with its phone line. */
const service = z.strictObject({ name: z.string().check(z.minLength(1)), phone });

export const RegionSchema = z.strictObject({
  $comment: z.optional(z.string()),
  id,
  name: z.string().check(z.minLength(1)),
  spoedpost: z.strictObject({ name: z.string().check(z.minLength(1)), phone }),
  /** Whether Goede Vrijdag and Bevrijdingsdag count as ANW in this region. */
  holidays: z.strictObject({ goodFriday: z.boolean(), liberationDay: z.boolean() }),
  verkennendGesprek: z.strictObject({
    /** Today it needs the GP; some regions let people register themselves. */
    mode: z.enum(['via-gp', 'self-registration']),
    url: z.optional(url),
    phone: z.optional(phone),
  }),
  socialDomain: z.strictObject({ name: z.string().check(z.minLength(1)), phone: z.optional(phone), url: z.optional(url) }),
  helpdesk: z.strictObject({ name: z.string().check(z.minLength(1)), phone, url: z.optional(url) }),
  /** The tandartsenspoedpost: urgent dental problems outside office hours. */
  dentalEmergency: z.optional(service),
  /** The dienstapotheek: the pharmacy on duty outside office hours. */
  pharmacyOnDuty: z.optional(service),
});

export const PracticeSchema = z.strictObject({
  $comment: z.optional(z.string()),
  id,
  name: z.string().check(z.minLength(1)),
  region: id,
  phones: z.strictObject({
    /** For urgent problems in office hours. */
    urgent: phone,
    /** The normal line (appointments, questions). */
    normal: phone,
    /** A call-back request line, where the practice has one. */
    callback: z.optional(phone),
  }),
  hours: z.strictObject({
    mon: z.optional(periods),
    tue: z.optional(periods),
    wed: z.optional(periods),
    thu: z.optional(periods),
    fri: z.optional(periods),
    sat: z.optional(periods),
    sun: z.optional(periods),
  }),
  closingDays: z.array(date),
  /** Absent: the practice has no e-consult, and the app never offers one. */
  eConsult: z.optional(z.strictObject({ url, portalName: z.string().check(z.minLength(1)) })),
  /** Repeat prescriptions: through the portal, or the pharmacy's repeat service. */
  repeatPrescription: z.strictObject({ via: z.enum(['portal', 'pharmacy', 'phone']), url: z.optional(url), phone: z.optional(phone) }),
  pharmacy: service,
  /** The midwives' practice the GP works with (their urgent line answers day and night); a pregnant person's own comes first. */
  midwife: z.optional(service),
  /** The home-care or palliative team the practice works with for care at the end of life. */
  palliativeTeam: z.optional(service),
  /** Apps on prescription the practice offers (ids from content/apps.json). */
  apps: z.array(id),
  acceptsNewPatients: z.boolean(),
  registrationUrl: z.optional(url),
});

export type Region = z.infer<typeof RegionSchema>;
export type Practice = z.infer<typeof PracticeSchema>;
