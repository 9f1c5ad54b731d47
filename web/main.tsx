import { render } from 'preact';
import { languages } from './app/manifest.ts';
import { resolveLanguage } from './i18n/i18n.ts';
import { initTexts } from './app/texts.ts';
import { kioskRequested, setKioskMode } from './app/device-mode.ts';
import { storedLanguage } from './app/language-choice.ts';
import { browserNavigation } from './navigation/browser-navigation.ts';
import { keepSettingsOnEarlyLinks } from './navigation/early-links.ts';
import { memoryNavigation } from './navigation/memory-navigation.ts';
import { App } from './ui/App.tsx';
import { showLoadFailure } from './ui/pages/ErrorPage.tsx';
import { preloadPage } from './ui/pages/page-switch.tsx';
import './ui/styles.css';

// Until the app has taken over the prerendered page, its links load new pages: they keep ?lang= and ?practice=.
const releaseEarlyLinks = keepSettingsOnEarlyLinks(window);
const kiosk = kioskRequested(window.location.search);
setKioskMode(kiosk);
// A shared screen starts every person in the same language and never picks up someone else's answers.
const language = resolveLanguage(languages, window.location.search, kiosk ? null : storedLanguage(), kiosk ? [] : navigator.languages);
document.documentElement.lang = language.code;
document.documentElement.dir = language.dir;
const common = initTexts(languages, language.code);
// A page blanked on leaving (kiosk reset, "Snel weg") that the browser brings back for Back starts afresh.
window.addEventListener('pageshow', (event) => {
  if (event.persisted && !document.getElementById('app')) window.location.reload();
});
preloadPage(window.location.pathname);
try {
  await common;
  // The prerendered page (if any) is reused: render() keeps matching elements and fixes their text.
  // A kiosk never writes the browser's history: the next person's Back cannot reach this person's steps.
  const navigation = kiosk ? memoryNavigation(window.location.pathname + window.location.search) : browserNavigation(window);
  render(
    <App navigation={navigation} initialLanguage={language} languages={languages.languages} checkSaved={!kiosk} />,
    document.getElementById('app')!,
  );
  releaseEarlyLinks();
} catch (error) {
  // Without its texts the app cannot start: the page shows the calm notice built into it (Dutch, English).
  console.error(error);
  showLoadFailure(language.code);
}
