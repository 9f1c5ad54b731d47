// @vitest-environment jsdom
/**
 * "Lees voor": the browser's own speech synthesis reads a question or an outcome in the page's
 * language, with a voice on the device. The device here is a stub that records every utterance
 * and its language, and keeps a queue of what is still to be said.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documents, leaveForFreshDocument } from '../../web/app/device-mode.ts';
import { languages } from '../../web/app/manifest.ts';
import { clearSession } from '../../web/app/session-store.ts';
import { voiceFor } from '../../web/app/speech.ts';
import { initTexts } from '../../web/app/texts.ts';
import { resolveLanguage } from '../../web/i18n/i18n.ts';
import { browserNavigation } from '../../web/navigation/browser-navigation.ts';
import { App } from '../../web/ui/App.tsx';
import { readingOf, textReading } from '../../web/ui/parts/reading-order.ts';
import { content } from './harness.ts';
import { serveData } from './serve-data.ts';

const HELPDESK = 'helpdesk-digitale-zorg';
/** A text of the helpdesk tree as the translation file has it. */
const helpdesk = (language: string, key: string) => content.texts[language]![HELPDESK]![key]!;

const voice = (lang: string, { local = true, isDefault = false } = {}) =>
  ({ name: `voice ${lang}`, voiceURI: `voice-${lang}`, lang, localService: local, default: isDefault }) as SpeechSynthesisVoice;
const DUTCH = voice('nl-NL');
const ENGLISH = voice('en-GB');

class RecordedUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

/** A device whose speech synthesis has these voices; `fillIn` gives it others later, as browsers do. */
function deviceWithVoices(voices: SpeechSynthesisVoice[]) {
  const said: { text: string; lang: string; voice: SpeechSynthesisVoice | null }[] = [];
  let queue: RecordedUtterance[] = [];
  const cutShort: RecordedUtterance[] = [];
  let asked = 0;
  const speech = Object.assign(new EventTarget(), {
    getVoices: () => (asked++, voices),
    speak(utterance: RecordedUtterance) {
      said.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice });
      queue.push(utterance);
    },
    // What is cut short reports an error later, as in browsers (see `reportCutShort`).
    cancel() {
      cutShort.push(...queue);
      queue = [];
    },
  });
  vi.stubGlobal('speechSynthesis', speech);
  vi.stubGlobal('SpeechSynthesisUtterance', RecordedUtterance);
  return {
    said,
    texts: () => said.map((utterance) => utterance.text),
    stillToSay: () => queue.map((utterance) => utterance.text),
    asked: () => asked,
    /** The late "interrupted" errors of what a cancel cut short. */
    reportCutShort() {
      for (const utterance of cutShort.splice(0)) utterance.onerror?.({ error: 'interrupted' });
    },
    /** Say everything in the queue, to the end. */
    finish() {
      for (const utterance of queue.splice(0)) utterance.onend?.();
    },
    fillIn(others: SpeechSynthesisVoice[]) {
      voices = others;
      speech.dispatchEvent(new Event('voiceschanged'));
    },
  };
}

async function openAt(url: string) {
  window.history.replaceState(null, '', url);
  const language = resolveLanguage(languages, window.location.search, null, []);
  await initTexts(languages, language.code);
  render(<App navigation={browserNavigation(window)} initialLanguage={language} languages={languages.languages} />);
}

/** Answer each question in turn with the answer of that name. */
async function answer(user: UserEvent, ...answers: string[]) {
  for (const name of answers) {
    await user.click(await screen.findByRole('radio', { name }));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
  }
}

beforeEach(() => {
  serveData();
  localStorage.clear();
  clearSession();
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('Lees voor on a question', { timeout: 30_000 }, () => {
  it('reads the question, its hint, then each answer, in Dutch with the Dutch voice', async () => {
    const user = userEvent.setup();
    const device = deviceWithVoices([ENGLISH, DUTCH]);
    await openAt(`/triage/${HELPDESK}?lang=nl`);
    await answer(user, 'Ja', 'Nee');
    await screen.findByRole('heading', { level: 1, name: helpdesk('nl', 'q-digital.text') });
    await user.click(await screen.findByRole('button', { name: 'Lees voor' }));
    // The hint line by line, a list item by item (the reading order's own test shows how).
    expect(device.texts()).toEqual([helpdesk('nl', 'q-digital.text'), ...textReading(helpdesk('nl', 'q-digital.hint')), 'Ja', 'Nee']);
    expect(device.said.every((utterance) => utterance.lang === 'nl' && utterance.voice === DUTCH)).toBe(true);
  });

  it('reads in English, with the English voice, on an English page', async () => {
    const user = userEvent.setup();
    const device = deviceWithVoices([DUTCH, ENGLISH]);
    await openAt(`/triage/${HELPDESK}?lang=en`);
    await user.click(await screen.findByRole('button', { name: 'Read aloud' }));
    expect(device.texts()).toEqual([helpdesk('en', 'q-patient.text'), 'Yes', 'No']);
    expect(device.said.every((utterance) => utterance.lang === 'en' && utterance.voice === ENGLISH)).toBe(true);
  });

  it('is not there when the device has no voice for the page’s language, and appears when one is filled in later', async () => {
    const device = deviceWithVoices([ENGLISH]);
    await openAt(`/triage/${HELPDESK}?lang=nl`);
    await screen.findByRole('heading', { level: 1, name: helpdesk('nl', 'q-patient.text') });
    await waitFor(() => expect(device.asked()).toBeGreaterThan(0));
    expect(screen.queryByRole('button', { name: 'Lees voor' })).toBeNull();

    device.fillIn([ENGLISH, DUTCH]);
    expect(await screen.findByRole('button', { name: 'Lees voor' })).toBeTruthy();
  });

  it('is not there when the only Dutch voice is a network voice: the text would leave the device', async () => {
    const device = deviceWithVoices([voice('nl-NL', { local: false }), ENGLISH]);
    await openAt(`/triage/${HELPDESK}?lang=nl`);
    await screen.findByRole('heading', { level: 1, name: helpdesk('nl', 'q-patient.text') });
    await waitFor(() => expect(device.asked()).toBeGreaterThan(0));
    expect(screen.queryByRole('button', { name: 'Lees voor' })).toBeNull();
  });

  it('is not there when the browser has no speech synthesis', async () => {
    await openAt(`/triage/${HELPDESK}?lang=nl`);
    await screen.findByRole('heading', { level: 1, name: helpdesk('nl', 'q-patient.text') });
    // Past the moment a voice would have been found.
    await new Promise((done) => setTimeout(done, 100));
    expect(screen.queryByRole('button', { name: 'Lees voor' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Verder' })).toBeTruthy();
  });

  it('pressed again, stops: nothing is left to say and the button says "Lees voor" again', async () => {
    const user = userEvent.setup();
    const device = deviceWithVoices([DUTCH]);
    await openAt(`/triage/${HELPDESK}?lang=nl`);
    await user.click(await screen.findByRole('button', { name: 'Lees voor' }));
    expect(device.stillToSay()).toEqual([helpdesk('nl', 'q-patient.text'), 'Ja', 'Nee']);

    await user.click(screen.getByRole('button', { name: 'Stop met voorlezen' }));
    expect(device.stillToSay()).toEqual([]);
    expect(await screen.findByRole('button', { name: 'Lees voor' })).toBeTruthy();
    expect(device.said).toHaveLength(3);
  });

  it('reads again after a stop, and the stop cuts nothing of the new reading short', async () => {
    const user = userEvent.setup();
    const device = deviceWithVoices([DUTCH]);
    await openAt(`/triage/${HELPDESK}?lang=nl`);
    await user.click(await screen.findByRole('button', { name: 'Lees voor' }));
    await user.click(screen.getByRole('button', { name: 'Stop met voorlezen' }));
    await user.click(await screen.findByRole('button', { name: 'Lees voor' }));
    device.reportCutShort();
    expect(device.stillToSay()).toEqual([helpdesk('nl', 'q-patient.text'), 'Ja', 'Nee']);
    expect(await screen.findByRole('button', { name: 'Stop met voorlezen' })).toBeTruthy();
  });

  it('says "Lees voor" again once everything has been read', async () => {
    const user = userEvent.setup();
    const device = deviceWithVoices([DUTCH]);
    await openAt(`/triage/${HELPDESK}?lang=nl`);
    await user.click(await screen.findByRole('button', { name: 'Lees voor' }));
    device.finish();
    expect(await screen.findByRole('button', { name: 'Lees voor' })).toBeTruthy();
  });

  it('stops when the person answers and moves on to the next question', async () => {
    const user = userEvent.setup();
    const device = deviceWithVoices([DUTCH]);
    await openAt(`/triage/${HELPDESK}?lang=nl`);
    await user.click(await screen.findByRole('button', { name: 'Lees voor' }));
    expect(device.stillToSay()).not.toEqual([]);
    await answer(user, 'Ja');
    await screen.findByRole('heading', { level: 1, name: helpdesk('nl', 'q-medical.text') });
    expect(device.stillToSay()).toEqual([]);
    expect(await screen.findByRole('button', { name: 'Lees voor' })).toBeTruthy();
  });

  it('stops at once when the page is left for a fresh document ("Snel weg", the kiosk’s reset)', async () => {
    const user = userEvent.setup();
    const device = deviceWithVoices([DUTCH]);
    vi.spyOn(documents, 'replace').mockImplementation(() => undefined);
    await openAt(`/triage/${HELPDESK}?lang=nl`);
    await user.click(await screen.findByRole('button', { name: 'Lees voor' }));
    const leaving = leaveForFreshDocument('/', 'Wegwijzer');
    expect(device.stillToSay()).toEqual([]);
    await leaving;
  });
});

describe('Lees voor on an outcome', { timeout: 30_000 }, () => {
  it('reads what to do first, then the heading, why, the advice and last the safety net', async () => {
    const user = userEvent.setup();
    const device = deviceWithVoices([DUTCH]);
    await openAt(`/triage/${HELPDESK}?lang=nl`);
    await answer(user, 'Ja', 'Nee', 'Ja', 'Ja', 'Ja');
    await screen.findByRole('heading', { level: 1, name: helpdesk('nl', 'o-refer-helpdesk.title') });
    await user.click(await screen.findByRole('button', { name: 'Lees voor' }));
    const read = device.texts();
    expect(read.slice(0, 2)).toEqual(['Neem contact op met de Helpdesk Digitale Zorg', helpdesk('nl', 'o-refer-helpdesk.title')]);
    const order = ['Wat kun je doen?', textReading(helpdesk('nl', 'o-refer-helpdesk.what'))[0], 'Wanneer bel je toch?'].map((text) =>
      read.indexOf(text!),
    );
    expect(order.every((at, i) => at > 1 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(read.at(-1)).toMatch(/112/);
    expect(device.said.every((utterance) => utterance.lang === 'nl')).toBe(true);
  });
});

describe('the reading order', () => {
  it('reads a question’s list hint item by item, and group titles before their answers', () => {
    expect(
      readingOf({
        kind: 'question',
        title: 'Welke klachten heb je?',
        hint: 'Kies alles wat past:\n- koorts\n- hoesten',
        groups: [
          { title: 'Hoofd', answers: [{ label: 'Hoofdpijn', hint: 'Ook bij bukken' }] },
          { title: 'Buik', answers: [{ label: 'Buikpijn' }] },
        ],
      }),
    ).toEqual([
      'Welke klachten heb je?',
      'Kies alles wat past:',
      'koorts',
      'hoesten',
      'Hoofd',
      'Hoofdpijn',
      'Ook bij bukken',
      'Buik',
      'Buikpijn',
    ]);
  });

  it('reads an outcome whose heading is its action once, not twice', () => {
    expect(
      readingOf({
        kind: 'outcome',
        action: 'Bel nu 112',
        title: 'Bel nu 112',
        why: 'Dit is levensgevaarlijk.',
        advice: { heading: 'Wat kun je doen?', texts: ['Blijf bij de persoon.'] },
        safetyNet: { heading: 'Wanneer bel je toch?', text: 'Wordt het erger? Bel dan opnieuw.' },
      }),
    ).toEqual([
      'Bel nu 112',
      'Dit is levensgevaarlijk.',
      'Wat kun je doen?',
      'Blijf bij de persoon.',
      'Wanneer bel je toch?',
      'Wordt het erger? Bel dan opnieuw.',
    ]);
  });
});

describe('the voice', () => {
  it('is a voice on the device in the page’s language: its own country first, then the default, never a network voice', () => {
    const belgian = voice('nl-BE', { isDefault: true });
    const dutch = voice('nl_NL');
    expect(voiceFor([belgian, dutch, ENGLISH], 'nl')).toBe(dutch);
    expect(voiceFor([belgian, ENGLISH], 'nl')).toBe(belgian);
    expect(voiceFor([voice('en-US'), ENGLISH], 'en-GB')).toBe(ENGLISH);
    expect(voiceFor([voice('nl-NL', { local: false }), ENGLISH], 'nl')).toBeUndefined();
    expect(voiceFor([], 'nl')).toBeUndefined();
  });
});
