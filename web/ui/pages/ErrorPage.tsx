import { Component, Fragment, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Setting } from '../../app/practice.ts';
import { i18n } from '../../i18n/i18n.ts';
import type { Language } from '../../i18n/locale-schema.ts';
import { I18nContext } from '../parts/i18n-context.tsx';
import { CallLink } from '../parts/CallLink.tsx';
import { Link, useHref } from '../parts/navigation-context.tsx';
import { SettingContext } from '../parts/setting-context.tsx';
import { usePageFocus } from '../parts/use-page-focus.ts';

type Translate = (key: string, options?: Record<string, string>) => string;

/** Whom to call now: the practice's own numbers where it is known, else the route in words; and 112. */
function PhoneRoute({ t, setting = {} }: { t: Translate; setting?: Setting }) {
  const { practice, region } = setting;
  return (
    <>
      {practice && region ? (
        <>
          <p>{t('error.phonePractice', { practice: practice.name, phone: practice.phones.urgent })}</p>
          <p>{t('error.phonePost', { post: region.spoedpost.name, phone: region.spoedpost.phone })}</p>
        </>
      ) : (
        <p>{t('error.phone')}</p>
      )}
      <p>{t('error.emergency')}</p>
      <p>
        <CallLink class="button button--emergency" number="112">
          {t('emergency.call')}
        </CallLink>
      </p>
    </>
  );
}

/**
 * A calm page for anything that went wrong (a load that failed or timed out, or a fault): never a
 * blank screen or an endless "loading", always a way to try again and the phone route with 112.
 * `notFound`: the address is no page of the app (mistyped): the way back to the start instead.
 */
export function ErrorPage({ notFound = false, onRetry }: { notFound?: boolean; onRetry?: () => void }) {
  // Also shown when the settings themselves failed: then i18next's own language answers.
  const t = (useContext(I18nContext)?.t ?? i18n.t.bind(i18n)) as Translate;
  const setting = useContext(SettingContext);
  const hrefFor = useHref();
  const title = notFound ? t('error.notFound') : t('error.title');
  const heading = usePageFocus(title, notFound ? 'not-found' : 'error');
  if (notFound) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <p>{t('error.notFoundText')}</p>
        <p>
          <Link class="button" href={hrefFor('/')}>
            {t('nav.home')}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p>{t('error.text')}</p>
      {onRetry && (
        <p>
          <button type="button" class="button" onClick={onRetry}>
            {t('error.retry')}
          </button>
        </p>
      )}
      <PhoneRoute t={t} setting={setting} />
      <p>
        {/* A full page load: whatever broke starts clean. */}
        <a href={hrefFor('/')}>{t('nav.home')}</a>
      </p>
    </>
  );
}

/**
 * Catches what a page (or, outermost, the app itself) throws, and shows the calm page instead.
 * "Probeer opnieuw" renders the page afresh, so every load it needs starts again: a failed text
 * namespace, code chunk or tree is fetched anew, never taken from a cache of failures.
 */
export class ErrorBoundary extends Component<{ children: ComponentChildren; resetKey?: string }, { error?: Error; attempt: number }> {
  override state: { error?: Error; attempt: number } = { attempt: 0 };
  override componentDidCatch(error: Error) {
    // Content errors name the file and field; developers find them in the console.
    console.error(error);
    this.setState({ error });
  }
  override componentDidUpdate(previous: { resetKey?: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: undefined });
  }
  private readonly retry = () => this.setState(({ attempt }) => ({ error: undefined, attempt: attempt + 1 }));
  override render() {
    // A new key on every attempt: the page mounts anew instead of keeping the state that failed.
    return this.state.error ? <ErrorPage onRetry={this.retry} /> : <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}

/**
 * The same calm page, built into every prerendered HTML file in Dutch and English (hidden), for
 * when the app cannot start because its texts do not load: then no text of the person's language
 * is there. "Probeer opnieuw" is a plain link to the same address, so it works without the app.
 */
export function LoadFailure({ t, language }: { t: Translate; language: Language }) {
  return (
    <section lang={language.code} dir={language.dir}>
      <h1>{t('error.title')}</h1>
      <p>{t('error.text')}</p>
      <p>
        <a class="button" href="">
          {t('error.retry')}
        </a>
      </p>
      <PhoneRoute t={t} />
    </section>
  );
}

/** The id of the element that holds the built-in LoadFailure pages (web/build/prerender-plugin.ts). */
export const LOAD_FAILED_ID = 'load-failed';

/**
 * The app could not start (its `common` texts did not load): show the built-in page in the
 * person's language (or all of them, if theirs is not built in) where the loading line was.
 */
export function showLoadFailure(language: string): void {
  const built = document.getElementById(LOAD_FAILED_ID);
  if (!built) return;
  const pages = [...built.children];
  const shown = pages.filter((page) => page.getAttribute('lang') === language);
  const main = document.getElementById('main');
  if (main) main.replaceChildren(...(shown.length > 0 ? shown : pages));
  else built.hidden = false;
  document.title = (shown[0] ?? pages[0])?.querySelector('h1')?.textContent ?? document.title;
}
