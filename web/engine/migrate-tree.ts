/**
 * Tree files in an older format are brought forward, one schemaVersion at a time, before they
 * are validated. Each bump of SCHEMA_VERSION adds a migration here and a frozen old-format
 * fixture test (tests/fixtures/trees/).
 */
import { SCHEMA_VERSION } from './tree-model.ts';

type Raw = Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n tree into a version-(n+1) tree. */
const MIGRATIONS: Readonly<Record<number, (tree: Raw) => Raw>> = {
  // v2 records which version the review approved. A v1 tree was approved only for its current
  // version (the workflow set it back to draft on every change), so that is what it records.
  1: (tree) => {
    const review = (tree.review ?? {}) as Raw;
    return { ...tree, schemaVersion: 2, review: { ...review, version: review.status === 'approved' ? tree.version : null } };
  },
};

export type Migrated = { ok: true; data: unknown; from: number } | { ok: false; error: string };

export function migrateTree(raw: unknown): Migrated {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: true, data: raw, from: SCHEMA_VERSION };
  const from = (raw as Raw).schemaVersion;
  // Not a number: leave it to the schema, which names the field.
  if (typeof from !== 'number' || !Number.isInteger(from)) return { ok: true, data: raw, from: SCHEMA_VERSION };
  if (from > SCHEMA_VERSION) return { ok: false, error: `schemaVersion ${from} is newer than this app understands (${SCHEMA_VERSION})` };
  let tree = raw as Raw;
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, error: `no migration from schemaVersion ${version}` };
    tree = step(tree);
  }
  return { ok: true, data: tree, from };
}
