// @vitest-environment jsdom
/**
 * The age band survives a reload (WCAG 2.2, 3.3.7: nobody is asked the same twice): a reload is
 * a fresh document, so these tests import the modules anew, with empty module state, and only
 * what the browser session kept (sessionStorage) carries over. Never in the address, never on a
 * kiosk, never from a sensitive triage, and gone on "start over".
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** session-store and device-mode as a fresh document has them: nothing in memory. */
async function afterReload({ kiosk = false } = {}) {
  vi.resetModules();
  const mode = await import('../../web/app/device-mode.ts');
  mode.setKioskMode(kiosk);
  return import('../../web/app/session-store.ts');
}

beforeEach(() => sessionStorage.clear());
afterEach(() => sessionStorage.clear());

describe('the age band across a reload', () => {
  it('is the band chosen before the reload, and only that is kept: no answer, no tree', async () => {
    (await afterReload()).chooseAgeBand('18-to-65-years');
    expect((await afterReload()).chosenAgeBand()).toBe('18-to-65-years');
    expect(Object.entries(sessionStorage)).toEqual([['wegwijzer.age-band', '18-to-65-years']]);
  });

  it('is gone after "start over" (and "Snel weg", which starts over too)', async () => {
    const before = await afterReload();
    before.chooseAgeBand('65-to-70-years');
    before.clearSession();
    expect(before.chosenAgeBand()).toBeUndefined();
    expect((await afterReload()).chosenAgeBand()).toBeUndefined();
  });

  it('is not kept on the waiting-room kiosk, where nothing is stored', async () => {
    (await afterReload({ kiosk: true })).chooseAgeBand('18-to-65-years');
    expect(sessionStorage.length).toBe(0);
    expect((await afterReload({ kiosk: true })).chosenAgeBand()).toBeUndefined();
  });

  it('is not kept from a sensitive triage, which runs in memory, and leaves no earlier band behind', async () => {
    (await afterReload()).chooseAgeBand('65-to-70-years');
    const store = await afterReload();
    store.chooseTrees('gedachten-aan-zelfmoord');
    store.chooseAgeBand('18-to-65-years');
    expect(store.chosenAgeBand()).toBe('18-to-65-years');
    expect(sessionStorage.length).toBe(0);
  });

  it('ignores what is not a band (an older version, a hand-edited value)', async () => {
    sessionStorage.setItem('wegwijzer.age-band', 'ninety');
    expect((await afterReload()).chosenAgeBand()).toBeUndefined();
  });
});

describe('sex at birth across a reload, the same way', () => {
  it('is kept beside the band, and only the choice itself', async () => {
    const store = await afterReload();
    store.chooseAgeBand('18-to-65-years');
    store.chooseSex('other');
    expect((await afterReload()).chosenSex()).toBe('other');
    expect(Object.fromEntries(Object.entries(sessionStorage))).toEqual({
      'wegwijzer.age-band': '18-to-65-years',
      'wegwijzer.sex': 'other',
    });
  });

  it('is gone after "start over", never kept on a kiosk, and a value that is no choice is ignored', async () => {
    const before = await afterReload();
    before.chooseSex('female');
    before.clearSession();
    expect((await afterReload()).chosenSex()).toBeUndefined();
    (await afterReload({ kiosk: true })).chooseSex('male');
    expect(sessionStorage.length).toBe(0);
    sessionStorage.setItem('wegwijzer.sex', 'unknown');
    expect((await afterReload()).chosenSex()).toBeUndefined();
  });
});
