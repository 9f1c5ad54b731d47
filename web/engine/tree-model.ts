/**
 * What the browser runs of the tree format (web/engine/tree-schema.ts defines it, with zod, and
 * its types are inferred there): its constants and small helpers. No zod here, so the first
 * question does not carry it; tree-schema.ts builds its schemas from these constants.
 */
/** The tree format's version; older files are migrated forward on load (migrate-tree.ts). */
export const SCHEMA_VERSION = 2;

/** NTS urgency levels, most urgent first (index = rank). */
export const URGENCIES = ['U0', 'U1', 'U2', 'U3', 'U4', 'U5'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** What kind of care an outcome asks for; care routing (web/care/: practice, moment) turns it into an action. */
export const CHANNELS = [
  'emergency-112',
  'crisis-113',
  'urgent-gp',
  'gp-today',
  'gp-next-working-day',
  'own-practice',
  'e-consult',
  'app-prescription',
  'verkennend-gesprek',
  'helpdesk-digitale-zorg',
  'self-care',
  'social-domain',
  'pharmacy',
  /** The verloskundige: pregnancy, labour and the first week after birth; her urgent line answers day and night. */
  'midwife',
  /** Centrum Seksueel Geweld: after rape or sexual assault, day and night, national number. */
  'sexual-violence-centre',
  /** The own dentist in office hours, the tandartsenspoedpost outside them. */
  'dentist',
  /** Terminal care at home: the GP or the post, with the home-care or palliative team the practice names. */
  'palliative-care',
  'medical-triage',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Who a complaint tree is written for: a baby (under 1 year), a child (1 to 18), an adult (from 16). */
export const AUDIENCES = ['baby', 'child', 'adult'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Sex at birth, where a tree concerns only one (pregnancy, the testicles); "anders" is no answer here and sees every tree. */
export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

/** Option lists used so often that trees may name them instead of spelling them out. */
export const OPTION_PRESETS = {
  'yes-no': ['yes', 'no'],
  'yes-no-unknown': ['yes', 'no', 'unknown'],
} as const;
export type OptionPreset = keyof typeof OPTION_PRESETS;

/** Areas of the body the complaint picker groups trees by; labels in content:bodyArea.<id>. */
export const BODY_AREAS = [
  'general',
  'head',
  'eyes',
  'ears-nose-throat-mouth',
  'chest-breathing',
  'heart-circulation',
  'abdomen',
  'urinary-genital',
  'pregnancy',
  'back-joints-limbs',
  'skin',
  'injury',
  'mind',
  'baby',
] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

/** An option of a choice question (the shape tree-schema.ts checks). */
interface OptionShape {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
}

/** The options of a choice question, with presets spelled out. */
export function optionsOf(question: { readonly options: readonly OptionShape[] | OptionPreset }): readonly OptionShape[] {
  if (typeof question.options !== 'string') return question.options;
  return OPTION_PRESETS[question.options].map((optionId) => ({ id: optionId, label: `common:answer.${optionId}` }));
}

/** Lower rank = more urgent. A hand-over without urgency ranks as unknown (after U5) for sorting only. */
export function urgencyRank(urgency: Urgency | undefined): number {
  return urgency === undefined ? URGENCIES.length : URGENCIES.indexOf(urgency);
}
