// @vitest-environment jsdom
/**
 * The waiting-room screen keeps nothing of one person for the next: it runs in memory (the
 * browser's history never holds a step), stores nothing, offers no copy, print, share, download,
 * new window, tel: or mailto: link, and its reset loads a fresh document in place of the used one.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { languages } from '../../web/app/manifest.ts';
import { copyText, documents, leaveForFreshDocument, setKioskMode } from '../../web/app/device-mode.ts';
import { activeSession, chooseAgeBand, chooseSex, clearSession } from '../../web/app/session-store.ts';
import { resolveLanguage } from '../../web/i18n/i18n.ts';
import { initTexts } from '../../web/app/texts.ts';
import { App } from '../../web/ui/App.tsx';
import { serveData } from './serve-data.ts';
import { IDLE_MS, WARNING_MS } from '../../web/ui/parts/KioskTimeout.tsx';
import { memoryNavigation } from '../../web/navigation/memory-navigation.ts';

const HELPDESK = 'helpdesk-digitale-zorg';
const KIOSK = '?lang=nl&mode=kiosk&practice=de-linde';

/** The kiosk as main.tsx starts it: on a history in memory, at the screen's own address. */
async function openKiosk(path: string) {
  window.history.replaceState(null, '', `/${KIOSK}`);
  const navigation = memoryNavigation(`${path}${KIOSK}`);
  const language = resolveLanguage(languages, KIOSK, null, []);
  await initTexts(languages, language.code);
  render(<App navigation={navigation} initialLanguage={language} languages={languages.languages} />);
  return navigation;
}

async function openKioskAtSecondQuestion() {
  const navigation = await openKiosk(`/triage/${HELPDESK}`);
  fireEvent.click(await screen.findByRole('radio', { name: 'Ja' }));
  fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
  await screen.findByRole('heading', { level: 1, name: 'Gaat je vraag over je gezondheid?' });
  await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
  // Only now the clocks (pages load lazily, and findBy… polls with timers); a tap re-arms the idle timer on them.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  fireEvent.pointerDown(document.body);
  return navigation;
}

const wait = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

let loaded: string[];

beforeEach(() => {
  serveData();
  clearSession();
  setKioskMode(true);
  localStorage.clear();
  loaded = [];
  vi.spyOn(documents, 'replace').mockImplementation((href) => void loaded.push(href));
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  cleanup();
  // Preact runs effect clean-ups on a short timer: let them finish while jsdom's window still exists.
  await new Promise((done) => setTimeout(done, 100));
  setKioskMode(false);
});

describe('the waiting-room screen', { timeout: 30_000 }, () => {
  it('asks "Ben je er nog?" after a quiet spell, then wipes everything and loads a fresh start screen in place of this one', async () => {
    const historyBefore = window.history.length;
    await openKioskAtSecondQuestion();
    expect(activeSession(HELPDESK)).toBeDefined();
    // The steps are in memory: the browser's address and history never held one.
    expect(window.location.pathname + window.location.search).toBe(`/${KIOSK}`);
    expect(window.history.length).toBe(historyBefore);

    await wait(IDLE_MS + 1000);
    const dialog = screen.getByRole('alertdialog', { name: 'Ben je er nog?' });
    expect(dialog.textContent).toMatch(/Nog \d+ seconden/);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ik ben er nog' })));

    await wait(WARNING_MS + 1000);
    expect(loaded).toEqual([`/${KIOSK}`]);
    expect(document.body.textContent).toBe('');
    expect(activeSession(HELPDESK)).toBeUndefined();
  });

  it('"Ik ben er nog" keeps the person where they were', async () => {
    const navigation = await openKioskAtSecondQuestion();
    await wait(IDLE_MS + 1000);
    fireEvent.click(screen.getByRole('button', { name: 'Ik ben er nog' }));
    await wait(WARNING_MS + 1000);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(navigation.location().path).toBe('/vragen/2');
    expect(activeSession(HELPDESK)).toBeDefined();
    expect(loaded).toEqual([]);
  });

  it('someone still tapping is never interrupted', async () => {
    await openKioskAtSecondQuestion();
    for (let i = 0; i < 4; i++) {
      await wait(IDLE_MS - 10_000);
      fireEvent.pointerDown(document.body);
    }
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('stores nothing on the device', async () => {
    await openKioskAtSecondQuestion();
    expect(localStorage.length).toBe(0);
  });
});

describe('an outcome on the waiting-room screen', { timeout: 30_000 }, () => {
  /** Keelpijn, and swallowing is impossible: "Bel nu je huisarts" (U2), at a moment of choice. */
  async function urgentOutcomeAt(moment: string) {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(moment) });
    chooseAgeBand('18-to-65-years');
    chooseSex('female');
    const user = userEvent.setup();
    await openKiosk('/triage/keelpijn');
    for (const answer of ['Nee', 'Nee', 'Nee', 'Nee', 'Nee', 'Ja']) {
      await user.click(await screen.findByRole('radio', { name: answer }));
      await user.click(screen.getByRole('button', { name: 'Verder' }));
    }
    await screen.findByRole('heading', { level: 2, name: 'Wanneer bel je toch?' });
  }

  const keepsNothing = () => {
    for (const name of ['Kopiëren', 'Afdrukken', 'Delen', /Downloaden/]) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(document.querySelectorAll('a[href^="tel:"]')).toHaveLength(0);
    expect(document.querySelectorAll('a[target]')).toHaveLength(0);
    // No mail program either: the person tells the desk.
    expect(document.querySelectorAll('a[href^="mailto:"]')).toHaveLength(0);
    expect(screen.getByText('Klopt dit advies niet? Zeg het aan de balie.')).toBeTruthy();
  };

  it('while the practice is open: "Meld je nu bij de balie", and 112 stays, as text', async () => {
    await urgentOutcomeAt('2026-11-24T10:00:00+01:00');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Meld je nu bij de balie');
    keepsNothing();
    expect(screen.getAllByText('Bel 112').every((element) => element.closest('a') === null)).toBe(true);
  });

  it('while the practice is closed: the number to call, large as text', async () => {
    await urgentOutcomeAt('2026-11-24T22:00:00+01:00');
    keepsNothing();
    const number = screen.getByText('Bel 030-000 0100');
    expect(number.classList.contains('kiosk-number')).toBe(true);
  });
});

describe('leaving a document (the reset, "Snel weg")', { timeout: 30_000 }, () => {
  const clipboardOf = (initial: string) => {
    const clipboard = { text: initial, writeText: vi.fn(async (text: string) => void (clipboard.text = text)) };
    vi.stubGlobal('navigator', { ...navigator, clipboard });
    return clipboard;
  };
  afterEach(() => vi.unstubAllGlobals());

  it('takes back what the app copied, and leaves someone else’s clipboard alone', async () => {
    const clipboard = clipboardOf('from another app');
    await leaveForFreshDocument('/?lang=nl', 'Wegwijzer');
    expect(clipboard.text).toBe('from another app');

    await copyText('Wegwijzer: mijn antwoorden …');
    await leaveForFreshDocument('/?lang=nl', 'Wegwijzer');
    expect(clipboard.text).toBe('');
    expect(loaded).toEqual(['/?lang=nl', '/?lang=nl']);
  });
});
