import type { ComponentChildren } from 'preact';
import { useI18n } from './i18n-context.tsx';
import { StatusLine } from './app-status.tsx';
import { useHref } from './navigation-context.tsx';

/** Page frame: skip link, an always-visible 112 link, the language menu, and the main region. */
export function Layout({ children }: { children: ComponentChildren }) {
  const hrefFor = useHref();
  const { t, language, languages, setLanguage } = useI18n();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header class="header">
        <div class="header__inner">
          <a class="header__name" href={hrefFor('/')}>
            {t('app.name')}
          </a>
          <a class="header__emergency" href="tel:112">
            <span>{t('emergency.banner')}</span> <strong>{t('emergency.call')}</strong>
          </a>
        </div>
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
      </header>
      <StatusLine />
      <main id="main" class="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
