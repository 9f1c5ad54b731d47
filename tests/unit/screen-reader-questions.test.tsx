// @vitest-environment jsdom
/**
 * Questions as a screen reader speaks them (issue 20): each kind of question says its question
 * before its answers, and every answer with its role and state; after an answer the next question
 * is announced once; the complaint search says how many it found, politely, and only once it knows.
 */
import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { chooseAgeBand, chooseSex } from '../../web/app/session-store.ts';
import type { AgeBand } from '../../web/engine/context.ts';
import hooikoorts from '../../i18n/nl/trees/hooikoorts.json';
import {
  after,
  announcements,
  answer,
  arrivalProblems,
  arrivedAt,
  assertiveProblems,
  freshDeviceForEachTest,
  h1,
  headingText,
  heard,
  listen,
  mainOf,
  NO_LIFE_THREAT,
  openApp,
  orderProblems,
  questionProblems,
  readPage,
  settle,
} from './screen-reader.ts';

/**
 * The complaint index arrives when this says so, the first time only: so a test can type while it
 * is still on its way (it is fetched once per file, then kept).
 */
const complaintIndex = vi.hoisted(() => {
  let release = () => undefined as void;
  const released = new Promise<void>((done) => (release = done));
  return { release, released };
});
vi.mock('virtual:complaint-index', async (original) => {
  await complaintIndex.released;
  return original();
});

freshDeviceForEachTest();

interface Visit {
  /** The address the person opens. */
  readonly address: string;
  /** The age band chosen before, for a tree that asks it; none: the tree asks it first. */
  readonly age?: AgeBand;
  /** The answers given on the way, by label. */
  readonly path: readonly string[];
}

async function visit({ address, age, path }: Visit): Promise<void> {
  if (age) chooseAgeBand(age);
  if (age) chooseSex('female');
  await openApp(address);
  await answer(...path);
}

const asthma = hooikoorts['q-asthma'];

/** Each kind of question, read from top to bottom: what must be heard in main, in this order. */
const QUESTION_PAGES: readonly (Visit & { page: string; heard: readonly string[] })[] = [
  {
    page: 'yes/no with a red-flag list (the first question of keelpijn: the ABCDE screen)',
    address: '/triage/keelpijn?lang=nl',
    age: '18-to-65-years',
    path: [],
    heard: [
      'group, Heeft iemand nu grote moeite met ademen?',
      h1('Heeft iemand nu grote moeite met ademen?'),
      'list',
      'kan niet of bijna niet ademen of praten',
      'heeft blauwe of grauwe lippen',
      'stikt: er zit iets vast in de keel',
      'krijgt opeens een dikke tong of keel',
      'end of list',
      'radio, Ja, not checked',
      'radio, Nee, not checked',
      'radio, Weet ik niet, not checked',
      'button, Verder',
    ],
  },
  {
    page: 'choice, with a hint to some answers (hooikoorts, after the ABCDE screen)',
    address: '/triage/hooikoorts?lang=nl',
    age: '18-to-65-years',
    path: NO_LIFE_THREAT,
    heard: [
      h1('Ben je benauwd, of piept je ademhaling?'),
      // Each hint is said with its answer, as its description (in the tree's own words, taken from its texts).
      `radio, ${asthma.severe}, ${asthma['severe-hint']}, not checked`,
      `radio, ${asthma.mild}, ${asthma['mild-hint']}, not checked`,
      'radio, Nee, not checked',
      'radio, Weet ik niet, not checked',
      'Waarom vragen we dit?',
      'button, Verder',
    ],
  },
  {
    page: 'a number, with "weet ik niet" (keelpijn: how many days)',
    address: '/triage/keelpijn?lang=nl',
    age: '18-to-65-years',
    path: [...NO_LIFE_THREAT, 'Nee', 'Nee', 'Nee'],
    heard: [
      h1('Hoeveel dagen heb je al keelpijn?'),
      'Vul een getal in. Minder dan een dag? Vul dan 0 in.',
      // The unit is said with the field: what to type is a number of days.
      'textbox, Hoeveel dagen heb je al keelpijn?, dagen Vul een getal in. Minder dan een dag? Vul dan 0 in.',
      'dagen',
      'button, Weet ik niet of niet gemeten',
      'button, Verder',
    ],
  },
  {
    page: 'the age, asked first by a tree that needs it',
    address: '/triage/keelpijn?lang=nl',
    path: [],
    heard: [
      'group, Hoe oud is de persoon om wie het gaat?, Zo passen de vragen beter. We vragen nooit een geboortedatum.',
      h1('Hoe oud is de persoon om wie het gaat?'),
      'Zo passen de vragen beter. We vragen nooit een geboortedatum.',
      'radio, Jonger dan 1 maand, not checked',
      'radio, 1 tot 3 maanden, not checked',
      'radio, 3 tot 12 maanden, not checked',
      'radio, 1 tot 4 jaar, not checked',
      'radio, 4 tot 12 jaar, not checked',
      'radio, 12 tot 16 jaar, not checked',
      'radio, 16 tot 18 jaar, not checked',
      'radio, 18 tot 65 jaar, not checked',
      'radio, 65 tot 70 jaar, not checked',
      'radio, 70 jaar of ouder, not checked',
      'button, Verder',
    ],
  },
  {
    page: 'yes/no on the helpdesk path (no ABCDE screen, no age)',
    address: '/triage/helpdesk-digitale-zorg?lang=nl',
    path: [],
    heard: [
      h1('Ben je patiënt bij een huisartsenpraktijk, of word je dat binnenkort?'),
      'radio, Ja, not checked',
      'radio, Nee, not checked',
      'button, Verder',
    ],
  },
];

describe('each kind of question, read from top to bottom', { timeout: 60_000 }, () => {
  for (const row of QUESTION_PAGES) {
    it(`${row.page}: the question, then every answer with its role and state`, async () => {
      await visit(row);
      await screen.findByRole('heading', { level: 1, name: headingText(row.heard.find((phrase) => phrase.startsWith('heading, '))!) });
      const page = await readPage();
      expect(orderProblems(mainOf(page), row.heard)).toEqual([]);
      expect(questionProblems(page)).toEqual([]);
    });
  }

  it('an answer given is heard as checked when the person comes back to it', async () => {
    await visit({ address: '/triage/keelpijn?lang=nl', age: '18-to-65-years', path: ['Nee'] });
    await arrivedAt(/niet goed wakker/);
    await userEvent.setup().click(screen.getByRole('link', { name: 'Terug' }));
    await arrivedAt('Heeft iemand nu grote moeite met ademen?');
    const page = mainOf(await readPage());
    expect(orderProblems(page, ['radio, Ja, not checked', 'radio, Nee, checked', 'radio, Weet ik niet, not checked'])).toEqual([]);
  });
});

/** After an answer, the next page: its question is what is said first, and it is said once. */
const MOVES: readonly (Visit & { move: string; answer: string; next: string })[] = [
  {
    move: 'the age band, then the first life-threat question',
    address: '/triage/keelpijn?lang=nl',
    path: [],
    answer: '18 tot 65 jaar',
    next: h1('Heeft iemand nu grote moeite met ademen?'),
  },
  {
    move: 'one life-threat question to the next',
    address: '/triage/keelpijn?lang=nl',
    age: '18-to-65-years',
    path: [],
    answer: 'Nee',
    next: h1('Is iemand nu niet goed wakker, opeens erg in de war of heeft iemand een aanval?'),
  },
  {
    move: 'the last life-threat question to the complaint’s first (a choice)',
    address: '/triage/hooikoorts?lang=nl',
    age: '18-to-65-years',
    path: NO_LIFE_THREAT.slice(1),
    answer: 'Nee',
    next: h1('Ben je benauwd, of piept je ademhaling?'),
  },
  {
    move: 'a yes/no question to a number question',
    address: '/triage/keelpijn?lang=nl',
    age: '18-to-65-years',
    path: [...NO_LIFE_THREAT, 'Nee', 'Nee'],
    answer: 'Nee',
    next: h1('Hoeveel dagen heb je al keelpijn?'),
  },
  {
    move: 'on the helpdesk path',
    address: '/triage/helpdesk-digitale-zorg?lang=nl',
    path: [],
    answer: 'Ja',
    next: h1('Gaat je vraag over je gezondheid?'),
  },
];

describe('after an answer, the next question is announced once', { timeout: 60_000 }, () => {
  for (const row of MOVES) {
    it(`${row.move}`, async () => {
      await visit(row);
      await screen.findAllByRole('radio');
      await listen();
      await answer(row.answer);
      await arrivedAt(headingText(row.next));
      expect(arrivalProblems(after(await heard(), 'button, Verder'), row.next)).toEqual([]);
    });
  }
});

describe('the complaint search', { timeout: 60_000 }, () => {
  /** The picker for an adult, with the complaint list there. */
  const openPicker = async () => {
    complaintIndex.release();
    chooseAgeBand('18-to-65-years');
    chooseSex('female');
    await openApp('/complaints?lang=nl');
    await screen.findByRole('heading', { name: 'Alle klachten' });
  };
  const search = async (typed: string) => {
    await listen();
    await userEvent.setup().type(screen.getByRole('searchbox', { name: 'Zoek je klacht' }), typed);
    await settle();
  };

  // The first test of the file to open the picker: the index is fetched once per file, and this test needs it still on its way.
  it('typed before the complaint list has loaded: says nothing until it knows, then how many it found', async () => {
    chooseAgeBand('18-to-65-years');
    chooseSex('female');
    await openApp('/complaints?lang=nl');
    await screen.findByRole('heading', { level: 1, name: 'Waar gaat je klacht over?' });
    expect(screen.queryByRole('heading', { name: 'Alle klachten' }), 'the list must still be on its way').toBeNull();
    await search('keel');
    expect(announcements(await heard())).toEqual([]);

    complaintIndex.release();
    await screen.findByRole('heading', { name: 'Alle klachten' });
    await settle();
    expect(announcements(await heard())).toEqual([{ politeness: 'polite', text: expect.stringMatching(/^\d+ klachten? gevonden$/) }]);
  });

  /** What is typed, and the complaint that must be the first result. */
  const SEARCHES = [
    { typed: 'keel', first: 'Keelpijn' },
    { typed: 'sore throat', first: 'Keelpijn' },
    { typed: 'oorpijn', first: 'Oorpijn' },
  ];
  for (const row of SEARCHES) {
    it(`"${row.typed}": the count is said politely; the page reads the field, the count, then the results, ${row.first} first`, async () => {
      await openPicker();
      await search(row.typed);
      expect(assertiveProblems(await heard())).toEqual([]);
      const count = announcements(await heard()).at(-1)?.text;

      const page = mainOf(await readPage());
      const results = page.slice(page.indexOf('status'));
      const links = results.slice(results.indexOf('list'), results.indexOf('end of list')).filter((phrase) => phrase.startsWith('link, '));
      expect(links[0]).toBe(`link, ${row.first}`);
      expect(count).toBe(links.length === 1 ? '1 klacht gevonden' : `${links.length} klachten gevonden`);
      expect(
        orderProblems(page, [`searchbox, Zoek je klacht, ${row.typed}`, 'status', count!, 'end of status', `link, ${row.first}`]),
      ).toEqual([]);
    });
  }

  it('nothing found: says so politely, and the way on is read next', async () => {
    await openPicker();
    await search('xyzzy');
    expect(announcements(await heard()).at(-1)).toEqual({
      politeness: 'polite',
      text: 'Niets gevonden. Probeer een ander woord of kies uit de lijst hieronder.',
    });
    expect(
      orderProblems(mainOf(await readPage()), [
        'Niets gevonden. Probeer een ander woord of kies uit de lijst hieronder.',
        'link, Ik heb meer dan één klacht',
        'link, Mijn klacht staat er niet bij',
        'heading, Alle klachten, level 2',
      ]),
    ).toEqual([]);
  });
});
