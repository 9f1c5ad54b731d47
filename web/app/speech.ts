/**
 * The browser's own speech synthesis, for "Lees voor". Only voices on the device itself are
 * used: a network voice (`localService: false`, such as some of Chrome's) would send the
 * question or the advice to its maker's server, and nothing leaves the device.
 */

/** The device's speech synthesis, or nothing where the browser has none (or in the prerender). */
export function deviceSpeech(): SpeechSynthesis | undefined {
  return typeof globalThis.speechSynthesis === 'object' && typeof globalThis.SpeechSynthesisUtterance === 'function'
    ? globalThis.speechSynthesis
    : undefined;
}

/** "nl_NL" (Android) and "nl-nl" are "nl-NL": one spelling to compare. */
const tagOf = (lang: string) => lang.replace('_', '-').toLowerCase();

/**
 * The best local voice for a page language ("nl", "en", "en-GB"), or none. Best: the exact tag,
 * then the language's own country ("nl-NL" for "nl"), then any of the language; the device's
 * default voice first among equals.
 */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | undefined {
  const wanted = tagOf(language);
  const primary = wanted.split('-')[0]!;
  const rank = (voice: SpeechSynthesisVoice) => {
    const tag = tagOf(voice.lang);
    return (tag === wanted ? 4 : 0) + (tag === `${primary}-${primary}` ? 2 : 0) + (voice.default ? 1 : 0);
  };
  return voices
    .filter((voice) => voice.localService && tagOf(voice.lang).split('-')[0] === primary)
    .reduce<SpeechSynthesisVoice | undefined>((best, voice) => (best && rank(best) >= rank(voice) ? best : voice), undefined);
}

/** The utterances being spoken now: their handlers are taken off before they are cut short. */
let queued: SpeechSynthesisUtterance[] = [];

/** Stop speaking at once, and forget what was still to come. */
export function stopSpeaking(): void {
  for (const utterance of queued) utterance.onend = utterance.onerror = null;
  queued = [];
  deviceSpeech()?.cancel();
}

/**
 * Speak each text in turn with this voice, in this language, after stopping whatever was being
 * said; `onDone` once the last text has been said or speaking failed (never after a stop).
 * One utterance per text: a short one starts at once, and some browsers cut long ones off.
 */
export function speak(texts: readonly string[], voice: SpeechSynthesisVoice, language: string, onDone: () => void): void {
  const speech = deviceSpeech();
  if (!speech || texts.length === 0) return;
  stopSpeaking();
  queued = texts.map((text) => Object.assign(new SpeechSynthesisUtterance(text), { voice, lang: language }));
  const done = () => {
    stopSpeaking();
    onDone();
  };
  for (const utterance of queued) utterance.onerror = done;
  queued.at(-1)!.onend = done;
  for (const utterance of queued) speech.speak(utterance);
}
