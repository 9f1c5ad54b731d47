import { resolveRequest, type Request } from '../../care/resolve-request.ts';
import { ActionPanel } from '../parts/ActionPanel.tsx';
import { useI18n } from '../parts/i18n-context.tsx';
import { SettingReady, useSetting } from '../parts/setting-context.tsx';
import { usePageFocus } from '../parts/use-page-focus.ts';
import { Link, useHref } from '../parts/navigation-context.tsx';
import { REQUEST_CHOICES, requestPath } from '../../app/entry-trees.ts';

/** "What do you want to arrange?": the front-door requests that are not complaints. */
export function RequestListPage() {
  const hrefFor = useHref();
  const { t } = useI18n();
  const heading = usePageFocus(t('requests.title'), 'requests');
  const items = REQUEST_CHOICES.map((id) => ({ id, href: hrefFor(requestPath(id)) }));
  return (
    <>
      <Link class="back-link" href={hrefFor('/')}>
        {t('nav.back')}
      </Link>
      <h1 ref={heading} tabIndex={-1}>
        {t('requests.title')}
      </h1>
      <p class="lead">{t('requests.intro')}</p>
      <ul class="choices">
        {items.map((item) => (
          <li key={item.id}>
            <Link class="choice" href={item.href}>
              <span class="choice__title">{t(`requests.item.${item.id}`)}</span>
              {(item.id === 'non-medical' || item.id === 'digital-care') && (
                <span class="choice__hint">{t(`requests.hint.${item.id}`)}</span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** One request, resolved for the configured practice: what to do, with the number or link. */
export function RequestPage({ request }: { request: Request }) {
  return (
    <SettingReady>
      <RequestAction request={request} />
    </SettingReady>
  );
}

function RequestAction({ request }: { request: Request }) {
  const hrefFor = useHref();
  const { t } = useI18n();
  const setting = useSetting();
  const title = t(`requests.item.${request}`);
  const heading = usePageFocus(title, `requests/${request}`);
  return (
    <>
      <Link class="back-link" href={hrefFor('/requests')}>
        {t('nav.back')}
      </Link>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <div class="outcome">
        <ActionPanel action={resolveRequest(request, setting)} showHeadline practiceName={setting.practice?.name} />
      </div>
      <section class="safety-net" aria-labelledby="safety-net-title">
        <h2 id="safety-net-title">{t('outcome.safetyNet')}</h2>
        <p>{t('safetyNet.nonMedical')}</p>
      </section>
    </>
  );
}
