// @vitest-environment jsdom
/**
 * Which practice the app is set up for: the start page says it and lets the person change or
 * clear it; a link's ?practice= holds for the visit but never silently replaces the practice
 * remembered on the device (the start page offers the way back); without a practice, an urgent
 * outcome says how to find the number and offers a practice or region to choose.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setKioskMode } from '../../web/app/device-mode.ts';
import { choicesKey } from '../../web/app/practice-choice.ts';
import { languages } from '../../web/app/manifest.ts';
import { resolveAction } from '../../web/care/resolve-action.ts';
import { momentOf } from '../../web/engine/context.ts';
import { i18n, resolveLanguage } from '../../web/i18n/i18n.ts';
import { initTexts } from '../../web/app/texts.ts';
import { browserNavigation } from '../../web/navigation/browser-navigation.ts';
import { App } from '../../web/ui/App.tsx';
import { ActionPanel } from '../../web/ui/parts/ActionPanel.tsx';
import { NavigationContext } from '../../web/ui/parts/navigation-context.tsx';
import { Settings } from '../../web/ui/parts/settings.tsx';
import { SettingReady, useSetting } from '../../web/ui/parts/setting-context.tsx';
import { serveData } from './serve-data.ts';

const KEY = 'wegwijzer.practice';
const LINDE = 'Huisartsenpraktijk De Linde (voorbeeld)';
const STRIJP = 'Gezondheidscentrum Strijp (voorbeeld)';

async function startAt(url: string) {
  window.history.replaceState(null, '', url);
  const language = resolveLanguage(languages, window.location.search, null, []);
  await initTexts(languages, language.code);
  render(<App navigation={browserNavigation(window)} initialLanguage={language} languages={languages.languages} />);
  await screen.findByRole('heading', { level: 1, name: 'Waarmee kunnen we je helpen?' });
}

/** The line on the start page that says which practice is active. */
const practiceLine = () => document.querySelector<HTMLElement>('.practice-line')!;

beforeEach(() => {
  serveData();
  localStorage.clear();
});
afterEach(async () => {
  cleanup();
  setKioskMode(false);
  await new Promise((done) => setTimeout(done, 50));
});

describe('the start page says which practice is active', () => {
  it('a first visit through a practice’s link: that practice, remembered for the next visit', async () => {
    await startAt('/?lang=nl&practice=strijp');
    await waitFor(() => expect(practiceLine().textContent).toContain(`Je huisartsenpraktijk: ${STRIJP}`));
    expect(localStorage.getItem(KEY)).toBe('strijp');
    expect(practiceLine().textContent).not.toContain('Eerder koos je');
  });

  it('remembering the link’s practice on a first visit does not load the set-up again (no flash of "loading")', () => {
    const strijp = { kind: 'practice', id: 'strijp' } as const;
    expect(choicesKey({ address: strijp, stored: strijp })).toBe(choicesKey({ address: strijp }));
    expect(choicesKey({ address: strijp, stored: { kind: 'practice', id: 'de-linde' } })).not.toBe(choicesKey({ address: strijp }));
  });

  it('without any practice: says there are no numbers, and offers the choice', async () => {
    await startAt('/?lang=nl');
    await waitFor(() => expect(practiceLine().textContent).toContain('Je hebt geen huisartsenpraktijk gekozen.'));
    expect(within(practiceLine()).getByRole('button', { name: 'Praktijk kiezen' })).toBeTruthy();
  });

  it('a link to another practice holds for this visit, never replaces the remembered one, and offers the way back', async () => {
    localStorage.setItem(KEY, 'de-linde');
    await startAt('/?lang=nl&practice=strijp');
    await waitFor(() => expect(practiceLine().textContent).toContain(`Je huisartsenpraktijk: ${STRIJP}`));
    expect(practiceLine().textContent).toContain(`Eerder koos je: ${LINDE}`);
    expect(localStorage.getItem(KEY)).toBe('de-linde');

    await userEvent.click(screen.getByRole('button', { name: `Terug naar ${LINDE}` }));
    await waitFor(() => expect(practiceLine().textContent).toContain(`Je huisartsenpraktijk: ${LINDE}`));
    // The link's practice is gone from the address (every link would carry it), the remembered one stays.
    expect(new URLSearchParams(window.location.search).get('practice')).toBeNull();
    expect(localStorage.getItem(KEY)).toBe('de-linde');
    expect(practiceLine().textContent).not.toContain('Eerder koos je');
    // Focus stays on the line, and the new state is announced once loaded.
    expect(document.activeElement).toBe(practiceLine());
    await waitFor(() => expect(within(practiceLine()).getByRole('status').textContent).toBe(`Je huisartsenpraktijk: ${LINDE}`));
  });

  it('…or, when the person says so, the link’s practice from now on', async () => {
    localStorage.setItem(KEY, 'de-linde');
    await startAt('/?lang=nl&practice=strijp');
    await userEvent.click(await screen.findByRole('button', { name: `Voortaan ${STRIJP} gebruiken` }));
    await waitFor(() => expect(localStorage.getItem(KEY)).toBe('strijp'));
    await waitFor(() => {
      expect(practiceLine().textContent).toContain(`Je huisartsenpraktijk: ${STRIJP}`);
      expect(practiceLine().textContent).not.toContain('Eerder koos je');
    });
  });

  it('a link to a practice this build does not have changes nothing', async () => {
    localStorage.setItem(KEY, 'de-linde');
    await startAt('/?lang=nl&practice=bestaat-niet');
    await waitFor(() => expect(practiceLine().textContent).toContain(`Je huisartsenpraktijk: ${LINDE}`));
    expect(localStorage.getItem(KEY)).toBe('de-linde');
  });

  it('the person changes it from the list, or clears it', async () => {
    localStorage.setItem(KEY, 'de-linde');
    await startAt('/?lang=nl');
    await waitFor(() => expect(practiceLine().textContent).toContain(LINDE));
    const toggle = screen.getByRole('button', { name: 'Andere praktijk kiezen' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = await screen.findByRole('combobox', { name: 'Kies je huisartsenpraktijk of je regio' });
    // Practices and regions of this build, by name; the current one chosen.
    expect([...list.querySelectorAll('optgroup')].map((group) => group.label)).toEqual([
      'Praktijken',
      'Alleen een regio: als je praktijk er niet bij staat',
    ]);
    expect((list as HTMLSelectElement).value).toBe('practice:de-linde');
    await userEvent.selectOptions(list, 'practice:strijp');
    await userEvent.click(screen.getByRole('button', { name: 'Kiezen' }));
    await waitFor(() => expect(practiceLine().textContent).toContain(`Je huisartsenpraktijk: ${STRIJP}`));
    expect(localStorage.getItem(KEY)).toBe('strijp');

    await userEvent.click(screen.getByRole('button', { name: 'Andere praktijk kiezen' }));
    await userEvent.selectOptions(await screen.findByRole('combobox'), '');
    await userEvent.click(screen.getByRole('button', { name: 'Kiezen' }));
    await waitFor(() => expect(practiceLine().textContent).toContain('Je hebt geen huisartsenpraktijk gekozen.'));
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('a region alone: the post’s number without a practice', async () => {
    await startAt('/?lang=nl');
    await userEvent.click(await screen.findByRole('button', { name: 'Praktijk kiezen' }));
    await userEvent.selectOptions(await screen.findByRole('combobox'), 'region:eindhoven');
    await userEvent.click(screen.getByRole('button', { name: 'Kiezen' }));
    await waitFor(() => expect(practiceLine().textContent).toContain('Je regio: Regio Eindhoven (voorbeeld)'));
    expect(localStorage.getItem('wegwijzer.region')).toBe('eindhoven');
  });

  it('on the waiting-room screen: the practice is shown, never changed, nothing is stored', async () => {
    setKioskMode(true);
    await startAt('/?lang=nl&mode=kiosk&practice=de-linde');
    await waitFor(() => expect(practiceLine().textContent).toContain(LINDE));
    expect(within(practiceLine()).queryByRole('button')).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});

/** An outcome's action panel, with the settings the app would have at that address. */
function Panel({ at }: { at: string }) {
  const setting = useSetting();
  return (
    <ActionPanel
      action={resolveAction({ urgency: 'U2', channel: 'urgent-gp' }, setting, momentOf(new Date(at)))}
      showHeadline
      practiceName={setting.practice?.name}
    />
  );
}

async function renderPanel(at: string) {
  window.history.replaceState(null, '', '/vragen?lang=nl');
  const language = resolveLanguage(languages, '?lang=nl', null, []);
  await initTexts(languages, language.code);
  await i18n.loadNamespaces('content');
  const navigation = browserNavigation(window);
  render(
    <NavigationContext.Provider value={navigation}>
      <Settings initialLanguage={language} languages={languages.languages} storageReset={false}>
        <SettingReady>
          <Panel at={at} />
        </SettingReady>
      </Settings>
    </NavigationContext.Provider>,
  );
}

describe('no practice, no number: an urgent outcome says what a person can really do', () => {
  it('at night: call the own GP (the recorded message gives the post’s number) or find it on their website, 112, and a choice', async () => {
    await renderPanel('2026-11-27T23:00:00+01:00');
    const panel = await waitFor(() => document.querySelector<HTMLElement>('.action')!);
    expect(panel.textContent).toContain('Bel nu de huisartsenpost in je regio');
    expect(panel.textContent).toContain(
      'Bel het nummer van je eigen huisarts. Is de praktijk dicht? Dan hoor je een bandje met het nummer van de huisartsenpost.',
    );
    expect(panel.textContent).toContain('Of zoek het nummer op de website van je huisarts.');
    expect(within(panel).getByRole('link', { name: 'Bel 112' }).getAttribute('href')).toBe('tel:112');
    expect(panel.textContent).toContain('Staat je praktijk of je regio in de lijst? Kies hem dan. Dan zie je hier het nummer.');

    // Choosing a region gives the post's number, there and then.
    await userEvent.selectOptions(await within(panel).findByRole('combobox'), 'region:utrecht-stad');
    await userEvent.click(within(panel).getByRole('button', { name: 'Kiezen' }));
    await waitFor(() => expect(document.querySelector('.action')?.textContent).toContain('Bel nu de huisartsenpost: 030-000 0100'));
    expect(document.querySelector('.action')!.textContent).not.toContain('bandje');
  });

  it('in office hours: where to find the own GP’s number, and 112', async () => {
    await renderPanel('2026-11-24T10:00:00+01:00');
    const panel = await waitFor(() => document.querySelector<HTMLElement>('.action')!);
    expect(panel.textContent).toContain('Bel nu de spoedlijn van je huisarts');
    expect(panel.textContent).toContain('Weet je het nummer van je huisarts niet? Zoek het op de website van je huisartsenpraktijk.');
    expect(within(panel).getByRole('link', { name: 'Bel 112' })).toBeTruthy();
  });

  it('with a practice there is a number, and none of this', async () => {
    localStorage.setItem(KEY, 'de-linde');
    await renderPanel('2026-11-27T23:00:00+01:00');
    await waitFor(() => expect(document.querySelector('.action')?.textContent).toContain('Bel nu de huisartsenpost: 030-000 0100'));
    expect(document.querySelector('.action')!.textContent).not.toContain('Weet je het nummer');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('a practice’s own closing day is said as such, not as "evening, night, weekend or a holiday"', async () => {
    localStorage.setItem(KEY, 'de-linde');
    await renderPanel('2026-12-31T10:00:00+01:00');
    const panel = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.action');
      expect(found?.textContent).toContain('Bel nu de huisartsenpost');
      return found!;
    });
    expect(panel.textContent).toContain('Je huisartsenpraktijk is vandaag gesloten.');
    expect(panel.textContent).not.toContain('avond, nacht, weekend');
  });
});
