/**
 * From an outcome (how urgent, what kind of care) plus the practice, its region and the moment
 * of use, to one concrete action: who to call or where to go, with the number or link. Rules
 * from ../shared/domain.md §2. Without a (valid) practice, a safe generic action without numbers.
 */
import type { Moment } from '../engine/context.ts';
import type { Channel, Urgency } from '../engine/tree-model.ts';
import type { Practice, Region } from '../content/practice-schema.ts';
import { daysUntil, isOfficeHours, nextWorkingDay, type OpeningHours, type RegionalHolidays } from './calendar.ts';

/** Numbers that are the same everywhere: 112, 113 Zelfmoordpreventie, the Centrum Seksueel Geweld (free, day and night). */
export const NATIONAL = { emergency: '112', suicidePrevention: '0800-0113', sexualViolence: '0800-0188' } as const;

export type Contact =
  | { readonly kind: 'tel'; readonly number: string; readonly name?: string }
  | { readonly kind: 'link'; readonly url: string; readonly name?: string };

export type ActionKind =
  | 'call-112'
  | 'call-113'
  | 'call-practice-urgent'
  | 'call-practice-today'
  | 'call-post'
  | 'call-post-to-discuss'
  | 'contact-practice-today'
  | 'practice-next-working-day'
  | 'e-consult'
  | 'call-practice'
  | 'ask-gp-about-app'
  | 'verkennend-gesprek-register'
  | 'verkennend-gesprek-via-gp'
  | 'helpdesk'
  | 'self-care'
  | 'social-domain'
  | 'pharmacy'
  | 'pharmacy-on-duty'
  | 'call-midwife-now'
  | 'contact-midwife'
  | 'call-sexual-violence-centre'
  | 'contact-sexual-violence-centre'
  | 'call-dental-emergency'
  | 'call-dentist'
  | 'medical-triage';

export interface Action {
  readonly kind: ActionKind;
  /** The big button: call or open. Absent when no number is configured (generic set-up). */
  readonly primary?: Contact;
  /**
   * The second route: the phone beside every digital one (nobody needs to be digitally
   * skilled), or the e-consult beside a phone call.
   */
  readonly alternative?: Contact;
  /** The moment was outside office hours (ANW). */
  readonly anw: boolean;
  /** ANW because today is one of the practice's own closing days (a training day), not evening, night, weekend or holiday. */
  readonly closingDay?: true;
  /** When the own practice can next be reached, "YYYY-MM-DD" (U4 out of hours). */
  readonly nextWorkingDay?: string;
  /** For an app on prescription: the app's id. */
  readonly app?: string;
}

export interface OutcomeForRouting {
  readonly urgency?: Urgency;
  readonly channel: Channel;
  readonly painful?: boolean;
  readonly app?: string;
}

export interface Setting {
  /** Absent: no practice configured (or its configuration was invalid): generic advice. */
  readonly practice?: Practice;
  readonly region?: Region;
}

/** Office hours Monday–Friday 08:00–17:00, for the generic set-up without a practice. */
const GENERIC_HOURS: OpeningHours = {
  hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [{ from: '08:00', to: '17:00' }]])),
  closingDays: [],
};
const NATIONAL_HOLIDAYS: RegionalHolidays = { goodFriday: false, liberationDay: false };

const tel = (number: string | undefined, name?: string): Contact | undefined =>
  number ? { kind: 'tel', number, ...(name ? { name } : {}) } : undefined;
const link = (url: string | undefined, name?: string): Contact | undefined =>
  url ? { kind: 'link', url, ...(name ? { name } : {}) } : undefined;
/** `primary` only when there is a contact to give (a set-up without numbers has none). */
const optional = (contact: Contact | undefined): { primary?: Contact } => (contact ? { primary: contact } : {});

/** Actions whose wording depends on the moment: the page leads with them rather than the tree's title. */
export const TIME_BOUND_ACTIONS: ReadonlySet<ActionKind> = new Set<ActionKind>([
  'call-112',
  'call-113',
  'call-practice-urgent',
  'call-practice-today',
  'call-post',
  'call-post-to-discuss',
  'contact-practice-today',
  'practice-next-working-day',
  'pharmacy-on-duty',
  'call-midwife-now',
  'call-sexual-violence-centre',
  'call-dental-emergency',
]);

/**
 * Closed now for its own reason: the practice would be open at this moment (its hours, not a
 * holiday), but today is one of its closing days. The person is told so, not "evening, night or weekend".
 */
function ownClosingDay(moment: Moment, hours: OpeningHours, holidays: RegionalHolidays): boolean {
  return hours.closingDays.includes(moment.date) && isOfficeHours(moment, { ...hours, closingDays: [] }, holidays);
}

/** A U4 problem counts as "painful at the start of a long weekend" when the practice is 2 or more days away. */
const LONG_WAIT_DAYS = 2;

export function resolveAction(outcome: OutcomeForRouting, setting: Setting, moment: Moment): Action {
  const { practice, region } = setting;
  const hours = practice ? { hours: practice.hours, closingDays: practice.closingDays } : GENERIC_HOURS;
  const holidays = region?.holidays ?? NATIONAL_HOLIDAYS;
  const anw = !isOfficeHours(moment, hours, holidays);
  const post = tel(region?.spoedpost.phone, region?.spoedpost.name);
  const practiceLine = tel(practice?.phones.normal, practice?.name);
  const eConsult = link(practice?.eConsult?.url, practice?.eConsult?.portalName);
  const base: { anw: boolean; closingDay?: true } = anw && ownClosingDay(moment, hours, holidays) ? { anw, closingDay: true } : { anw };

  // Life first: 112 (and 113 for suicidal crisis) whatever the hour.
  if (outcome.channel === 'emergency-112' || outcome.urgency === 'U0' || outcome.urgency === 'U1') {
    if (outcome.channel === 'crisis-113')
      return { ...base, kind: 'call-113', primary: tel(NATIONAL.suicidePrevention), alternative: tel(NATIONAL.emergency) };
    return { ...base, kind: 'call-112', primary: tel(NATIONAL.emergency) };
  }
  if (outcome.channel === 'crisis-113')
    return { ...base, kind: 'call-113', primary: tel(NATIONAL.suicidePrevention), alternative: tel(NATIONAL.emergency) };
  if (outcome.channel === 'medical-triage') return { ...base, kind: 'medical-triage' };

  // Care outside the GP's own lines: these answer on their own terms, not the practice's hours.
  const urgent = outcome.urgency === 'U2' || outcome.urgency === 'U3';
  if (outcome.channel === 'midwife') {
    // The person's own midwife; her urgent line answers day and night. A practice may name the midwives it works with.
    const midwife = tel(practice?.midwife?.phone, practice?.midwife?.name);
    return { ...base, kind: urgent ? 'call-midwife-now' : 'contact-midwife', ...(midwife ? { primary: midwife } : {}) };
  }
  if (outcome.channel === 'sexual-violence-centre') {
    // Within 7 days the centre wants a call at once, day and night; later, in office hours suffices.
    const centre = tel(NATIONAL.sexualViolence, 'Centrum Seksueel Geweld')!;
    return urgent
      ? { ...base, kind: 'call-sexual-violence-centre', primary: centre, alternative: tel(NATIONAL.emergency)! }
      : { ...base, kind: 'contact-sexual-violence-centre', primary: centre, ...(practiceLine ? { alternative: practiceLine } : {}) };
  }
  if (outcome.channel === 'dentist') {
    // Dentists keep office hours like a practice's; outside them only urgent problems go to the tandartsenspoedpost.
    if (anw && urgent)
      return { ...base, kind: 'call-dental-emergency', ...optional(tel(region?.dentalEmergency?.phone, region?.dentalEmergency?.name)) };
    return { ...base, kind: 'call-dentist', ...(anw ? { nextWorkingDay: nextWorkingDay(moment, hours, holidays) } : {}) };
  }
  // At the end of a life the GP or the post stays responsible; the palliative team the practice names comes beside them.
  const team = outcome.channel === 'palliative-care' ? tel(practice?.palliativeTeam?.phone, practice?.palliativeTeam?.name) : undefined;
  const withTeam = team ? { alternative: team } : {};

  // Urgent: the practice in office hours, the post (phone first, never walk in) in ANW.
  if (urgent) {
    if (anw) return { ...base, kind: 'call-post', primary: post, ...withTeam };
    return outcome.urgency === 'U2'
      ? { ...base, kind: 'call-practice-urgent', primary: tel(practice?.phones.urgent, practice?.name), ...withTeam }
      : { ...base, kind: 'call-practice-today', primary: practiceLine, ...withTeam };
  }
  // A palliative question that could wait for the own GP: at the end of a life, waiting is not humane, so the post is asked.
  if (outcome.channel === 'palliative-care')
    return anw
      ? { ...base, kind: 'call-post-to-discuss', primary: post, ...withTeam, nextWorkingDay: nextWorkingDay(moment, hours, holidays) }
      : { ...base, kind: 'call-practice-today', primary: practiceLine, ...withTeam };

  const next = anw ? nextWorkingDay(moment, hours, holidays) : undefined;
  // An e-consult is read on the next working day anyway: at night it is still the calm route, unless painful.
  const timeBound =
    outcome.channel === 'gp-next-working-day' ||
    outcome.channel === 'own-practice' ||
    (outcome.channel === 'e-consult' && (!eConsult || outcome.painful));
  if (outcome.urgency === 'U4' && timeBound) {
    if (!anw) return { ...base, kind: 'contact-practice-today', primary: practiceLine, ...(eConsult ? { alternative: eConsult } : {}) };
    // "U4 niet hier", except a painful problem at the start of a long weekend.
    if (outcome.painful && daysUntil(moment.date, next!) >= LONG_WAIT_DAYS)
      return { ...base, kind: 'call-post-to-discuss', primary: post, nextWorkingDay: next };
    return { ...base, kind: 'practice-next-working-day', primary: practiceLine, nextWorkingDay: next };
  }

  // Not urgent: the calmest fitting channel, always with the phone route beside it.
  const withPhone = (kind: ActionKind, primary: Contact | undefined, phone = practiceLine): Action => ({
    ...base,
    kind,
    ...(primary ? { primary } : {}),
    ...(phone && phone !== primary ? { alternative: phone } : {}),
    ...(next ? { nextWorkingDay: next } : {}),
  });
  switch (outcome.channel) {
    case 'e-consult':
      return eConsult ? withPhone('e-consult', eConsult) : withPhone('call-practice', practiceLine, undefined);
    case 'app-prescription': {
      const offered = !practice || !outcome.app || practice.apps.includes(outcome.app);
      // A practice that does not offer this app: ask the GP what is possible instead.
      return {
        ...withPhone(offered ? 'ask-gp-about-app' : 'call-practice', eConsult ?? practiceLine),
        ...(offered && outcome.app ? { app: outcome.app } : {}),
      };
    }
    case 'verkennend-gesprek':
      return region?.verkennendGesprek.mode === 'self-registration'
        ? withPhone(
            'verkennend-gesprek-register',
            link(region.verkennendGesprek.url) ?? tel(region.verkennendGesprek.phone),
            tel(region.verkennendGesprek.phone) ?? practiceLine,
          )
        : withPhone('verkennend-gesprek-via-gp', eConsult ?? practiceLine);
    case 'helpdesk-digitale-zorg':
      return withPhone(
        'helpdesk',
        link(region?.helpdesk.url, region?.helpdesk.name) ?? tel(region?.helpdesk.phone, region?.helpdesk.name),
        tel(region?.helpdesk.phone, region?.helpdesk.name),
      );
    case 'social-domain':
      return withPhone(
        'social-domain',
        link(region?.socialDomain.url, region?.socialDomain.name) ?? tel(region?.socialDomain.phone, region?.socialDomain.name),
        tel(region?.socialDomain.phone, region?.socialDomain.name) ?? practiceLine,
      );
    case 'pharmacy':
      // Out of hours a U4 question (a medicine that cannot wait until tomorrow) goes to the pharmacy on duty.
      if (anw && outcome.urgency === 'U4')
        return { ...base, kind: 'pharmacy-on-duty', ...optional(tel(region?.pharmacyOnDuty?.phone, region?.pharmacyOnDuty?.name)) };
      return withPhone('pharmacy', tel(practice?.pharmacy.phone, practice?.pharmacy.name), undefined);
    case 'self-care':
      return withPhone('self-care', undefined);
    default:
      return withPhone(eConsult ? 'e-consult' : 'call-practice', eConsult ?? practiceLine, eConsult ? practiceLine : undefined);
  }
}
