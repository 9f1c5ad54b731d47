/**
 * The decision-tree format, defined once. Every tree file is parsed with `TreeSchema` at build
 * time (and a saved session's trees on the device); all tree types are inferred from it. The
 * browser never parses a built tree with it: the build checked it, and the content hash in its
 * address proves it arrived unchanged (web/app/data-files.ts). What the browser runs of the format
 * (its constants and helpers) is tree-model.ts, without zod.
 */
import * as z from 'zod/mini';
import { AUDIENCES, BODY_AREAS, CHANNELS, OPTION_PRESETS, SCHEMA_VERSION, SEXES, URGENCIES, type OptionPreset } from './tree-model.ts';

const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by "-"'));
/** An i18next key: "local.key" (the tree's own namespace) or "namespace:key". */
const textKey = z.string().check(z.regex(/^([a-z0-9-]+:)?[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'a text key'));
const semver = z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'a version like 1.2.0'));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-11-23'));

/** json-logic is checked by our own wrapper (allow-list, vars), not by zod. */
const jsonLogic = z.unknown();

export const BranchingSchema = z.strictObject({
  rules: z.optional(z.array(z.strictObject({ when: jsonLogic, goto: id }))),
  otherwise: id,
});

const questionBase = {
  type: z.literal('question'),
  text: textKey,
  hint: z.optional(textKey),
  explanation: z.optional(textKey),
  /** Red-flag questions screen for danger; every path must ask them before any other question. */
  redFlag: z.optional(z.boolean()),
  next: BranchingSchema,
};

export const OptionSchema = z.strictObject({ id, label: textKey, hint: z.optional(textKey) });

export const ChoiceQuestionSchema = z.strictObject({
  ...questionBase,
  input: z.literal('choice'),
  options: z.union([z.array(OptionSchema).check(z.minLength(2)), z.enum(Object.keys(OPTION_PRESETS) as [OptionPreset, ...OptionPreset[]])]),
  /** Option ids that are alarm signs: a path through one of them never ends in self-care. */
  alarm: z.optional(z.array(id)),
});

export const NumberQuestionSchema = z.strictObject({
  ...questionBase,
  input: z.literal('number'),
  min: z.number(),
  max: z.number(),
  step: z.optional(z.number().check(z.positive())),
  unit: z.optional(textKey),
  /** Answers at or above this value are alarm signs (e.g. pain 8 or more). */
  alarmAtLeast: z.optional(z.number()),
  /**
   * The label of the answer for a person who does not know or did not measure ("weet ik niet",
   * "niet gemeten"). Its value is "unknown": rules route it like the most urgent number.
   */
  unknown: z.optional(textKey),
});

export const InfoSchema = z.strictObject({
  type: z.literal('info'),
  title: textKey,
  text: textKey,
  next: BranchingSchema,
});

export const OutcomeSchema = z.strictObject({
  type: z.literal('outcome'),
  /** Absent only on a hand-over to medical triage, whose urgency that triage decides. */
  urgency: z.optional(z.enum(URGENCIES)),
  channel: z.enum(CHANNELS),
  title: textKey,
  advice: z.array(textKey).check(z.minLength(1)),
  safetyNet: textKey,
  /** Ids from content/thuisarts-links.json. */
  thuisarts: z.optional(z.array(id)),
  /** For channel app-prescription: the app's id from content/apps.json. */
  app: z.optional(id),
  /**
   * A U4 problem painful enough that waiting a long weekend is unreasonable: care routing then says
   * "phone the post to discuss" at the start of one (../shared/domain.md §2).
   */
  painful: z.optional(z.boolean()),
});

/** Ends a shared tree (such as the ABCDE screen) and continues with the tree that uses it. */
export const ContinueSchema = z.strictObject({ type: z.literal('continue') });

export const NodeSchema = z.discriminatedUnion('type', [
  z.discriminatedUnion('input', [ChoiceQuestionSchema, NumberQuestionSchema]),
  InfoSchema,
  OutcomeSchema,
  ContinueSchema,
]);

export const ReviewSchema = z.strictObject({
  status: z.enum(['draft', 'approved']),
  reviewers: z.array(z.strictObject({ name: z.string().check(z.minLength(1)), role: z.string().check(z.minLength(1)) })),
  date: z.nullable(isoDate),
  /** The tree version the reviewers approved; an approved tree must still be that version. */
  version: z.nullable(semver),
  notes: z.optional(z.string()),
});

export const TreeSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id,
  schemaVersion: z.literal(SCHEMA_VERSION),
  version: semver,
  /**
   * complaint: a health complaint (runs a shared red-flag screen first); advice: a self-care
   * question that is not a complaint (e.g. which contraception); helpdesk; request: a front-door
   * request; shared: a screen other trees run first.
   */
  kind: z.enum(['complaint', 'advice', 'helpdesk', 'shared', 'request']),
  title: textKey,
  /** Complaint and advice trees: lay words, synonyms and common English words the picker searches, comma-separated. */
  search: z.optional(textKey),
  /** Complaint trees: who the tree is written for (AUDIENCES: baby under 1, child 1 to 18, adult from 16). */
  audience: z.optional(z.array(z.enum(AUDIENCES)).check(z.minLength(1))),
  /** The tree to run instead for a person outside the audience (a baby's link into the adult stomach-ache tree). */
  insteadFor: z.optional(z.partialRecord(z.enum(AUDIENCES), id)),
  /** Only for people of this sex at birth; a person who says "anders" or nothing sees it too. */
  sexes: z.optional(z.array(z.enum(SEXES)).check(z.minLength(1))),
  bodyArea: z.optional(z.enum(BODY_AREAS)),
  review: ReviewSchema,
  /** Shared trees (by id) that run before this one, e.g. the ABCDE screen. */
  preamble: z.optional(z.array(id)),
  start: id,
  /** Named json-logic conditions, used in rules as {"wz:cond": "name"}. */
  conditions: z.optional(z.record(id, jsonLogic)),
  nodes: z.record(id, NodeSchema),
});

export type Tree = z.infer<typeof TreeSchema>;
export type TreeNode = z.infer<typeof NodeSchema>;
export type Branching = z.infer<typeof BranchingSchema>;
export type ChoiceQuestion = z.infer<typeof ChoiceQuestionSchema>;
export type NumberQuestion = z.infer<typeof NumberQuestionSchema>;
export type Question = ChoiceQuestion | NumberQuestion;
export type Info = z.infer<typeof InfoSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
export type Option = z.infer<typeof OptionSchema>;
export type TreeKind = Tree['kind'];
