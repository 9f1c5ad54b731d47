import { Component, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { i18n } from '../../i18n/i18n.ts';
import { I18nContext } from '../parts/i18n-context.tsx';
import { useHref } from '../parts/navigation-context.tsx';
import { usePageFocus } from '../parts/use-page-focus.ts';

/** A calm page for anything that went wrong: never a blank screen, always the phone route. */
export function ErrorPage({ notFound = false }: { notFound?: boolean }) {
  // Also shown when the settings themselves failed: then i18next's own language answers.
  const t = useContext(I18nContext)?.t ?? i18n.t.bind(i18n);
  const hrefFor = useHref();
  const title = notFound ? t('error.notFound') : t('error.title');
  const heading = usePageFocus(title, notFound ? 'not-found' : 'error');
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p>{t('error.text')}</p>
      <p>
        <a class="button button--emergency" href="tel:112">
          {t('emergency.call')}
        </a>
      </p>
      <p>
        {/* A full page load: whatever broke starts clean. */}
        <a href={hrefFor('/')}>{t('nav.home')}</a>
      </p>
    </>
  );
}

/** Catches what a page (or, outermost, the app itself) throws, and shows the calm page instead. */
export class ErrorBoundary extends Component<{ children: ComponentChildren; resetKey?: string }, { error?: Error }> {
  override state: { error?: Error } = {};
  override componentDidCatch(error: Error) {
    // Content errors name the file and field; developers find them in the console.
    console.error(error);
    this.setState({ error });
  }
  override componentDidUpdate(previous: { resetKey?: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: undefined });
  }
  override render() {
    return this.state.error ? <ErrorPage /> : this.props.children;
  }
}
