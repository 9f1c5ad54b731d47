// @vitest-environment jsdom
/** What the first screens fetch, and when: nothing more than they need, and side by side. */
import { render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { languages } from '../../web/app/manifest.ts';
import { initTexts } from '../../web/app/texts.ts';
import { App } from '../../web/ui/App.tsx';
import { preloadPage } from '../../web/ui/pages/page-switch.tsx';
import { requested, serveData } from './serve-data.ts';
import { browserNavigation } from '../../web/navigation/browser-navigation.ts';
import { renderLoadFailures } from '../../web/build/prerender-pages.tsx';
import { LOAD_FAILED_ID, showLoadFailure } from '../../web/ui/pages/ErrorPage.tsx';

beforeEach(() => serveData());

describe('the first question comes quickly', () => {
  it('a link straight into a triage fetches its trees and their texts side by side while the app starts', async () => {
    await initTexts(languages, 'nl');
    preloadPage('/triage/keelpijn');
    const fetched = (kind: string, id: string) => requested.some((path) => path.startsWith(`/data/${kind}/${id}.`));
    // The shared ABCDE screen comes from the manifest, so it does not wait for the complaint tree.
    await waitFor(() => {
      for (const id of ['keelpijn', 'abcde']) {
        expect(fetched('decision-trees', id)).toBe(true);
        expect(fetched('i18n/nl/trees', id)).toBe(true);
      }
    });
    expect(requested.filter((path) => path.includes('/keelpijn.'))).toHaveLength(2);
  });

  it('the start screen needs only the common texts, not the outcome and picker texts', async () => {
    window.history.replaceState(null, '', '/?lang=nl');
    await initTexts(languages, 'nl');
    render(<App navigation={browserNavigation(window)} initialLanguage={languages.languages[0]!} languages={languages.languages} />);
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Waarmee kunnen we je helpen?'));
    expect(requested.filter((path) => path.startsWith('/data/'))).toEqual([
      expect.stringMatching(/^\/data\/i18n\/nl\/common\.[0-9a-f]{16}\.json$/),
    ]);
  });
});

describe('when the app cannot start (its texts do not load), every prerendered page carries a calm page', () => {
  /** A prerendered page as the build writes it: the frame with the loading line, and the built-in calm page. */
  async function shellPage() {
    document.body.innerHTML = `<div id="app"><header><a href="tel:112">Bel 112</a></header><main id="main"><p class="loading" role="status">Even geduld</p></main></div>${await renderLoadFailures()}`;
  }
  const mainText = () => document.getElementById('main')!.textContent;
  afterEach(() => {
    document.body.innerHTML = '';
    document.title = '';
  });

  it('is hidden until the app shows it, in Dutch and in English', async () => {
    await shellPage();
    const built = document.getElementById(LOAD_FAILED_ID)!;
    expect(built.hidden).toBe(true);
    expect([...built.children].map((page) => page.getAttribute('lang'))).toEqual(['nl', 'en']);
  });

  it('shows in the person’s language where the loading line was: what happened, a retry that reloads, the phone route and 112', async () => {
    await shellPage();
    showLoadFailure('nl');
    expect(document.querySelector('#main .loading')).toBeNull();
    expect(document.querySelector('#main h1')?.textContent).toBe('Er ging iets mis');
    expect(document.title).toBe('Er ging iets mis');
    expect(mainText()).toContain('Misschien is de verbinding even weg.');
    expect(mainText()).toContain('Bel dan je huisartsenpraktijk. Buiten kantoortijden bel je de huisartsenpost.');
    expect(mainText()).not.toContain('Something went wrong');
    // A plain link to this same address: it works without the app.
    const retry = [...document.querySelectorAll('#main a')].find((link) => link.textContent === 'Probeer opnieuw');
    expect(retry?.getAttribute('href')).toBe('');
    expect(document.querySelector('#main a[href="tel:112"]')?.textContent).toBe('Bel 112');

    await shellPage();
    showLoadFailure('en');
    expect(document.querySelector('#main h1')?.textContent).toBe('Something went wrong');
    expect(mainText()).toContain('Try again');
    expect(mainText()).not.toContain('Er ging iets mis');
  });

  it('in a language that is not built in, shows Dutch and English', async () => {
    await shellPage();
    showLoadFailure('ar');
    expect([...document.querySelectorAll('#main h1')].map((h1) => h1.textContent)).toEqual(['Er ging iets mis', 'Something went wrong']);
  });
});
