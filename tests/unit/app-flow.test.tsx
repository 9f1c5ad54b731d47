// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { languages } from '../../web/app/manifest.ts';
import { chooseAgeBand, clearSession } from '../../web/app/session-store.ts';
import { resolveLanguage } from '../../web/i18n/i18n.ts';
import { initTexts } from '../../web/app/texts.ts';
import { App } from '../../web/ui/App.tsx';
import { serveData } from './serve-data.ts';
import { browserNavigation } from '../../web/navigation/browser-navigation.ts';

async function renderAt(url: string) {
  window.history.replaceState(null, '', url);
  const language = resolveLanguage(languages, window.location.search, null, []);
  await initTexts(languages, language.code);
  render(<App navigation={browserNavigation(window)} initialLanguage={language} languages={languages.languages} />);
}

beforeEach(() => {
  serveData();
  clearSession();
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
      name: 'Ben je patiënt bij deze huisartsenpraktijk, of word je dat binnenkort?',
    });
    expect(heading.closest('legend')).not.toBeNull();
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    expect(window.location.pathname).toBe('/triage/helpdesk-digitale-zorg/1');
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

  it('walks a patient who wants portal help to the helpdesk, with safety net, version and draft notice', async () => {
    const user = userEvent.setup();
    await renderAt('/triage/helpdesk-digitale-zorg?lang=nl');
    for (const option of ['Ja', 'Nee', 'Ja', 'Ja', 'Ja']) {
      await user.click(await screen.findByRole('radio', { name: option }));
      await user.click(screen.getByRole('button', { name: 'Verder' }));
    }
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('De Helpdesk Digitale Zorg helpt je graag');
    expect(screen.getByText('Neem contact op met de Helpdesk Digitale Zorg')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Wanneer bel je toch?' }).textContent).toContain('112');
    expect(screen.getByText(/versie 1\.0\.0, inhoud sha256-[0-9a-f]{16}/)).toBeTruthy();
    expect(screen.getByText(/nog een concept/)).toBeTruthy();
    expect(window.location.pathname).toBe('/triage/helpdesk-digitale-zorg/6');
  });

  it('takes a number with a Dutch decimal comma and refuses one out of range', async () => {
    const user = userEvent.setup();
    chooseAgeBand('18-to-65-years');
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
    await renderAt('/triage/keelpijn?lang=nl');
    for (let i = 0; i < 8; i++) {
      await user.click(await screen.findByRole('radio', { name: 'Nee' }));
      await user.click(screen.getByRole('button', { name: 'Verder' }));
    }
    await screen.findByRole('textbox', { name: 'Hoeveel dagen heb je al keelpijn?' });
    await user.click(screen.getByRole('button', { name: 'Weet ik niet of niet gemeten' }));
    // The e-consult outcome of 14 days or more, whose heading depends on the practice's hours.
    expect(
      await screen.findByText(/Je hebt al 2 weken of langer keelpijn, of je weet niet hoe lang al/, {}, { timeout: 3000 }),
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
