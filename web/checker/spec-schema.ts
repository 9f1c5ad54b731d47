/**
 * The clinical specification of a tree (decision-trees/specs/<tree>.json): what its sources say
 * must be asked, and how urgent each alarm sign is at least. Written from the sources first; the
 * checker then holds the tree against it (check-specs.ts). Build-time only: never in the browser.
 */
import * as z from 'zod/mini';
import { URGENCIES } from '../engine/tree-schema.ts';

const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by "-"'));
/** A question of this tree ("q-neck") or of a shared tree it runs first ("abcde:q-breathing"). */
const questionRef = z.string().check(z.regex(/^([a-z0-9-]+:)?[a-z0-9]+(-[a-z0-9]+)*$/, 'a question id, or "<shared tree>:<question id>"'));
const sentence = z.string().check(z.minLength(8), z.maxLength(300));

export const SourceSchema = z.strictObject({
  id,
  /** e.g. "NHG-Standaard Kinderen met koorts", "Thuisarts: Koorts bij kinderen". */
  name: z.string().check(z.minLength(3)),
  url: z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'an https:// address')),
});

/**
 * One question and the answers that express the item. "Weet ik niet" always counts as one of
 * them (an unclear answer escalates). A number question names a bound instead of answers.
 */
export const AskSchema = z.strictObject({
  /** Several ids: the same question asked on different branches (e.g. per age). */
  question: z.union([questionRef, z.array(questionRef).check(z.minLength(1))]),
  answers: z.optional(z.array(id).check(z.minLength(1))),
  atLeast: z.optional(z.number()),
  atMost: z.optional(z.number()),
});

export const SpecItemSchema = z.strictObject({
  id,
  /** red-flag: life or organ at risk; alarm-sign: needs a doctor soon; risk-group: who needs a lower threshold; onset-duration: when and how long. */
  kind: z.enum(['red-flag', 'alarm-sign', 'risk-group', 'onset-duration']),
  /** In lay English, one line: what the person has. Never text copied from the source. */
  description: sentence,
  /** Ids from the spec's `sources`. */
  sources: z.array(id).check(z.minLength(1)),
  /** The least urgent NTS level a path with this item may end at. */
  minUrgency: z.enum(URGENCIES),
  /** All of these together are the item; the checker proves every calmer path rules one out. */
  asks: z.array(AskSchema).check(z.minLength(1)),
  /** Age bands (ids from web/engine/context.ts) the item applies to; absent = every age. */
  ages: z.optional(z.array(id).check(z.minLength(1))),
  /** Where sources disagree or are silent: the choice made and why, for the reviewing GP. */
  note: z.optional(z.string().check(z.minLength(8), z.maxLength(800))),
  /** A situation many trees meet (decision-trees/specs/modules/): the same minimum, and the same urgency, in each. */
  module: z.optional(id),
});

/**
 * A shared risk module: one situation (a baby under 3 months with fever, blood thinners after a
 * blow to the head) defined once, so every tree that meets it treats it the same.
 */
export const RiskModuleSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id,
  kind: z.enum(['red-flag', 'alarm-sign', 'risk-group', 'onset-duration']),
  description: sentence,
  sources: z.array(SourceSchema).check(z.minLength(1)),
  minUrgency: z.enum(URGENCIES),
  ages: z.optional(z.array(id).check(z.minLength(1))),
  note: z.optional(z.string().check(z.minLength(8), z.maxLength(800))),
});

export const TreeSpecSchema = z.strictObject({
  $schema: z.optional(z.string()),
  tree: id,
  sources: z.array(SourceSchema).check(z.minLength(1)),
  items: z.array(SpecItemSchema).check(z.minLength(1)),
  /** Choices that concern the whole tree. */
  notes: z.optional(z.array(z.string().check(z.minLength(8), z.maxLength(800)))),
});

export type Source = z.infer<typeof SourceSchema>;
export type Ask = z.infer<typeof AskSchema>;
export type SpecItem = z.infer<typeof SpecItemSchema>;
export type TreeSpec = z.infer<typeof TreeSpecSchema>;
export type RiskModule = z.infer<typeof RiskModuleSchema>;
