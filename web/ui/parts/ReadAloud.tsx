import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { deviceSpeech, speak, stopSpeaking, voiceFor } from '../../app/speech.ts';
import { useI18n } from './i18n-context.tsx';
import { readingOf, type OnScreen } from './reading-order.ts';

/**
 * The device's best voice for a language, asked after render (the prerender has no speech) and
 * asked again when the browser fills in its list of voices later ("voiceschanged").
 */
function useVoice(language: string): SpeechSynthesisVoice | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice>();
  useEffect(() => {
    const speech = deviceSpeech();
    if (!speech) return;
    const choose = () => setVoice(voiceFor(speech.getVoices(), language));
    choose();
    speech.addEventListener('voiceschanged', choose);
    return () => speech.removeEventListener('voiceschanged', choose);
  }, [language]);
  return voice;
}

/**
 * "Lees voor": reads what is on `screen` aloud in the page's language, with a voice on the
 * device, in the order of reading-order.ts; pressed again, "Stop met voorlezen" stops. Not there
 * at all where the device has no voice for the language. Speech stops when the page goes, when
 * its texts change (the next question, another language) and when the document is hidden. The
 * changed name says the state; no live region, since the speech itself is heard.
 *
 * The waiting-room screen keeps it: reading aloud stores nothing, it speaks only when the person
 * presses it, and the kiosk's reset and "Snel weg" silence it at once (device-mode.ts). The
 * people who most need it are those the kiosk is for: without a phone of their own, or who read
 * with difficulty.
 */
export function ReadAloud({ screen }: { screen: OnScreen }) {
  const { t, language } = useI18n();
  const voice = useVoice(language.code);
  const texts = readingOf(screen);
  const script = [language.code, ...texts].join('\n');
  // The script being read now: other texts on the same button are not being read.
  const [reading, setReading] = useState<string>();
  const speaking = reading === script;
  const stop = useCallback(() => {
    stopSpeaking();
    setReading(undefined);
  }, []);
  // A layout effect, in place as soon as the reading starts: a person who moves on within a frame
  // leaves a plain effect unrun, and then nothing would stop the speech.
  useLayoutEffect(() => {
    if (!speaking) return;
    // At once: a hidden page may never paint again, so a state change alone would not stop it.
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      stop();
    };
  }, [speaking, stop]);
  if (!voice || texts.length === 0) return null;
  const press = () => {
    if (speaking) return stop();
    speak(texts, voice, language.code, () => setReading(undefined));
    setReading(script);
  };
  return (
    <button type="button" class="button button--secondary read-aloud" onClick={press}>
      {speaking ? t('readAloud.stop') : t('readAloud.start')}
    </button>
  );
}
