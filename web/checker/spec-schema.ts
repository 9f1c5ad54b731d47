/**
 * The clinical specification of a tree (decision-trees/specs/<tree>.json): what its sources say
 * must be asked, and how urgent each alarm sign is at least. Written from the sources first; the
 * checker then holds the tree against it (check-specs.ts). Build-time only: never in the browser.
 */
import * as z from 'zod/mini';
import { SEX_CONTEXT } from '../engine/context.ts';
import { URGENCIES } from '../engine/tree-model.ts';

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
  /** Sex at birth the item applies to (pregnancy: female and unknown); absent = everyone. */
  sexes: z.optional(z.array(z.enum(SEX_CONTEXT)).check(z.minLength(1))),
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

/**
 * One finding of a clinical review and how it was answered: by a spec item the checker now
 * traces, by a vignette test, by a checker rule, by the findings about single trees that make up
 * a pattern, by another issue, or kept with a source.
 */
export const ReviewFindingSchema = z.strictObject({
  /** The tree it concerns, or "*" for a pattern across trees. */
  tree: z.union([id, z.literal('*')]),
  id,
  /** The finding in one line, in our words. */
  finding: sentence,
  /** An item of decision-trees/specs/<tree>.json. */
  spec: z.optional(id),
  /** The story of a vignette in tests/unit/trees/vignettes/<tree>.json, or the name of a test in tests/unit/trees/<tree>.test.ts. */
  test: z.optional(z.string().check(z.minLength(8))),
  /** A checker rule, as its file under web/checker/. */
  checker: z.optional(z.string().check(z.regex(/^web\/checker\/[a-z-]+\.ts$/))),
  /** A pattern across trees: the findings about single trees (as "tree/id") that make it up. */
  see: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, '"tree/finding id"'))).check(z.minLength(1))),
  /** The open issue that builds what the finding asks for. */
  issue: z.optional(z.int().check(z.positive())),
  /** Why the tree stays as it is; needs a source. */
  keep: z.optional(z.string().check(z.minLength(8), z.maxLength(800))),
  /** The name and https address of the source behind a "keep". */
  source: z.optional(z.string().check(z.regex(/\(https:\/\/[^\s)]+\)$/, 'a name and its address: "Name (https://…)"'))),
});

/** decision-trees/specs/<this>: the findings of the clinical review and what answers each. */
export const REVIEW_FINDINGS_FILE = 'review-findings.json';

export const ReviewFindingsSchema = z.strictObject({
  /** The review these findings come from: its title and date. */
  review: z.string().check(z.minLength(8)),
  findings: z.array(ReviewFindingSchema).check(z.minLength(1)),
});

export type ReviewFinding = z.infer<typeof ReviewFindingSchema>;
