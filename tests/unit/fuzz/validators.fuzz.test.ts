/**
 * The validators never throw and always name the field: random values, and real content files
 * with one field broken at random, fed to the schemas the app loads its content with.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, PROJECT_ROOT } from '../../../web/build/content-files.ts';
import { PracticeSchema, RegionSchema } from '../../../web/content/practice-schema.ts';
import { checkContent, type Texts } from '../../../web/checker/check-content.ts';
import { migrateTree } from '../../../web/engine/migrate-tree.ts';
import { validate, type Validated } from '../../../web/engine/schema-errors.ts';
import { SCHEMA_VERSION } from '../../../web/engine/tree-model.ts';
import { TreeSchema } from '../../../web/engine/tree-schema.ts';
import { LocaleFileSchema } from '../../../web/i18n/locale-schema.ts';
import { CASES, check, fuzzParams, TIMEOUT } from './fuzz-config.ts';
import {
  applicable,
  applyMutation,
  describeMutation,
  formatPath,
  MUTATION_KINDS,
  namesMutation,
  pathsOf,
  safeJson,
  valuesOf,
  type Mutation,
  type MutationKind,
  type Path,
} from './mutate.ts';

const content = loadContent();

/** A tree file as the app loads it: migrated to the current format, then validated. */
function loadTree(raw: unknown): Validated<unknown> {
  const migrated = migrateTree(raw);
  if (migrated.ok) {
    check(Number.isInteger(migrated.from) && migrated.from <= SCHEMA_VERSION, () => `migrated from ${migrated.from}`);
    return validate(TreeSchema, migrated.data);
  }
  check(typeof migrated.error === 'string' && migrated.error.trim() !== '', () => 'a migration failed without a message');
  // loadContent reports a failed migration at this path.
  return { ok: false, errors: [{ path: '$.schemaVersion', message: migrated.error }] };
}

/** A failed validation has at least one error, each with a message and a JSON path. */
function checkErrors(result: Validated<unknown>, input: () => string): void {
  if (result.ok) return;
  check(Array.isArray(result.errors) && result.errors.length > 0, () => `failed without any error for ${input()}`);
  for (const error of result.errors) {
    check(
      typeof error.message === 'string' && error.message.trim() !== '',
      () => `error without a message ${safeJson(error)} for ${input()}`,
    );
    check(
      typeof error.path === 'string' && error.path.startsWith('$'),
      () => `error path not starting with "$" ${safeJson(error)} for ${input()}`,
    );
  }
}

interface Doc {
  readonly name: string;
  readonly value: unknown;
  readonly paths: readonly Path[];
  /** Values and keys found in the document: mutations reuse them (a goto to another node, a key of the wrong object). */
  readonly pool: readonly unknown[];
  readonly strings: readonly string[];
}

function doc(name: string, value: unknown): Doc {
  const pool = valuesOf(value);
  return { name, value, paths: pathsOf(value), pool, strings: [...new Set(pool.filter((v): v is string => typeof v === 'string'))] };
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(PROJECT_ROOT, file), 'utf8'));

const treeDocs = content.trees.map(({ file, tree }) => doc(file, tree));
const practiceDocs = [...content.practices.values()].map((practice) => doc(`practice ${practice.id}`, practice));
const regionDocs = [...content.regions.values()].map((region) => doc(`region ${region.id}`, region));
const localeDocs = Object.values(content.textFiles).flatMap((files) => Object.values(files).map((file) => doc(file, readJson(file))));

/** The texts a tree's check reads (its own namespace and common), so that checking one tree stays cheap. */
function textsFor(ids: readonly string[]): Texts {
  return Object.fromEntries(
    Object.entries(content.texts).map(([language, namespaces]) => [
      language,
      Object.fromEntries(ids.flatMap((id) => (namespaces[id] ? [[id, namespaces[id]]] : []))),
    ]),
  );
}
const treeTexts = new Map(content.trees.map(({ file, tree }) => [file, textsFor([tree.id, 'common'])]));

interface Target {
  readonly name: string;
  readonly check: (data: unknown) => Validated<unknown>;
  readonly docs: readonly Doc[];
}

const TARGETS: readonly Target[] = [
  { name: 'TreeSchema', check: (data) => validate(TreeSchema, data), docs: treeDocs },
  { name: 'migrateTree + TreeSchema', check: loadTree, docs: treeDocs },
  { name: 'PracticeSchema', check: (data) => validate(PracticeSchema, data), docs: practiceDocs },
  { name: 'RegionSchema', check: (data) => validate(RegionSchema, data), docs: regionDocs },
  { name: 'LocaleFileSchema', check: (data) => validate(LocaleFileSchema, data), docs: localeDocs },
];

/** Values shaped like the target's files: their keys and leaf values, nested at random. */
function shaped(docs: readonly Doc[]): fc.Arbitrary<unknown> {
  const strings = [...new Set(docs.flatMap((d) => d.strings))];
  const leaves = [...new Set(docs.flatMap((d) => d.pool.filter((v) => typeof v !== 'object' || v === null)))];
  const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...strings) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
  const leaf = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...leaves) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 0 }) });
  return fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth: 5 },
      leaf,
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(key, tie('value'), { maxKeys: 8 }),
    ),
  })).value;
}

/** A real tree with a random schemaVersion and review: exercises the migrations. */
const treeWithVersion = fc
  .record({
    doc: fc.nat(),
    schemaVersion: fc.oneof(fc.integer({ min: -2, max: SCHEMA_VERSION + 2 }), fc.jsonValue({ maxDepth: 1 })),
    review: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), shaped(treeDocs)),
  })
  .map(({ doc: i, schemaVersion, review }) => {
    const tree = treeDocs[i % treeDocs.length]!.value as Record<string, unknown>;
    return { ...tree, schemaVersion, ...(review === undefined ? {} : { review }) };
  });

function randomValue(target: Target): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.jsonValue(),
    fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    }),
    shaped(target.docs),
    ...(target.docs === treeDocs ? [treeWithVersion] : []),
  );
}

/** Odd values worth trying in any field: near misses of real values. */
const EDGE_VALUES: readonly unknown[] = [
  '',
  ' ',
  'x',
  'Yes',
  'U0',
  'U6',
  'yes-no',
  'draft',
  'approved',
  'self-care',
  'medical-triage',
  'continue',
  '2026-02-30',
  '1.0',
  '1.0.0',
  'https://',
  'http://example.nl',
  '030-123 4567',
  '112',
  '08:00',
  '24:00',
  0,
  -1,
  0.5,
  1,
  2,
  1e308,
  -0,
  true,
  false,
  null,
  {},
  [],
  [''],
  { type: 'continue' },
];

const mutationSpec = fc.record({
  doc: fc.nat(),
  at: fc.nat(),
  kind: fc.constantFrom<MutationKind>(...MUTATION_KINDS),
  source: fc.constantFrom('random', 'document', 'edge'),
  random: fc.jsonValue({ maxDepth: 2 }),
  pick: fc.nat(),
  /** A new key for a rename; undefined: a string found in the document. */
  key: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
});

type MutationSpec = typeof mutationSpec extends fc.Arbitrary<infer T> ? T : never;

function mutationOf(d: Doc, spec: MutationSpec): Mutation {
  const path = d.paths[spec.at % d.paths.length]!;
  const kind = applicable(d.value, spec.kind, path) ? spec.kind : 'replace';
  switch (kind) {
    case 'delete':
    case 'wrap':
      return { kind, path };
    case 'rename':
      return { kind, path, to: spec.key ?? d.strings[spec.pick % d.strings.length]! };
    case 'replace': {
      const value =
        spec.source === 'random'
          ? spec.random
          : spec.source === 'document'
            ? d.pool[spec.pick % d.pool.length]
            : EDGE_VALUES[spec.pick % EDGE_VALUES.length];
      return { kind, path, value };
    }
  }
}

/**
 * A known weakness, not a throw: a node whose "type" is changed to "question" (an outcome made
 * a question, say) is reported only as `$.nodes.<id>.input: unknown input: must be one of choice,
 * number`: zod's inner discriminated union fails on the missing "input" first, so neither the
 * "type" field nor the node itself is named. Accepted here so the other mutations keep being
 * checked; drop this once schema-errors names the node for a missing inner discriminator.
 */
function knownSiblingError(error: { path: string; message: string }, mutation: Mutation): boolean {
  const { path } = mutation;
  return (
    path.at(-1) === 'type' &&
    error.path === formatPath([...path.slice(0, -1), 'input']) &&
    error.message.startsWith('unknown input') &&
    mutation.kind === 'replace' &&
    mutation.value === 'question'
  );
}

describe('the mutation helper', () => {
  const original = { a: 1, b: { c: [1, { d: 'x' }] } };
  const frozen = JSON.stringify(original);

  it('changes exactly one place and leaves the original alone', () => {
    expect(pathsOf(original)).toEqual([[], ['a'], ['b'], ['b', 'c'], ['b', 'c', 0], ['b', 'c', 1], ['b', 'c', 1, 'd']]);
    expect(applyMutation(original, { kind: 'delete', path: ['b', 'c', 0] })).toEqual({ a: 1, b: { c: [{ d: 'x' }] } });
    expect(applyMutation(original, { kind: 'delete', path: ['a'] })).toEqual({ b: { c: [1, { d: 'x' }] } });
    expect(applyMutation(original, { kind: 'replace', path: ['b', 'c', 1, 'd'], value: null })).toEqual({
      a: 1,
      b: { c: [1, { d: null }] },
    });
    expect(applyMutation(original, { kind: 'rename', path: ['b', 'c'], to: 'e' })).toEqual({ a: 1, b: { e: [1, { d: 'x' }] } });
    expect(applyMutation(original, { kind: 'wrap', path: ['a'] })).toEqual({ a: [1], b: { c: [1, { d: 'x' }] } });
    expect(applyMutation(original, { kind: 'wrap', path: [] })).toEqual([original]);
    expect(JSON.stringify(original)).toBe(frozen);
  });

  it('accepts an error at the field or around it, and inside a replaced value, nowhere else', () => {
    const replaced: Mutation = { kind: 'replace', path: ['nodes', 'q1'], value: {} };
    expect(namesMutation('$.nodes.q1', replaced)).toBe(true);
    expect(namesMutation('$.nodes', replaced)).toBe(true);
    expect(namesMutation('$.nodes.q1.text', replaced)).toBe(true);
    expect(namesMutation('$.nodes.q10', replaced)).toBe(false);
    expect(namesMutation('$.start', replaced)).toBe(false);
    const deleted: Mutation = { kind: 'delete', path: ['nodes', 'q1', 'text'] };
    expect(namesMutation('$.nodes.q1.text', deleted)).toBe(true);
    expect(namesMutation('$.nodes.q1.text.x', deleted)).toBe(false);
    const renamed: Mutation = { kind: 'rename', path: ['nodes', 'q1'], to: 'Q 1' };
    expect(namesMutation('$.nodes.Q 1', renamed)).toBe(true);
    expect(namesMutation('$.nodes.q2', renamed)).toBe(false);
  });
});

describe.each(TARGETS.map((target) => [target.name, target] as const))('%s', (_name, target) => {
  it('never throws on a random value, and every error has a message and a path from "$"', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(randomValue(target), (value) => checkErrors(target.check(value), () => safeJson(value))),
      fuzzParams(CASES),
    );
  });
});

describe.each(TARGETS.filter((target) => target.name !== 'TreeSchema').map((target) => [target.name, target] as const))(
  '%s on real content',
  (_name, target) => {
    it('accepts every shipped file as it is', () => {
      for (const d of target.docs) expect(target.check(d.value), d.name).toMatchObject({ ok: true });
    });

    it('names the broken field when one field of a real file is broken, and never throws', { timeout: TIMEOUT }, () => {
      const isTree = target.docs === treeDocs;
      let failed = 0;
      let passed = 0;
      let checked = 0;
      fc.assert(
        fc.property(mutationSpec, (spec) => {
          const d = target.docs[spec.doc % target.docs.length]!;
          const mutation = mutationOf(d, spec);
          const mutated = applyMutation(d.value, mutation);
          const result = target.check(mutated);
          const what = () => `${d.name}: ${describeMutation(mutation)}`;
          checkErrors(result, what);
          if (!result.ok) {
            failed++;
            check(
              result.errors.some((error) => namesMutation(error.path, mutation) || knownSiblingError(error, mutation)),
              () => `${what()}: no error names the field; errors: ${safeJson(result.errors)}`,
            );
            return;
          }
          passed++;
          if (!isTree) return;
          // A tree the schema lets through goes on to the checker, in place of the original.
          const summary = checkContent({
            ...content,
            trees: [{ file: d.name, tree: result.data as never }],
            texts: treeTexts.get(d.name)!,
          });
          checked++;
          for (const problem of summary.problems) {
            check(problem.path.startsWith('$') && problem.message.trim() !== '', () => `${what()}: checker problem ${safeJson(problem)}`);
          }
        }),
        fuzzParams(CASES),
      );
      // Not vacuous: the mutations do break files, and some keep them valid.
      expect(failed, 'mutations the validator refused').toBeGreaterThan(CASES / 10);
      expect(passed, 'mutations the validator accepted').toBeGreaterThan(0);
      if (isTree) expect(checked, 'mutated trees run through checkContent').toBeGreaterThan(0);
    });
  },
);
