// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { languages } from '../../web/app/manifest.ts';
import { setKioskMode } from '../../web/app/device-mode.ts';
import { activeSession, clearSession } from '../../web/app/session-store.ts';
import { resolveLanguage } from '../../web/i18n/i18n.ts';
import { initTexts } from '../../web/app/texts.ts';
import { App } from '../../web/ui/App.tsx';
import { serveData } from './serve-data.ts';
import { IDLE_MS, WARNING_MS } from '../../web/ui/parts/KioskTimeout.tsx';
import { browserNavigation } from '../../web/navigation/browser-navigation.ts';

const HELPDESK = 'helpdesk-digitale-zorg';

async function openKioskAtSecondQuestion() {
  window.history.replaceState(null, '', `/triage/${HELPDESK}?lang=nl&mode=kiosk&practice=de-linde`);
  const language = resolveLanguage(languages, window.location.search, null, []);
  await initTexts(languages, language.code);
  render(<App navigation={browserNavigation(window)} initialLanguage={language} languages={languages.languages} />);
  fireEvent.click(await screen.findByRole('radio', { name: 'Ja' }));
  fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
  await screen.findByRole('heading', { level: 1, name: 'Gaat je vraag over je gezondheid?' });
  await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
  // Only now the clocks (pages load lazily, and findBy… polls with timers); a tap re-arms the idle timer on them.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  fireEvent.pointerDown(document.body);
}

const wait = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

beforeEach(() => {
  serveData();
  clearSession();
  setKioskMode(true);
  localStorage.clear();
});
afterEach(async () => {
  vi.useRealTimers();
  cleanup();
  // Preact runs effect clean-ups on a short timer: let them finish while jsdom's window still exists.
  await new Promise((done) => setTimeout(done, 100));
  setKioskMode(false);
});

describe('the waiting-room screen', () => {
  it('asks "Ben je er nog?" after a quiet spell, then wipes everything and starts over for the next person', async () => {
    await openKioskAtSecondQuestion();
    expect(activeSession(HELPDESK)).toBeDefined();

    await wait(IDLE_MS + 1000);
    const dialog = screen.getByRole('alertdialog', { name: 'Ben je er nog?' });
    expect(dialog.textContent).toMatch(/Nog \d+ seconden/);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ik ben er nog' })));

    await wait(WARNING_MS + 1000);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(window.location.pathname).toBe('/');
    expect(window.location.search).toBe('?lang=nl&mode=kiosk&practice=de-linde');
    vi.useRealTimers();
    await screen.findByRole('heading', { level: 1, name: 'Waarmee kunnen we je helpen?' });
    expect(activeSession(HELPDESK)).toBeUndefined();
  });

  it('"Ik ben er nog" keeps the person where they were', async () => {
    await openKioskAtSecondQuestion();
    await wait(IDLE_MS + 1000);
    fireEvent.click(screen.getByRole('button', { name: 'Ik ben er nog' }));
    await wait(WARNING_MS + 1000);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(window.location.pathname).toBe(`/triage/${HELPDESK}/2`);
    expect(activeSession(HELPDESK)).toBeDefined();
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
