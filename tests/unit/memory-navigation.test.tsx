// @vitest-environment jsdom
/**
 * Inside a practice's page the app may not own the address: it runs on a history in memory,
 * with a Back of its own. A whole triage, there and back, and the browser never hears of it.
 * A sensitive triage runs the same way where the app does own the address, with "Snel weg".
 */
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documents } from '../../web/app/device-mode.ts';
import { languages } from '../../web/app/manifest.ts';
import { SENSITIVE_TREES } from '../../web/app/sensitive-trees.ts';
import { activeSession, chooseAgeBand, chooseSex, chosenTrees, clearSession } from '../../web/app/session-store.ts';
import { browserNavigation } from '../../web/navigation/browser-navigation.ts';
import { resolveLanguage } from '../../web/i18n/i18n.ts';
import { initTexts } from '../../web/app/texts.ts';
import { memoryNavigation } from '../../web/navigation/memory-navigation.ts';
import { App } from '../../web/ui/App.tsx';
import { serveData } from './serve-data.ts';

const HOST_PAGE = '/praktijk/contact';

async function embedAt(start: string) {
  window.history.replaceState(null, '', HOST_PAGE);
  const navigation = memoryNavigation(start);
  const language = resolveLanguage(languages, '?lang=nl', null, []);
  await initTexts(languages, language.code);
  render(<App navigation={navigation} initialLanguage={language} languages={languages.languages} />);
  return navigation;
}

const heading = async (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

beforeEach(() => {
  serveData();
  clearSession();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a triage on in-memory navigation', { timeout: 30_000 }, () => {
  it('a patient who wants portal help reaches the helpdesk, going back once on the way; the host page keeps its address', async () => {
    const user = userEvent.setup();
    const historyBefore = window.history.length;
    const navigation = await embedAt('/triage/helpdesk-digitale-zorg?lang=nl');
    const answer = async (option: string) => {
      await user.click(await screen.findByRole('radio', { name: option }));
      await user.click(screen.getByRole('button', { name: 'Verder' }));
    };

    await heading(/^Ben je patiënt bij/);
    expect(navigation.location().path).toBe('/vragen/1');
    await answer('Ja');
    await answer('Nee');
    expect(navigation.location().path).toBe('/vragen/3');

    // The embed's own Back: one step back in its memory, the session follows.
    navigation.back();
    await screen.findByRole('radio', { name: 'Nee', checked: false });
    expect(navigation.location().path).toBe('/vragen/2');
    await answer('Nee');
    for (const option of ['Ja', 'Ja', 'Ja']) await answer(option);

    await heading('De Helpdesk Digitale Zorg helpt je graag');
    expect(navigation.location().path).toBe('/vragen/6');
    expect(window.location.pathname).toBe(HOST_PAGE);
    expect(window.history.length).toBe(historyBefore);
  });

  it('the in-page "Vorige" link goes back within the embed', async () => {
    const user = userEvent.setup();
    const navigation = await embedAt('/triage/helpdesk-digitale-zorg?lang=nl');
    await user.click(await screen.findByRole('radio', { name: 'Ja' }));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await heading('Gaat je vraag over je gezondheid?');
    await user.click(screen.getByRole('link', { name: 'Terug' }));
    await heading(/^Ben je patiënt bij/);
    expect(navigation.location().path).toBe('/vragen/1');
    expect(window.location.pathname).toBe(HOST_PAGE);
  });

  it('a link within the app moves the embed, not the host page', async () => {
    const user = userEvent.setup();
    const navigation = await embedAt('/?lang=nl');
    await user.click(await screen.findByRole('link', { name: /hulp nodig bij digitale zorg/ }));
    await heading(/^Ben je patiënt bij/);
    expect(navigation.location().path).toBe('/vragen/1');
    expect(window.location.pathname).toBe(HOST_PAGE);
  });
});

/** The app on the browser's own address bar, as main.tsx starts it. */
async function openAt(address: string) {
  window.history.replaceState(null, '', address);
  const language = resolveLanguage(languages, window.location.search, null, []);
  await initTexts(languages, language.code);
  render(<App navigation={browserNavigation(window)} initialLanguage={language} languages={languages.languages} />);
}

describe('private addresses on the browser’s own navigation', { timeout: 30_000 }, () => {
  it('a complaint chosen in the picker runs at /vragen/<n>: its name is never pushed into the history', async () => {
    const user = userEvent.setup();
    chooseAgeBand('18-to-65-years');
    chooseSex('female');
    await openAt('/complaints?lang=nl');
    const pushed: string[] = [];
    const push = window.history.pushState.bind(window.history);
    vi.spyOn(window.history, 'pushState').mockImplementation((state, unused, url) => {
      pushed.push(String(url));
      push(state, unused, url);
    });
    await user.click(await screen.findByRole('link', { name: 'Keelpijn' }));
    await screen.findByRole('radio', { name: 'Nee' });
    expect(window.location.pathname).toBe('/vragen/1');
    expect(pushed.join(' ')).not.toMatch(/keelpijn|triage/);
    await waitFor(() => expect(document.title).toBe('Vraag 1 – Wegwijzer'));
    // Kept on the device (for a reload), as every triage but a sensitive one.
    const { loadFromDevice } = await import('../../web/app/saved-session.ts');
    await waitFor(async () => expect(await loadFromDevice()).toMatchObject({ kind: 'unfinished', treeIds: 'keelpijn' }));
  });

  it('a baby’s link into the adults’ stomach-ache tree runs the children’s, at the same /vragen address', async () => {
    chooseAgeBand('1-to-3-months');
    await openAt('/triage/buikpijn-volwassene?lang=nl');
    // The shared danger screen first; its question on screen means the children's tree has started.
    await screen.findByRole('heading', { level: 1, name: 'Heeft iemand nu grote moeite met ademen?' });
    expect(chosenTrees()).toBe('buikpijn-kind');
    expect(window.location.pathname).toBe('/vragen/1');
  });

  it('a link from outside is replaced at once by the first step’s address', async () => {
    await openAt('/triage/keelpijn?lang=nl');
    expect(window.location.pathname + window.location.search).toBe('/vragen?lang=nl');
  });

  it('a sensitive triage runs in memory: the address and the history stay at the picker, the title names no question', async () => {
    const user = userEvent.setup();
    chooseAgeBand('18-to-65-years');
    chooseSex('female');
    await openAt('/complaints?lang=nl');
    const historyBefore = window.history.length;
    await user.click(await screen.findByRole('link', { name: 'Gedachten aan zelfmoord' }));
    for (let step = 1; step <= 3; step++) {
      await user.click(await screen.findByRole('radio', { name: 'Nee' }));
      await user.click(screen.getByRole('button', { name: 'Verder' }));
    }
    await waitFor(() => expect(document.title).toBe('Vraag 4 – Wegwijzer'));
    expect(window.location.pathname + window.location.search).toBe('/complaints?lang=nl');
    expect(window.history.length).toBe(historyBefore);
    expect(screen.getByRole('button', { name: 'Snel weg' })).toBeTruthy();
    // Nor is it kept on the device, to be offered by name after a reload.
    const { loadFromDevice } = await import('../../web/app/saved-session.ts');
    expect(await loadFromDevice()).toEqual({ kind: 'none' });

    // The in-page Back, on the first question, leaves the memory for the picker it came from.
    for (let step = 4; step > 1; step--) await user.click(screen.getByRole('link', { name: 'Terug' }));
    await user.click(screen.getByRole('link', { name: 'Terug' }));
    await screen.findByRole('heading', { level: 1, name: 'Waar gaat je klacht over?' });
    expect(window.history.length).toBe(historyBefore);
  });

  it('"Snel weg" forgets the answers, blanks the page and loads the app’s start page in place of the current entry', async () => {
    const user = userEvent.setup();
    const replace = vi.spyOn(documents, 'replace').mockImplementation(() => undefined);
    chooseAgeBand('18-to-65-years');
    chooseSex('female');
    await openAt('/complaints?lang=nl');
    await user.click(await screen.findByRole('link', { name: 'Gedachten aan zelfmoord' }));
    await user.click(await screen.findByRole('radio', { name: 'Nee' }));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await waitFor(() => expect(document.title).toBe('Vraag 2 – Wegwijzer'));
    await user.click(screen.getByRole('button', { name: 'Snel weg' }));
    await waitFor(() => expect(replace).toHaveBeenCalledWith('/?lang=nl'));
    expect(document.body.textContent).toBe('');
    expect(document.title).toBe('Wegwijzer');
    expect(activeSession('gedachten-aan-zelfmoord')).toBeUndefined();
  });

  it('every sensitive tree exists', async () => {
    const { treeEntry } = await import('../../web/app/manifest.ts');
    for (const id of SENSITIVE_TREES) expect(treeEntry(id), id).toBeDefined();
  });
});
