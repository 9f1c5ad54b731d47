// @vitest-environment jsdom
/**
 * Where a triage ends, as a screen reader speaks it (issue 20): each kind of outcome says what to
 * do before anything else, on arrival and when the page is read from the top, and the advice, the
 * safety net, the summary and "Klopt dit advies niet?" come after it; the error and not-found pages say what happened, then
 * the way on, with 112.
 */
import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { chooseAgeBand, chooseSex } from '../../web/app/session-store.ts';
import { dataFetch } from '../../web/build/data-fetch.ts';
import {
  after,
  answer,
  arrivalProblems,
  arrivedAt,
  firstSaid,
  freshDeviceForEachTest,
  h1,
  headingText,
  heard,
  listen,
  mainOf,
  NO_LIFE_THREAT,
  openApp,
  orderProblems,
  readPage,
} from './screen-reader.ts';

freshDeviceForEachTest();

/** A Tuesday morning and evening: the practice De Linde (an example in content/practices/) open, then closed. */
const TUESDAY_MORNING = '2026-11-24T10:00:00+01:00';
const TUESDAY_EVENING = '2026-11-24T22:00:00+01:00';

interface OutcomeRow {
  readonly outcome: string;
  readonly address: string;
  /** The moment of use: it decides the route (the practice, or the post). */
  readonly at: string;
  /** The answers by label; the last one is given while listening. */
  readonly path: readonly string[];
  /** A number typed at the last question instead of a choice. */
  readonly typed?: string;
  /** What the page says first: on arrival, and first in main when read from the top. */
  readonly first: string;
  /** Then, in this order. */
  readonly then: readonly string[];
}

/** The rest of every outcome page, after its action: the advice, the safety net, the summary, starting over, and a word to the makers. */
const AFTER_THE_ACTION = [
  'heading, Wat kun je doen?, level 2',
  'region, Wanneer bel je toch?',
  'region, Samenvatting voor je huisarts',
  'link, Opnieuw beginnen',
  'link, Klopt dit advies niet? Mail ons',
];

const OUTCOMES: readonly OutcomeRow[] = [
  {
    outcome: '112: a person who can hardly breathe (keelpijn, the first ABCDE question)',
    address: '/triage/keelpijn?lang=nl&practice=de-linde',
    at: TUESDAY_MORNING,
    path: ['Ja'],
    first: h1('Bel nu 112'),
    then: ['Meteen: levensgevaar', 'link, Bel 112', ...AFTER_THE_ACTION],
  },
  {
    outcome: 'the huisartsenpost: cannot swallow, on a Tuesday evening with the practice closed',
    address: '/triage/keelpijn?lang=nl&practice=de-linde',
    at: TUESDAY_EVENING,
    path: [...NO_LIFE_THREAT, 'Ja'],
    first: h1('Bel nu de huisartsenpost: 030-000 0100'),
    then: ['Nu: binnen een uur', 'link, Bel 030-000 0100', ...AFTER_THE_ACTION],
  },
  {
    outcome: 'the own GP today: an immune system that works less well, on a Tuesday morning',
    address: '/triage/keelpijn?lang=nl&practice=de-linde',
    at: TUESDAY_MORNING,
    path: [...NO_LIFE_THREAT, 'Nee', 'Ja'],
    first: h1('Bel vandaag je huisarts: 030-000 1002'),
    then: ['Vandaag: binnen een paar uur', 'link, Bel 030-000 1002', ...AFTER_THE_ACTION],
  },
  {
    outcome: 'an e-consult: a sore throat for 20 days',
    address: '/triage/keelpijn?lang=nl&practice=de-linde',
    at: TUESDAY_MORNING,
    path: [...NO_LIFE_THREAT, 'Nee', 'Nee', 'Nee'],
    typed: '20',
    first: h1('Stuur je huisarts een e-consult'),
    then: ['Stuur je huisarts een e-consult via MijnOmgeving', 'link, Naar MijnOmgeving', ...AFTER_THE_ACTION],
  },
  {
    outcome: 'self-care: a sore throat for 3 days',
    address: '/triage/keelpijn?lang=nl&practice=de-linde',
    at: TUESDAY_MORNING,
    path: [...NO_LIFE_THREAT, 'Nee', 'Nee', 'Nee'],
    typed: '3',
    first: h1('Je kunt dit zelf goed aanpakken'),
    then: ['Lees hieronder wat je zelf kunt doen. Blijf je twijfelen? Bel dan gewoon je huisarts.', ...AFTER_THE_ACTION],
  },
  {
    outcome: 'the Helpdesk Digitale Zorg: a patient who wants help with the portal',
    address: '/triage/helpdesk-digitale-zorg?lang=nl',
    at: TUESDAY_MORNING,
    path: ['Ja', 'Nee', 'Ja', 'Ja', 'Ja'],
    first: h1('De Helpdesk Digitale Zorg helpt je graag'),
    then: ['Neem contact op met de Helpdesk Digitale Zorg', ...AFTER_THE_ACTION],
  },
];

describe('each kind of outcome says what to do before anything else', { timeout: 90_000 }, () => {
  for (const row of OUTCOMES) {
    it(row.outcome, async () => {
      vi.useFakeTimers({ toFake: ['Date'], now: new Date(row.at) });
      chooseAgeBand('18-to-65-years');
      chooseSex('female');
      await openApp(row.address);
      const user = userEvent.setup();
      const last = row.typed ?? row.path.at(-1)!;
      await answer(...(row.typed ? row.path : row.path.slice(0, -1)));
      await screen.findByRole(row.typed ? 'textbox' : 'radio', row.typed ? {} : { name: last });
      await listen();
      if (row.typed) {
        await user.type(screen.getByRole('textbox'), row.typed);
        await user.click(screen.getByRole('button', { name: 'Verder' }));
      } else await answer(last);
      await arrivedAt(headingText(row.first));
      // On arrival: the action, once, and nothing before it.
      expect(arrivalProblems(after(await heard(), 'button, Verder'), row.first)).toEqual([]);

      // Read from the top: the action first in main, then the rest in order.
      const page = await readPage();
      expect(firstSaid(page)).toBe(row.first);
      expect(orderProblems(mainOf(page), [row.first, ...row.then])).toEqual([]);
    });
  }
});

describe('the pages that end a way early', { timeout: 60_000 }, () => {
  it('a complaint whose tree cannot be fetched: what happened, the retry, whom to call, and 112', async () => {
    const served = dataFetch();
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
      /\/oorpijn\./.test(String(input)) ? Promise.reject(new TypeError('Failed to fetch')) : served(input, init),
    );
    chooseAgeBand('18-to-65-years');
    chooseSex('female');
    await openApp('/complaints?lang=nl');
    const complaint = await screen.findByRole('link', { name: 'Oorpijn' });
    await listen();
    await userEvent.setup().click(complaint);
    await arrivedAt('Er ging iets mis');
    expect(arrivalProblems(after(await heard(), 'link, Oorpijn'), h1('Er ging iets mis'))).toEqual([]);

    const page = await readPage();
    expect(firstSaid(page)).toBe(h1('Er ging iets mis'));
    expect(
      orderProblems(mainOf(page), [
        h1('Er ging iets mis'),
        'We kunnen deze pagina nu niet laten zien. Misschien is de verbinding even weg.',
        'button, Probeer opnieuw',
        'Heb je nu hulp nodig? Bel dan je huisartsenpraktijk. Buiten kantoortijden bel je de huisartsenpost.',
        'Is er levensgevaar? Bel dan meteen 112.',
        'link, Bel 112',
        'link, Naar het begin',
      ]),
    ).toEqual([]);
  });

  it('an address that is no page: that it does not exist, then the way to the start', async () => {
    await openApp('/vragne?lang=nl');
    await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' });
    const page = await readPage();
    expect(firstSaid(page)).toBe(h1('Deze pagina bestaat niet'));
    expect(
      orderProblems(mainOf(page), [
        h1('Deze pagina bestaat niet'),
        'Misschien is het adres niet helemaal goed. Ga naar het begin en kies daar wat je zoekt.',
        'link, Naar het begin',
      ]),
    ).toEqual([]);
  });

  it('whatever the page, 112 is in the banner, heard before main', async () => {
    await openApp('/vragne?lang=nl');
    await screen.findByRole('heading', { level: 1 });
    const page = await readPage();
    expect(orderProblems(page, ['banner', 'link, Levensgevaar? Bel 112', 'end of banner', 'main'])).toEqual([]);
  });
});
