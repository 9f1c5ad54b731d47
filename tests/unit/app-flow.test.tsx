// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { languages } from '../../web/app/manifest.ts';
import { DB_VERSION, deleteFromDevice, storeOnDevice } from '../../web/app/saved-session.ts';
import { chooseAgeBand, chooseSex, clearSession } from '../../web/app/session-store.ts';
import { dataFetch } from '../../web/build/data-fetch.ts';
import { momentOf } from '../../web/engine/context.ts';
import { i18n, resolveLanguage } from '../../web/i18n/i18n.ts';
import { initTexts } from '../../web/app/texts.ts';
import { memoryNavigation } from '../../web/navigation/memory-navigation.ts';
import { App } from '../../web/ui/App.tsx';
import { ErrorBoundary, ErrorPage } from '../../web/ui/pages/ErrorPage.tsx';
import { AppStatusContext, StatusLine, type AppStatus } from '../../web/ui/parts/app-status.tsx';
import { I18nContext } from '../../web/ui/parts/i18n-context.tsx';
import { lazyPage } from '../../web/ui/parts/lazy-page.tsx';
import { NavigationContext } from '../../web/ui/parts/navigation-context.tsx';
import { SettingContext } from '../../web/ui/parts/setting-context.tsx';
import { serveData } from './serve-data.ts';
import { browserNavigation } from '../../web/navigation/browser-navigation.ts';
import { settingOf, startOn } from './harness.ts';

async function renderAt(url: string, { checkSaved = false } = {}) {
  window.history.replaceState(null, '', url);
  const language = resolveLanguage(languages, window.location.search, null, []);
  await initTexts(languages, language.code);
  render(<App navigation={browserNavigation(window)} initialLanguage={language} languages={languages.languages} checkSaved={checkSaved} />);
}

beforeEach(async () => {
  serveData();
  // A fresh, empty device store for every test (the app looks there only with checkSaved).
  globalThis.indexedDB = new IDBFactory();
  // Nor a practice or language remembered by an earlier test.
  localStorage.clear();
  clearSession();
  // Its deletion from the device runs later: let it finish before a test writes there (requests on one database run in order).
  await deleteFromDevice();
});
afterEach(() => cleanup());

describe('the patient flow', () => {
  it('starts with the two front doors and a 112 link that is always there', async () => {
    await renderAt('/?lang=nl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Waarmee kunnen we je helpen?');
    expect(screen.getByRole('link', { name: /gezondheidsklacht|klacht of maak me zorgen/ }).getAttribute('href')).toBe(
      '/complaints?lang=nl',
    );
    expect(screen.getByRole('link', { name: /hulp nodig bij digitale zorg/ }).getAttribute('href')).toBe(
      '/triage/helpdesk-digitale-zorg?lang=nl',
    );
    const emergencyLinks = screen.getAllByRole('link', { name: /112/ });
    expect(emergencyLinks.every((link) => link.getAttribute('href') === 'tel:112')).toBe(true);
  });

  it('asks one question in a fieldset whose legend is the h1, with the hint tied to it', async () => {
    await renderAt('/triage/helpdesk-digitale-zorg?lang=nl');
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Ben je patiënt bij een huisartsenpraktijk, of word je dat binnenkort?',
    });
    expect(heading.closest('legend')).not.toBeNull();
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    expect(window.location.pathname).toBe('/vragen/1');
  });

  it('shows an error summary when "Verder" is pressed without an answer', async () => {
    const user = userEvent.setup();
    await renderAt('/triage/helpdesk-digitale-zorg?lang=nl');
    await user.click(await screen.findByRole('button', { name: 'Verder' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Kies een antwoord');
    await waitFor(() => expect(document.title).toMatch(/^Fout: /));
    expect(screen.getByRole('group').getAttribute('aria-describedby')).toMatch(/error/);
  });

  it('walks a patient who wants portal help to the helpdesk, with safety net, version, draft notice and the feedback mail', async () => {
    const user = userEvent.setup();
    await renderAt('/triage/helpdesk-digitale-zorg?lang=nl');
    for (const option of ['Ja', 'Nee', 'Ja', 'Ja', 'Ja']) {
      await user.click(await screen.findByRole('radio', { name: option }));
      await user.click(screen.getByRole('button', { name: 'Verder' }));
    }
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('De Helpdesk Digitale Zorg helpt je graag');
    // On screen, and once more in the printout.
    expect(screen.getAllByText('Neem contact op met de Helpdesk Digitale Zorg').length).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: 'Wanneer bel je toch?' }).textContent).toContain('112');
    expect(screen.getAllByText(/versie \d+\.\d+\.\d+, inhoud sha256-[0-9a-f]{16}/)[0]).toBeTruthy();
    expect(screen.getByText(/nog een concept/)).toBeTruthy();
    // "Klopt dit advies niet?" mails the content owner the tree and the answers, as codes.
    const feedback = screen.getByRole('link', { name: 'Klopt dit advies niet? Mail ons' }).getAttribute('href')!;
    expect(feedback).toMatch(/^mailto:vragenlijsten@example\.org\?subject=/);
    expect(decodeURIComponent(feedback.split('&body=')[1]!).split('\r\n')).toEqual([
      expect.stringMatching(/^helpdesk-digitale-zorg \d+\.\d+\.\d+ sha256-[0-9a-f]{16}$/),
      'q-patient=yes',
      'q-medical=no',
      'q-digital=yes',
      'q-self-action=yes',
      'q-willing=yes',
    ]);
    expect(window.location.pathname).toBe('/vragen/6');
  });

  it('takes a number with a Dutch decimal comma and refuses one out of range', async () => {
    const user = userEvent.setup();
    chooseAgeBand('18-to-65-years');
    chooseSex('female');
    await renderAt('/triage/keelpijn?lang=nl');
    for (let i = 0; i < 8; i++) {
      await user.click(await screen.findByRole('radio', { name: 'Nee' }));
      await user.click(screen.getByRole('button', { name: 'Verder' }));
    }
    const input = await screen.findByRole('textbox', { name: 'Hoeveel dagen heb je al keelpijn?' });
    // Focus moves to the new question's heading first, as it does for a screen reader user.
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
    await user.type(input, '400');
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect((await screen.findByRole('alert')).textContent).toContain('van 0 tot en met 365');
    // The error summary takes focus (GOV.UK pattern); only then does the person correct the answer.
    await waitFor(() => expect(document.activeElement?.id).toBe('error-summary'));
    await user.clear(input);
    await user.type(input, '2,5');
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Je kunt dit zelf goed aanpakken'), {
      timeout: 3000,
    });
  });
  it('offers "weet ik niet" on a number question and takes it as the longer duration', async () => {
    const user = userEvent.setup();
    chooseAgeBand('18-to-65-years');
    chooseSex('female');
    await renderAt('/triage/keelpijn?lang=nl');
    for (let i = 0; i < 8; i++) {
      await user.click(await screen.findByRole('radio', { name: 'Nee' }));
      await user.click(screen.getByRole('button', { name: 'Verder' }));
    }
    await screen.findByRole('textbox', { name: 'Hoeveel dagen heb je al keelpijn?' });
    await user.click(screen.getByRole('button', { name: 'Weet ik niet of niet gemeten' }));
    // The e-consult outcome of 14 days or more, whose heading depends on the practice's hours.
    expect(
      (await screen.findAllByText(/Je hebt al 2 weken of langer keelpijn, of je weet niet hoe lang al/, {}, { timeout: 3000 }))[0],
    ).toBeTruthy();
  });
});

describe('a practice’s own numbers', () => {
  it('a request page waits for the practice’s set-up instead of showing the generic route first', async () => {
    const shown: string[] = [];
    const observer = new MutationObserver(() => {
      const action = document.querySelector('.outcome')?.textContent;
      if (action) shown.push(action);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    await renderAt('/requests/medication-question?lang=nl&practice=de-linde');
    await screen.findByRole('link', { name: /030-000 1010/ });
    observer.disconnect();
    // Every version of the advice that was ever on screen gave the practice’s own pharmacy number.
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(text).toContain('030-000 1010');
  });
});

describe('about Wegwijzer', () => {
  it('says plainly that it is no diagnosis, that answers stay on the device, and that the questions are drafts', async () => {
    await renderAt('/about?lang=nl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Over Wegwijzer');
    expect(screen.getByText(/stelt geen diagnose/)).toBeTruthy();
    expect(screen.getByText(/Ze gaan niet naar ons en niet naar de praktijk/)).toBeTruthy();
    expect(screen.getByText('Alle vragenlijsten zijn nog een concept: een arts heeft ze nog niet gecontroleerd.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Terug naar de start' }).getAttribute('href')).toBe('/?lang=nl');
  });

  it('is linked from the start screen', async () => {
    await renderAt('/?lang=en');
    expect(screen.getByRole('link', { name: 'How does Wegwijzer work?' }).getAttribute('href')).toBe('/about?lang=en');
  });
});

describe('language', () => {
  it('follows ?lang, then the stored choice, then the browser, then Dutch', () => {
    expect(resolveLanguage(languages, '?lang=en', 'nl', ['nl']).code).toBe('en');
    expect(resolveLanguage(languages, '', 'en', ['nl']).code).toBe('en');
    expect(resolveLanguage(languages, '', null, ['de-DE', 'en-GB']).code).toBe('en');
    expect(resolveLanguage(languages, '?lang=xx', null, ['fr']).code).toBe('nl');
  });
});

/** One part of the app on its own: at `path`, in Dutch, with this status and practice. */
async function renderPart(
  children: ComponentChildren,
  { path = '/', status = { online: true }, setting = {} }: Partial<{ path: string; status: AppStatus; setting: object }> = {},
) {
  await initTexts(languages, 'nl');
  const dutch = languages.languages.find((l) => l.code === 'nl')!;
  const i18nValue = {
    t: i18n.getFixedT('nl'),
    language: dutch,
    languages: languages.languages,
    voice: undefined,
    setLanguage: () => undefined,
  };
  return render(
    <NavigationContext.Provider value={memoryNavigation(path)}>
      <I18nContext.Provider value={i18nValue}>
        <SettingContext.Provider value={setting}>
          <AppStatusContext.Provider value={status}>{children}</AppStatusContext.Provider>
        </SettingContext.Provider>
      </I18nContext.Provider>
    </NavigationContext.Provider>,
  );
}

/** The built data as the app fetches it, except what `failing` matches: a network error, until `back()`. */
function networkFailsFor(failing: RegExp) {
  const served = dataFetch();
  let down = true;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
    down && failing.test(String(input)) ? Promise.reject(new TypeError('Failed to fetch')) : served(input, init),
  );
  return { back: () => (down = false) };
}

describe('every load ends: the calm page, with a retry that really loads again', () => {
  it('a tree that cannot be fetched ends on the calm page; "Probeer opnieuw" loads it once the network is back', async () => {
    const user = userEvent.setup();
    chooseAgeBand('18-to-65-years');
    chooseSex('female');
    // Only this test asks for the ear-ache tree: no other test has it loaded (and cached) already.
    const network = networkFailsFor(/\/oorpijn\./);
    await renderAt('/triage/oorpijn?lang=nl');
    await screen.findByRole('heading', { level: 1, name: 'Er ging iets mis' });
    expect(screen.getByText(/Bel dan je huisartsenpraktijk\. Buiten kantoortijden bel je de huisartsenpost\./)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Bel 112' }).every((link) => link.getAttribute('href') === 'tel:112')).toBe(true);

    network.back();
    await user.click(screen.getByRole('button', { name: 'Probeer opnieuw' }));
    // The shared ABCDE screen's first question: both trees and their texts are there now.
    await screen.findByRole('heading', { level: 1, name: /moeite met ademen/ });
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
  });

  it('a page whose code fails to load shows the calm page, and "Probeer opnieuw" loads the code again', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const Page = lazyPage(async () => {
      if (++attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return () => <h1>De pagina is er</h1>;
    });
    await renderPart(
      <ErrorBoundary>
        <Page />
      </ErrorBoundary>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Er ging iets mis' });
    await user.click(screen.getByRole('button', { name: 'Probeer opnieuw' }));
    await screen.findByRole('heading', { level: 1, name: 'De pagina is er' });
    expect(attempts).toBe(2);
  });

  it("with a practice set, the calm page gives its own number and the post's", async () => {
    const setting = settingOf('de-linde');
    await renderPart(<ErrorPage onRetry={() => undefined} />, { setting });
    expect(screen.getByText(`Heb je nu hulp nodig? Bel dan ${setting.practice.name}: ${setting.practice.phones.urgent}.`)).toBeTruthy();
    expect(
      screen.getByText(`Buiten kantoortijden bel je ${setting.region.spoedpost.name}: ${setting.region.spoedpost.phone}.`),
    ).toBeTruthy();
  });
});

/** A triage kept on the device, as a reload would find it: the sore-throat tree, at its first question. */
const keptTriage = () => storeOnDevice('keelpijn', startOn('keelpijn', { age: 30, moment: momentOf(new Date()) }), false);

describe('a real "page not found"', () => {
  it('a mistyped address shows the way back to the start', async () => {
    const user = userEvent.setup();
    await renderAt('/vragne?lang=nl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Deze pagina bestaat niet');
    expect(screen.getByText(/Misschien is het adres niet helemaal goed/)).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Naar het begin' }));
    await screen.findByRole('heading', { level: 1, name: 'Waarmee kunnen we je helpen?' });
  });

  it('a triage link with a tree this app does not have is a page not found too', async () => {
    await renderAt('/triage/keelpjin?lang=nl');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Deze pagina bestaat niet');
  });

  it('with a triage kept on the device, a mistyped address still shows "not found"; the start then offers to continue', async () => {
    const user = userEvent.setup();
    await keptTriage();
    await renderAt('/triage/keelpjin?lang=nl', { checkSaved: true });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Deze pagina bestaat niet');
    await user.click(screen.getByRole('link', { name: 'Naar het begin' }));
    await screen.findByRole('heading', { level: 1, name: 'Wil je verdergaan waar je was?' });
  });
});

describe('notices in their place', () => {
  it('unreadable saved answers: the notice shows on the question the app opened on, and is gone after it', async () => {
    const user = userEvent.setup();
    const db = await openDB('wegwijzer', DB_VERSION, { upgrade: (store) => store.createObjectStore('sessions') });
    await db.put('sessions', { format: 1, treeIds: 'keelpijn', session: 'not a session' }, 'current');
    db.close();
    await renderAt('/triage/helpdesk-digitale-zorg?lang=nl', { checkSaved: true });
    await screen.findByRole('heading', { level: 1, name: 'Ben je patiënt bij een huisartsenpraktijk, of word je dat binnenkort?' });
    const notice = 'We konden je vorige antwoorden niet terugzetten. Begin gerust opnieuw.';
    expect(screen.getByText(notice)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Ja' }));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await screen.findByRole('heading', { level: 1, name: 'Gaat je vraag over je gezondheid?' });
    expect(screen.queryByText(notice)).toBeNull();
  });

  it('"works offline now" waits until no question is asked; "offline" is said at once', async () => {
    const ready: AppStatus = { online: true, worker: 'offline-ready' };
    const line = () => screen.getByRole('status').textContent;
    for (const path of ['/vragen/3', '/complaints/age', '/complaints']) {
      await renderPart(<StatusLine />, { path, status: ready });
      expect(line(), path).toBe('');
      cleanup();
    }
    await renderPart(<StatusLine />, { path: '/', status: ready });
    expect(line()).toBe('Wegwijzer werkt nu ook zonder internet.');
    cleanup();
    await renderPart(<StatusLine />, { path: '/vragen/3', status: { online: false, worker: 'offline-ready' } });
    expect(line()).toMatch(/^Je bent offline\./);
  });
});
