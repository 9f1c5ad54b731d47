import { leaveForFreshDocument } from '../../app/device-mode.ts';
import { clearSession } from '../../app/session-store.ts';
import { useI18n } from './i18n-context.tsx';
import { useHref } from './navigation-context.tsx';

/**
 * "Snel weg", on every page of a sensitive triage: the answers are forgotten, the clipboard the
 * app wrote is emptied, and the app's own start page (never another site) is loaded in place of
 * the current history entry. The triage ran in memory, so no Back or Forward entry holds it.
 */
export function QuickExit() {
  const { t } = useI18n();
  const hrefFor = useHref();
  return (
    <button
      type="button"
      class="quick-exit"
      onClick={() => {
        clearSession();
        void leaveForFreshDocument(hrefFor('/'), t('app.name'));
      }}
    >
      {t('quickExit.button')}
    </button>
  );
}
