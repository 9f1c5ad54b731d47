// @vitest-environment jsdom
/**
 * What the app says without being asked (issue 20): status messages (offline, copied) are
 * announced politely and never interrupt a question; the waiting-room screen's "Ben je er nog?"
 * is heard as a dialog that holds the reader, and counts down in steps of ten. And the checks of
 * screen-reader.ts, each tried on a small hand-made page with a planted fault: they must fail.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documents, setKioskMode } from '../../web/app/device-mode.ts';
import { chooseAgeBand, chooseSex } from '../../web/app/session-store.ts';
import { memoryNavigation } from '../../web/navigation/memory-navigation.ts';
import { IDLE_MS } from '../../web/ui/parts/KioskTimeout.tsx';
import {
  after,
  announcements,
  answer,
  arrivalProblems,
  arrivedAt,
  assertiveProblems,
  firstSaid,
  freshDeviceForEachTest,
  h1,
  heard,
  listen,
  openApp,
  orderProblems,
  questionProblems,
  readOn,
  readPage,
  settle,
} from './screen-reader.ts';

freshDeviceForEachTest();

/** The browser loses its connection. */
function goOffline() {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  fireEvent(window, new Event('offline'));
}

/**
 * Press "Kopiëren", with a clipboard that takes the text or refuses it. Set just before: user-event's
 * setup, also the one inside the screen reader's start, puts its own clipboard on navigator.
 */
function copyWith(works: boolean) {
  const writeText = vi.fn(async () => {
    if (!works) throw new DOMException('Write permission denied.', 'NotAllowedError');
  });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  fireEvent.click(screen.getByRole('button', { name: 'Kopiëren' }));
}

/** Keelpijn's first question, at the ABCDE screen. */
async function atFirstQuestion() {
  chooseAgeBand('18-to-65-years');
  chooseSex('female');
  await openApp('/triage/keelpijn?lang=nl');
  await screen.findByRole('heading', { level: 1, name: 'Heeft iemand nu grote moeite met ademen?' });
}

/** The 112 outcome, with its summary to copy. */
async function atOutcome() {
  await atFirstQuestion();
  await answer('Ja');
  await arrivedAt('Bel nu 112');
}

/** A status message: where the person is, what happens, and the one thing then said. */
const STATUS_MESSAGES = [
  {
    message: 'offline, on a question',
    open: atFirstQuestion,
    cause: async () => goOffline(),
    said: 'Je bent offline. De vragen werken gewoon verder. Bellen kan altijd.',
  },
  {
    message: 'the summary copied, on an outcome',
    open: atOutcome,
    cause: async () => copyWith(true),
    said: 'De samenvatting is gekopieerd.',
  },
  {
    message: 'copying refused by the browser, on an outcome',
    open: atOutcome,
    cause: async () => copyWith(false),
    said: 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.',
  },
];

describe('status messages are said politely, once', { timeout: 60_000 }, () => {
  for (const row of STATUS_MESSAGES) {
    it(row.message, async () => {
      await row.open();
      await listen();
      await row.cause();
      await settle();
      expect(announcements(await heard())).toEqual([{ politeness: 'polite', text: row.said }]);
    });
  }

  it('offline on a question, then an answer: the next question is said first and once, the offline message not again', async () => {
    await atFirstQuestion();
    goOffline();
    await settle();
    await listen();
    await answer('Nee');
    await arrivedAt('Is iemand nu niet goed wakker, opeens erg in de war of heeft iemand een aanval?');
    const afterMove = after(await heard(), 'button, Verder');
    expect(arrivalProblems(afterMove, h1('Is iemand nu niet goed wakker, opeens erg in de war of heeft iemand een aanval?'))).toEqual([]);
    expect(announcements(afterMove)).toEqual([]);
  });
});

describe('the waiting-room screen’s "Ben je er nog?"', { timeout: 60_000 }, () => {
  const KIOSK = '?lang=nl&mode=kiosk&practice=de-linde';
  const DIALOG =
    'alertdialog, Ben je er nog?, Doe je niets, dan beginnen we opnieuw voor de volgende persoon. Je antwoorden worden dan gewist., modal';
  const wait = (ms: number) =>
    act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });

  beforeEach(() => {
    setKioskMode(true);
    vi.spyOn(documents, 'replace').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    // Preact runs effect clean-ups on a short timer: let them finish while jsdom's window still exists.
    vi.useRealTimers();
    cleanup();
    await new Promise((done) => setTimeout(done, 100));
    setKioskMode(false);
  });

  it('is heard as a dialog with its question and what will happen, holds the reader, and counts down politely in tens', async () => {
    await openApp(`/${KIOSK}`, memoryNavigation(`/triage/helpdesk-digitale-zorg${KIOSK}`));
    await answer('Ja');
    await arrivedAt('Gaat je vraag over je gezondheid?');
    // Only now the clocks (pages load lazily, and findBy… polls with timers); a tap re-arms the idle timer on them.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    fireEvent.pointerDown(document.body);
    await listen();

    await wait(IDLE_MS + 500);
    // Focus is on "Ik ben er nog": the dialog is said first, with what happens if nobody answers.
    expect(await heard()).toEqual(['document', DIALOG, 'button, Ik ben er nog']);
    // The count, seen and heard, starts at 30 seconds when the dialog opens.
    expect(screen.getByRole('alertdialog').textContent).toContain('Nog 30 seconden');
    // Reading on stays in the dialog (aria-modal): the question behind it is not read.
    const reading = await readOn(12);
    expect(
      orderProblems(reading, [
        'heading, Ben je er nog?, level 2',
        'Doe je niets, dan beginnen we opnieuw voor de volgende persoon. Je antwoorden worden dan gewist.',
        'We beginnen over ongeveer 30 seconden opnieuw.',
        'button, Ik ben er nog',
      ]),
    ).toEqual([]);
    expect(reading.filter((phrase) => phrase === 'main' || phrase.includes('Gaat je vraag over je gezondheid?'))).toEqual([]);

    await listen();
    for (let second = 0; second < 25; second++) await wait(1000);
    expect(announcements(await heard())).toEqual([
      { politeness: 'polite', text: 'We beginnen over ongeveer 20 seconden opnieuw.' },
      { politeness: 'polite', text: 'We beginnen over ongeveer 10 seconden opnieuw.' },
    ]);
  });
});

/** A small page of our own, as a screen reader reads it from the top. */
async function handMade(html: string) {
  document.body.innerHTML = html;
  return readPage();
}

/** A hand-made question: its legend (the h1) before its answers, or after them. */
const QUESTION = (order: 'legend first' | 'answers first', radio = '<input type="radio" id="a" name="q"><label for="a">Ja</label>') => {
  const legend = '<legend><h1 tabindex="-1">Heb je koorts?</h1></legend>';
  return `<main><form><fieldset>${order === 'legend first' ? legend + radio : radio + legend}</fieldset><button>Verder</button></form></main>`;
};

describe('hand-made pages', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  describe('the reader hears what a browser exposes', () => {
    it('a radio checked by a script, as Preact does, is heard as checked: the reader is shown its checkedness, not its attribute', async () => {
      document.body.innerHTML = QUESTION('legend first');
      document.querySelector('input')!.checked = true;
      expect(orderProblems(await readPage(), ['radio, Ja, checked'])).toEqual([]);
    });
  });

  describe('the checks fail on a planted fault', () => {
    it('a question whose answers are read before it', async () => {
      expect(questionProblems(await handMade(QUESTION('legend first')))).toEqual([]);
      expect(questionProblems(await handMade(QUESTION('answers first')))).toEqual([
        '"radio, Ja, not checked, position 1, set size 1" is heard before the question "heading, Heb je koorts?, level 1"',
      ]);
    });

    it('answers that are plain buttons: no role or state to hear', async () => {
      const buttons = '<button type="button">Ja</button><button type="button">Nee</button>';
      expect(questionProblems(await handMade(QUESTION('legend first', buttons)))).toEqual([
        'no answer is heard as a radio, checkbox or field',
      ]);
    });

    it('an outcome that says something before its action, or its action after the advice', async () => {
      const outcome = (body: string) => handMade(`<main><a href="/">Terug</a>${body}</main>`);
      const action = '<h1>Bel nu 112</h1><p><a href="tel:112">Bel 112</a></p>';
      const advice = '<h2>Wat kun je doen?</h2><p>Blijf bij de persoon.</p>';
      expect(firstSaid(await outcome(action + advice))).toBe(h1('Bel nu 112'));
      expect(firstSaid(await outcome(`<p>Goed dat je dit nagaat.</p>${action}${advice}`))).toBe('Goed dat je dit nagaat.');
      const order = [h1('Bel nu 112'), 'link, Bel 112', 'heading, Wat kun je doen?, level 2'];
      expect(orderProblems(await outcome(action + advice), order)).toEqual([]);
      expect(orderProblems(await outcome(advice + action), order)).toEqual([
        '"heading, Wat kun je doen?, level 2" is not heard after "link, Bel 112"',
      ]);
    });

    it('a status message that interrupts (aria-live="assertive")', async () => {
      const status = async (attributes: string) => {
        await handMade(`<main><p ${attributes}></p></main>`);
        document.querySelector('p')!.textContent = 'Je bent offline.';
        await settle();
        return assertiveProblems(await heard());
      };
      expect(await status('role="status"')).toEqual([]);
      expect(await status('role="status" aria-live="assertive"')).toEqual(['"Je bent offline." interrupts (assertive)']);
    });

    it('a move after which something else is said first, or the question twice', async () => {
      const move = async (focus: (page: { main: HTMLElement; heading: HTMLElement }) => void) => {
        await handMade(
          '<main tabindex="-1"><p role="status">Je bent offline.</p><h1 tabindex="-1">Vraag twee?</h1><button>Verder</button></main>',
        );
        screen.getByRole('button').focus();
        await settle();
        focus({ main: document.querySelector('main')!, heading: document.querySelector('h1')! });
        await settle();
        return arrivalProblems(after(await heard(), 'button, Verder'), h1('Vraag twee?'));
      };
      expect(await move(({ heading }) => heading.focus())).toEqual([]);
      // Focus on main: its status line would be read before the question.
      expect(await move(({ main }) => main.focus())).toEqual([
        '"main" is said before "heading, Vraag twee?, level 1"',
        '"heading, Vraag twee?, level 1" is said 0 times, not once',
      ]);
      const twice = await move(({ main, heading }) => {
        heading.focus();
        main.focus();
        heading.focus();
      });
      expect(twice).toEqual(['"heading, Vraag twee?, level 1" is said 2 times, not once']);
    });
  });
});
