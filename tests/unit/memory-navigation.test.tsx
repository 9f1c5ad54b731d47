// @vitest-environment jsdom
/**
 * Inside a practice's page the app may not own the address: it runs on a history in memory,
 * with a Back of its own. A whole triage, there and back, and the browser never hears of it.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { languages } from '../../web/app/manifest.ts';
import { clearSession } from '../../web/app/session-store.ts';
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

const heading = async (name: string) => screen.findByRole('heading', { level: 1, name });

beforeEach(() => {
  serveData();
  clearSession();
});
afterEach(() => cleanup());

describe('a triage on in-memory navigation', () => {
  it('a patient who wants portal help reaches the helpdesk, going back once on the way; the host page keeps its address', async () => {
    const user = userEvent.setup();
    const historyBefore = window.history.length;
    const navigation = await embedAt('/triage/helpdesk-digitale-zorg?lang=nl');
    const answer = async (option: string) => {
      await user.click(await screen.findByRole('radio', { name: option }));
      await user.click(screen.getByRole('button', { name: 'Verder' }));
    };

    await heading('Ben je patiënt bij deze huisartsenpraktijk, of word je dat binnenkort?');
    expect(navigation.location().path).toBe('/triage/helpdesk-digitale-zorg/1');
    await answer('Ja');
    await answer('Nee');
    expect(navigation.location().path).toBe('/triage/helpdesk-digitale-zorg/3');

    // The embed's own Back: one step back in its memory, the session follows.
    navigation.back();
    await screen.findByRole('radio', { name: 'Nee', checked: false });
    expect(navigation.location().path).toBe('/triage/helpdesk-digitale-zorg/2');
    await answer('Nee');
    for (const option of ['Ja', 'Ja', 'Ja']) await answer(option);

    await heading('De Helpdesk Digitale Zorg helpt je graag');
    expect(navigation.location().path).toBe('/triage/helpdesk-digitale-zorg/6');
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
    await heading('Ben je patiënt bij deze huisartsenpraktijk, of word je dat binnenkort?');
    expect(navigation.location().path).toBe('/triage/helpdesk-digitale-zorg/1');
    expect(window.location.pathname).toBe(HOST_PAGE);
  });

  it('a link within the app moves the embed, not the host page', async () => {
    const user = userEvent.setup();
    const navigation = await embedAt('/?lang=nl');
    await user.click(await screen.findByRole('link', { name: /hulp nodig bij digitale zorg/ }));
    await heading('Ben je patiënt bij deze huisartsenpraktijk, of word je dat binnenkort?');
    expect(navigation.location().path).toBe('/triage/helpdesk-digitale-zorg/1');
    expect(window.location.pathname).toBe(HOST_PAGE);
  });
});
