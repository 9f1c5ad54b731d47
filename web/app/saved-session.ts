/**
 * Keeps an unfinished triage on the device (IndexedDB), so a reload or closing the app does not
 * lose it, and deletes it once nobody needs it. Nothing here throws: storage that is missing,
 * full or broken behaves as if nothing were stored, because triage must work without it.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import { ContextSchema } from '../engine/context-schema.ts';
import { validate } from '../engine/schema-errors.ts';
import type { Session } from '../engine/session.ts';
import { TreeSchema } from '../engine/tree-schema.ts';

const DB_NAME = 'wegwijzer';
const STORE = 'sessions';
const KEY = 'current';
export const DB_VERSION = 1;
/** How long a finished triage is kept (not offered) after its outcome was shown. */
export const GRACE_MS = 30 * 60 * 1000;
/** Nobody continues yesterday's triage: their situation may have changed. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

const stepIndex = z.int().check(z.gte(0));

const SavedSessionSchema = z
  .strictObject({
    plan: z.array(z.strictObject({ tree: TreeSchema, hash: z.string() })).check(z.minLength(1)),
    context: ContextSchema,
    steps: z
      .array(z.strictObject({ tree: stepIndex, node: z.string(), answer: z.optional(z.union([z.string(), z.number()])) }))
      .check(z.minLength(1)),
    escalation: z.optional(z.strictObject({ tree: stepIndex, node: z.string(), reason: z.string() })),
  })
  // Every step must point at a node that exists, or showing the session would fail.
  .check(z.refine((session) => session.steps.every((step) => session.plan[step.tree]?.tree.nodes[step.node] !== undefined)));

const SavedRecordSchema = z.strictObject({
  format: z.literal(1),
  /** One tree id, or several joined by "+" (keelpijn+hoesten). */
  treeIds: z.string(),
  session: SavedSessionSchema,
  savedAt: z.number(),
  /** When the outcome was first shown; starts the grace period. */
  finishedAt: z.optional(z.number()),
});
type SavedRecord = z.infer<typeof SavedRecordSchema>;

interface WegwijzerDb extends DBSchema {
  // Read as unknown: what is stored may be corrupt or from another version of the app.
  sessions: { key: string; value: unknown };
}
type Db = IDBPDatabase<WegwijzerDb>;

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'unfinished'; treeIds: string; session: Session }
  /** An outcome shown less than GRACE_MS ago: a reload shows it again (mobile browsers reload tabs by themselves). */
  | { kind: 'finished'; treeIds: string; session: Session; finishedAt: number }
  | { kind: 'reset'; reason: 'corrupt' | 'outdated' };

const NONE: LoadResult = { kind: 'none' };

export function deviceStorageAvailable(): boolean {
  // Some browsers throw on merely touching indexedDB when storage is blocked.
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    return false;
  }
}

const openCurrent = () => openDB<WegwijzerDb>(DB_NAME, DB_VERSION, { upgrade: (db) => db.createObjectStore(STORE) });

/** Open the database; one we cannot read (newer version, missing store) is deleted and recreated. */
async function open(): Promise<{ db: Db; outdated: boolean }> {
  try {
    const db = await openCurrent();
    if (db.objectStoreNames.contains(STORE)) return { db, outdated: false };
    db.close();
  } catch (error) {
    if ((error as Error).name !== 'VersionError') throw error;
  }
  await deleteDB(DB_NAME);
  return { db: await openCurrent(), outdated: true };
}

/** Run `use` on an open database, closed afterwards (so other tabs can upgrade); any failure gives `fallback`. */
async function withDb<T>(fallback: T, use: (db: Db, outdated: boolean) => Promise<T>): Promise<T> {
  if (!deviceStorageAvailable()) return fallback;
  try {
    const { db, outdated } = await open();
    try {
      return await use(db, outdated);
    } finally {
      db.close();
    }
  } catch {
    return fallback;
  }
}

export function storeOnDevice(treeIds: string, session: Session, finished: boolean, now = Date.now()): Promise<void> {
  return withDb(undefined, async (db) => {
    // Saving the same outcome again must not extend its grace period.
    const earlier = (await db.get(STORE, KEY)) as Partial<SavedRecord> | null | undefined;
    const earlierFinish = earlier?.treeIds === treeIds && typeof earlier.finishedAt === 'number' ? earlier.finishedAt : undefined;
    const record: SavedRecord = { format: 1, treeIds, session: session as SavedRecord['session'], savedAt: now };
    if (finished) record.finishedAt = earlierFinish ?? now;
    await db.put(STORE, record, KEY);
  });
}

export function loadFromDevice(now = Date.now()): Promise<LoadResult> {
  return withDb(NONE, async (db, outdated): Promise<LoadResult> => {
    if (outdated) return { kind: 'reset', reason: 'outdated' };
    const stored = await db.get(STORE, KEY);
    if (stored === undefined) return NONE;
    const parsed = validate(SavedRecordSchema, stored);
    if (!parsed.ok) {
      await db.delete(STORE, KEY);
      return { kind: 'reset', reason: 'corrupt' };
    }
    const { finishedAt, savedAt, treeIds, session } = parsed.data;
    const expired = finishedAt === undefined ? now - savedAt > MAX_AGE_MS : now - finishedAt > GRACE_MS;
    if (expired) {
      await db.delete(STORE, KEY);
      return NONE;
    }
    // A finished triage is an outcome to read again, not something to continue.
    if (finishedAt !== undefined) return { kind: 'finished', treeIds, session: session as Session, finishedAt };
    return { kind: 'unfinished', treeIds, session: session as Session };
  });
}

/** Start over: the stored triage is deleted. */
export function deleteFromDevice(): Promise<void> {
  return withDb(undefined, (db) => db.delete(STORE, KEY));
}
