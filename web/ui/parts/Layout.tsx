import type { ComponentChildren } from 'preact';
import { CallLink } from './CallLink.tsx';
import { useI18n } from './i18n-context.tsx';
import { StatusLine, StorageResetNotice } from './app-status.tsx';
import { useHref } from './navigation-context.tsx';

/** Page frame: skip link, the 112 link always within reach, the language menu, and the main region. */
export function Layout({ children }: { children: ComponentChildren }) {
  const hrefFor = useHref();
  const { t, language, languages, setLanguage } = useI18n();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      {/* The row with the 112 link stays at the top of the screen on long pages (styles.css). */}
      <header class="header">
        <div class="header__inner">
          <a class="header__name" href={hrefFor('/')}>
            {t('app.name')}
          </a>
          <CallLink class="header__emergency" number="112">
            <span>{t('emergency.banner')}</span> <strong>{t('emergency.call')}</strong>
          </CallLink>
        </div>
      </header>
      {languages.length > 1 && (
        <nav class="languages" aria-label={t('app.language')}>
          <ul>
            {languages.map((l) => (
              <li key={l.code}>
                <a
                  href={hrefFor('', { lang: l.code }) /* relative: the same page in that language, also in the prerendered shell */}
                  lang={l.code}
                  hrefLang={l.code}
                  dir={l.dir}
                  aria-current={l.code === language.code ? 'true' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    setLanguage(l);
                  }}
                >
                  {l.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <StatusLine />
      <main id="main" class="main" tabIndex={-1}>
        {/* On the screen the app opened on, whichever that is. */}
        <StorageResetNotice />
        {children}
      </main>
      <footer class="footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
