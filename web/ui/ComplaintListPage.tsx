import { treeManifest } from '../app/content.ts';
import { useI18n } from './i18n-context.tsx';
import { hrefFor, onLinkClick } from './router.ts';
import { useTreeTexts } from './use-tree-texts.ts';
import { usePageFocus } from './use-page-focus.ts';

const complaints = treeManifest.filter((entry) => entry.kind === 'complaint');

/** Every complaint tree, by title. */
export function ComplaintListPage() {
  const { t } = useI18n();
  const ready = useTreeTexts(complaints.map((entry) => entry.id));
  const heading = usePageFocus(t('complaints.title'), 'complaints');
  return (
    <>
      <a class="back-link" href={hrefFor('/')} onClick={onLinkClick}>
        {t('nav.back')}
      </a>
      <h1 ref={heading} tabIndex={-1}>
        {t('complaints.title')}
      </h1>
      <p class="lead">{t('complaints.intro')}</p>
      {ready && (
        <ul class="choices">
          {complaints.map((entry) => (
            <li key={entry.id}>
              <a class="choice" href={hrefFor(`/triage/${entry.id}`)} onClick={onLinkClick}>
                <span class="choice__title">{t(entry.title, { ns: entry.id })}</span>
                {entry.review.status === 'draft' && <span class="choice__hint">{t('complaints.draft')}</span>}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
