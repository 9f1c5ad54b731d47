import { manifest } from 'virtual:content-manifest';
import { useI18n } from '../parts/i18n-context.tsx';
import { RichText } from '../parts/RichText.tsx';
import { usePageFocus } from '../parts/use-page-focus.ts';
import { Link, useHref } from '../parts/navigation-context.tsx';

/** Trees for people (not the shared screens), and how many a clinician has approved. */
function reviewCount() {
  const lists = manifest.trees.filter((tree) => tree.kind !== 'shared');
  return { total: lists.length, approved: lists.filter((tree) => tree.approved).length };
}

/**
 * What Wegwijzer is meant for and what not, that it carries no CE marking as a medical device,
 * what happens to answers, and how far the review has come.
 */
export function AboutPage() {
  const hrefFor = useHref();
  const { t } = useI18n();
  const heading = usePageFocus(t('about.title'), 'about');
  const { total, approved } = reviewCount();
  const status = approved === 0 ? 'about.statusDraft' : approved === total ? 'about.statusAll' : 'about.statusSome';
  return (
    <>
      <Link class="back-link" href={hrefFor('/')}>
        {t('about.back')}
      </Link>
      <h1 ref={heading} tabIndex={-1}>
        {t('about.title')}
      </h1>
      <p class="lead">{t('about.intro')}</p>
      <h2>{t('about.useTitle')}</h2>
      <RichText text={t('about.useText')} />
      <h2>{t('about.notTitle')}</h2>
      <RichText text={t('about.notText')} />
      <h2>{t('about.ceTitle')}</h2>
      <RichText text={t('about.ceText')} />
      <h2>{t('about.privacyTitle')}</h2>
      <p>{t('about.privacyText')}</p>
      <p>{t('about.privacyKept')}</p>
      <h2>{t('about.howTitle')}</h2>
      <p>{t('about.howText')}</p>
      <p>{t(status, { approved, total })}</p>
      <h2>{t('about.offlineTitle')}</h2>
      <p>{t('about.offlineText')}</p>
      <h2>{t('about.moreTitle')}</h2>
      <p>{t('about.moreText')}</p>
      <p>
        <a href="https://www.thuisarts.nl/" rel="noopener" hrefLang="nl">
          {t('about.moreLink')}
        </a>
      </p>
    </>
  );
}
