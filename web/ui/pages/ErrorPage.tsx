import { Component, type ComponentChildren } from 'preact';
import { useI18n } from '../parts/i18n-context.tsx';
import { hrefFor } from '../../navigation/router.ts';
import { usePageFocus } from '../parts/use-page-focus.ts';

/** A calm page for anything that went wrong: never a blank screen, always the phone route. */
export function ErrorPage({ notFound = false }: { notFound?: boolean }) {
  const { t } = useI18n();
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

export class ErrorBoundary extends Component<{ children: ComponentChildren; resetKey: string }, { error?: Error }> {
  override state: { error?: Error } = {};
  override componentDidCatch(error: Error) {
    // Content errors name the file and field; developers find them in the console.
    console.error(error);
    this.setState({ error });
  }
  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: undefined });
  }
  override render() {
    return this.state.error ? <ErrorPage /> : this.props.children;
  }
}
