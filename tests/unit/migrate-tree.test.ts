import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../web/build/content-files.ts';
import { checkContent } from '../../web/checker/check-content.ts';
import { migrateTree } from '../../web/engine/migrate-tree.ts';
import { validate } from '../../web/engine/schema-errors.ts';
import { SCHEMA_VERSION } from '../../web/engine/tree-model.ts';
import { TreeSchema } from '../../web/engine/tree-schema.ts';

/** The sore-throat tree exactly as it shipped in schema version 1 (frozen: never edit it). */
const v1 = JSON.parse(readFileSync('tests/fixtures/trees/keelpijn-schema-v1.json', 'utf8'));

describe('tree schema migrations', () => {
  it('the frozen v1 fixture is really in the old format: today’s schema refuses it as it is', () => {
    expect(v1.schemaVersion).toBe(1);
    expect(validate(TreeSchema, v1).ok).toBe(false);
  });

  it('brings a v1 draft forward to the current version, with no reviewed version', () => {
    const migrated = migrateTree(v1);
    if (!migrated.ok) throw new Error(migrated.error);
    expect(migrated.from).toBe(1);
    const result = validate(TreeSchema, migrated.data);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.data.review).toMatchObject({ status: 'draft', version: null });
    // Nothing but the format changed: same nodes, same texts.
    expect(result.data.nodes).toEqual(v1.nodes);
  });

  it('a v1 tree approved for its version stays approved for exactly that version', () => {
    const approved = { ...v1, review: { status: 'approved', reviewers: [{ name: 'A. Arts', role: 'huisarts' }], date: '2026-11-01' } };
    const migrated = migrateTree(approved);
    expect(migrated.ok && (migrated.data as { review: unknown }).review).toMatchObject({ status: 'approved', version: v1.version });
  });

  it('refuses a tree from a newer app, naming the versions', () => {
    expect(migrateTree({ ...v1, schemaVersion: SCHEMA_VERSION + 1 })).toEqual({
      ok: false,
      error: `schemaVersion ${SCHEMA_VERSION + 1} is newer than this app understands (${SCHEMA_VERSION})`,
    });
  });

  it('the checker refuses "approved" for a version nobody reviewed', () => {
    const content = loadContent();
    const tree = structuredClone(content.planned.get('keelpijn')!.tree);
    tree.review = { status: 'approved', reviewers: [{ name: 'A. Arts', role: 'huisarts' }], date: '2026-11-01', version: '0.1.0' };
    const problems = checkContent({
      ...content,
      trees: content.trees.map((t) => (t.tree.id === 'keelpijn' ? { ...t, tree } : t)),
    }).problems;
    expect(problems).toContainEqual(expect.objectContaining({ file: 'decision-trees/keelpijn.json', path: '$.review.version' }));
  });
});
