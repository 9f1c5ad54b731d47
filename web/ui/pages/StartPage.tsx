import { CallLink } from '../parts/CallLink.tsx';
import { useI18n } from '../parts/i18n-context.tsx';
import { usePageFocus } from '../parts/use-page-focus.ts';
import { UpdateNotice } from '../parts/app-status.tsx';
import { Link, useHref } from '../parts/navigation-context.tsx';
import { HELPDESK_TREE } from '../../app/entry-trees.ts';
import { PracticeLine } from '../parts/PracticeChoice.tsx';

export function StartPage() {
  const hrefFor = useHref();
  const { t } = useI18n();
  const heading = usePageFocus(t('start.title'), 'start');
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('start.title')}
      </h1>
      <UpdateNotice />
      <p class="lead">{t('start.intro')}</p>
      <PracticeLine />
      <ul class="choices">
        <li>
          <Link class="choice" href={hrefFor('/complaints')}>
            <span class="choice__title">{t('start.complaint')}</span>
            <span class="choice__hint">{t('start.complaintHint')}</span>
          </Link>
        </li>
        <li>
          <Link class="choice" href={hrefFor('/requests')}>
            <span class="choice__title">{t('start.request')}</span>
            <span class="choice__hint">{t('start.requestHint')}</span>
          </Link>
        </li>
        <li>
          <Link class="choice" href={hrefFor(`/triage/${HELPDESK_TREE}`)}>
            <span class="choice__title">{t('start.digital')}</span>
            <span class="choice__hint">{t('start.digitalHint')}</span>
          </Link>
        </li>
      </ul>
      <section class="emergency-box" aria-labelledby="emergency-title">
        <h2 id="emergency-title">{t('start.emergencyTitle')}</h2>
        <p>{t('start.emergencyText')}</p>
        <CallLink class="button button--emergency" number="112">
          {t('emergency.call')}
        </CallLink>
      </section>
      <p class="about-link">
        <Link href={hrefFor('/about')}>{t('about.link')}</Link>
      </p>
    </>
  );
}
