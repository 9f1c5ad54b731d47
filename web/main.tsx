import { render } from 'preact';
import { languages } from './app/manifest.ts';
import { resolveLanguage } from './i18n/i18n.ts';
import { initTexts } from './app/texts.ts';
import { kioskRequested, setKioskMode } from './app/device-mode.ts';
import { storedLanguage } from './app/language-choice.ts';
import { browserNavigation } from './navigation/browser-navigation.ts';
import { App } from './ui/App.tsx';
import { preloadPage } from './ui/pages/page-switch.tsx';
import './ui/styles.css';

const kiosk = kioskRequested(window.location.search);
setKioskMode(kiosk);
// A shared screen starts every person in the same language and never picks up someone else's answers.
const language = resolveLanguage(languages, window.location.search, kiosk ? null : storedLanguage(), kiosk ? [] : navigator.languages);
document.documentElement.lang = language.code;
document.documentElement.dir = language.dir;
const common = initTexts(languages, language.code);
preloadPage(window.location.pathname);
await common;
// The prerendered page (if any) is reused: render() keeps matching elements and fixes their text.
render(
  <App navigation={browserNavigation(window)} initialLanguage={language} languages={languages.languages} checkSaved={!kiosk} />,
  document.getElementById('app')!,
);
