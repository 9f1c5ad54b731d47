/**
 * A triage in progress survives a reload: it is kept on the device until it is finished (plus a
 * short grace period), started over, a day old, or unreadable; broken or missing storage never
 * breaks the app.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  deleteFromDevice,
  DB_VERSION,
  GRACE_MS,
  loadFromDevice,
  storeOnDevice,
  deviceStorageAvailable,
} from '../../web/app/saved-session.ts';
import { momentOf } from '../../web/engine/context.ts';
import { current, type Session } from '../../web/engine/session.ts';
import { startOn, walk } from './harness.ts';

const HOUR = 60 * 60 * 1000;
const T0 = new Date('2026-11-24T10:00:00+01:00').getTime();

const keelpijn = (...answers: string[]): Session => walk(startOn('keelpijn', { age: 18, moment: momentOf(new Date(T0)) }), ...answers);

/** Two screening questions answered: the person is on the third one. */
const midTriage = () => keelpijn('no', 'no');
/** Screening passed, then "yes, I cannot swallow": an outcome. */
const finished = () => keelpijn('no', 'no', 'no', 'no', 'no', 'yes');

/** The store as another version of the app (or a broken write) could have left it. */
async function openStore() {
  return openDB('wegwijzer', DB_VERSION, { upgrade: (db) => db.createObjectStore('sessions') });
}

async function stored(): Promise<unknown> {
  const db = await openStore();
  try {
    return await db.get('sessions', 'current');
  } finally {
    db.close();
  }
}

async function store(value: unknown): Promise<void> {
  const db = await openStore();
  await db.put('sessions', value, 'current');
  db.close();
}

const validRecord = () => ({ format: 1, treeIds: 'keelpijn', session: midTriage(), savedAt: T0 });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('an unfinished triage', () => {
  it('is loaded back unchanged after a reload', async () => {
    const session = midTriage();
    expect(current(session).nodeId).toBe('q-stroke');

    await storeOnDevice('keelpijn', session, false, T0);

    expect(await loadFromDevice(T0 + HOUR)).toEqual({ kind: 'unfinished', treeIds: 'keelpijn', session });
  });

  it('is deleted when the person starts over', async () => {
    await storeOnDevice('keelpijn', midTriage(), false, T0);

    await deleteFromDevice();

    expect(await loadFromDevice(T0)).toEqual({ kind: 'none' });
    expect(await stored()).toBeUndefined();
  });

  it('is not offered, and deleted, once it is more than a day old', async () => {
    await storeOnDevice('keelpijn', midTriage(), false, T0);

    expect((await loadFromDevice(T0 + 23 * HOUR)).kind).toBe('unfinished');
    expect(await loadFromDevice(T0 + 24 * HOUR + 1)).toEqual({ kind: 'none' });
    expect(await stored()).toBeUndefined();
  });
});

describe('a finished triage', () => {
  it('is not offered to continue, but its outcome comes back on a reload during the grace period', async () => {
    const session = finished();
    await storeOnDevice('keelpijn', session, true, T0);

    expect(await loadFromDevice(T0 + GRACE_MS - 1)).toEqual({ kind: 'finished', treeIds: 'keelpijn', session, finishedAt: T0 });
    expect(await stored()).toMatchObject({ finishedAt: T0 });
  });

  it('is deleted after the grace period', async () => {
    await storeOnDevice('keelpijn', finished(), true, T0);

    expect(await loadFromDevice(T0 + GRACE_MS + 1)).toEqual({ kind: 'none' });
    expect(await stored()).toBeUndefined();
  });

  it('keeps its grace period when the outcome is saved again', async () => {
    await storeOnDevice('keelpijn', finished(), true, T0);
    await storeOnDevice('keelpijn', finished(), true, T0 + GRACE_MS - 1);

    await loadFromDevice(T0 + GRACE_MS + 1);

    expect(await stored()).toBeUndefined();
  });
});

describe('stored contents that cannot be read', () => {
  it('a record as this version writes it is read (the corrupt cases below differ only in their flaw)', async () => {
    await store(validRecord());

    expect((await loadFromDevice(T0)).kind).toBe('unfinished');
  });

  const brokenTree = () => {
    const record = validRecord();
    const [first, ...rest] = record.session.plan;
    const tree = { ...first!.tree, nodes: { ...first!.tree.nodes, 'q-breathing': { type: 'question', text: 42 } } };
    return { ...record, session: { ...record.session, plan: [{ ...first!, tree }, ...rest] } };
  };

  it.each([
    ['a newer record format', () => ({ ...validRecord(), format: 99 })],
    ['steps that are not a list', () => ({ ...validRecord(), session: { ...validRecord().session, steps: 'x' } })],
    ['a tree with broken nodes', brokenTree],
    [
      'a step at a node that does not exist',
      () => ({ ...validRecord(), session: { ...validRecord().session, steps: [{ tree: 1, node: 'q-gone' }] } }),
    ],
    ['a plain string', () => 'keelpijn'],
  ])('%s is deleted and reported as corrupt', async (_name, contents) => {
    await store(contents());

    expect(await loadFromDevice(T0)).toEqual({ kind: 'reset', reason: 'corrupt' });
    expect(await stored()).toBeUndefined();
    expect(await loadFromDevice(T0)).toEqual({ kind: 'none' });
  });
});

describe('a database from a newer version of the app', () => {
  it('is reported as outdated and replaced, after which saving works again', async () => {
    const newer = await openDB('wegwijzer', 5, { upgrade: (db) => db.createObjectStore('triages') });
    await newer.put('triages', { anything: true }, 'current');
    newer.close();

    expect(await loadFromDevice(T0)).toEqual({ kind: 'reset', reason: 'outdated' });

    const replaced = await openDB('wegwijzer');
    expect(replaced.version).toBe(DB_VERSION);
    expect([...replaced.objectStoreNames]).toEqual(['sessions']);
    replaced.close();

    const session = midTriage();
    await storeOnDevice('keelpijn', session, false, T0);
    expect(await loadFromDevice(T0)).toEqual({ kind: 'unfinished', treeIds: 'keelpijn', session });
  });

  it('is also outdated when our store is missing', async () => {
    const strange = await openDB('wegwijzer', DB_VERSION, { upgrade: (db) => db.createObjectStore('other') });
    strange.close();

    expect(await loadFromDevice(T0)).toEqual({ kind: 'reset', reason: 'outdated' });
    expect(await loadFromDevice(T0)).toEqual({ kind: 'none' });
  });
});

describe('without usable storage', () => {
  it('every call is a harmless no-op when indexedDB does not exist', async () => {
    vi.stubGlobal('indexedDB', undefined);

    expect(deviceStorageAvailable()).toBe(false);
    await expect(storeOnDevice('keelpijn', midTriage(), false, T0)).resolves.toBeUndefined();
    await expect(loadFromDevice(T0)).resolves.toEqual({ kind: 'none' });
    await expect(deleteFromDevice()).resolves.toBeUndefined();
  });

  it('behaves as if nothing were stored when opening the database throws', async () => {
    const open = vi.fn(() => {
      throw new DOMException('storage is blocked', 'SecurityError');
    });
    vi.stubGlobal('indexedDB', { open, deleteDatabase: open });

    expect(deviceStorageAvailable()).toBe(true);
    await expect(storeOnDevice('keelpijn', midTriage(), false, T0)).resolves.toBeUndefined();
    await expect(loadFromDevice(T0)).resolves.toEqual({ kind: 'none' });
    await expect(deleteFromDevice()).resolves.toBeUndefined();
    expect(open).toHaveBeenCalled();
  });
});
