import { useI18n } from './i18n-context.tsx';

/**
 * While a page's code or content is on its way. It fades in only after a moment (CSS), so a fast
 * connection never sees it flash; a slow one sees a calm line with the 112 advice.
 */
export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
