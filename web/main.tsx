import { render } from 'preact';
import { languages } from './app/content.ts';
import { initI18n, resolveLanguage } from './i18n/i18n.ts';
import { loadSession } from './app/saved-session.ts';
import { App, storedLanguage } from './ui/App.tsx';
import './ui/styles.css';

const language = resolveLanguage(languages, window.location.search, storedLanguage(), navigator.languages);
document.documentElement.lang = language.code;
document.documentElement.dir = language.dir;
const [saved] = await Promise.all([loadSession(), initI18n(languages, language.code)]);
render(<App initialLanguage={language} languages={languages.languages} saved={saved} />, document.getElementById('app')!);
