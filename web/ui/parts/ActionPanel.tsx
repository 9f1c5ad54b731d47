import { appName } from '../../app/links-and-apps.ts';
import { TIME_BOUND_ACTIONS, type Action, type ActionKind, type Contact } from '../../care/resolve-action.ts';
import type { RequestAction } from '../../care/resolve-request.ts';

/** An outcome's action or a front-door request's: the panel shows both the same way. */
type AnyAction = Action | RequestAction;
import { useI18n } from './i18n-context.tsx';

const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;
const CALL_NOW = new Set(['call-112', 'call-113', 'call-practice-urgent', 'call-post']);
const PHONE_HEADLINE = new Set([
  'call-practice-urgent',
  'call-practice-today',
  'call-post',
  'call-post-to-discuss',
  'call-practice',
  'pharmacy',
  'repeat-prescription-pharmacy',
]);
const PORTAL_HEADLINE = new Set(['e-consult', 'portal', 'repeat-prescription-portal']);

/** "maandag 30 november": the day the practice opens again, in the person's language. */
export function formatDay(date: string, language: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}

/** The action's one-line headline, with the number, portal, name, app or day filled in. */
export function useActionHeadline(action: AnyAction): string {
  const { t, language } = useI18n();
  const base = `content:action.${action.kind}`;
  const primary = action.primary;
  if (primary?.kind === 'tel' && PHONE_HEADLINE.has(action.kind)) return t(`${base}.headlinePhone`, { phone: primary.number });
  if (PORTAL_HEADLINE.has(action.kind) && primary?.name) return t(`${base}.headlinePortal`, { portal: primary.name });
  if (action.kind === 'social-domain' && primary?.name) return t(`${base}.headlineName`, { name: primary.name });
  return t(`${base}.headline`, {
    date: action.nextWorkingDay ? formatDay(action.nextWorkingDay, language.code) : '',
    app: action.app ? (appName(action.app) ?? action.app) : '',
  });
}

export const leadsWithAction = (action: AnyAction) => TIME_BOUND_ACTIONS.has(action.kind as ActionKind);

function ContactButton({ contact, urgent }: { contact: Contact; urgent: boolean }) {
  const { t } = useI18n();
  if (contact.kind === 'tel') {
    return (
      <a class={urgent ? 'button button--emergency' : 'button'} href={telHref(contact.number)}>
        {t('content:route.call', { number: contact.number })}
      </a>
    );
  }
  return (
    <a class="button" href={contact.url} target="_blank" rel="noopener noreferrer">
      {contact.name ? t('content:route.open', { name: contact.name }) : t('content:route.openPlain')}
    </a>
  );
}

/**
 * One concrete action: a headline (unless the page already leads with it), the big call or link
 * button, why this route now, and the second route beside it.
 */
export function ActionPanel({ action, showHeadline, practiceName }: { action: AnyAction; showHeadline: boolean; practiceName?: string }) {
  const { t, language } = useI18n();
  const headline = useActionHeadline(action);
  const alternative = action.alternative;
  return (
    <div class="action">
      {showHeadline && <p class="action__headline">{headline}</p>}
      {action.primary && <ContactButton contact={action.primary} urgent={CALL_NOW.has(action.kind)} />}
      <p>
        {t(`content:action.${action.kind}.why`, { date: action.nextWorkingDay ? formatDay(action.nextWorkingDay, language.code) : '' })}
      </p>
      {alternative?.kind === 'tel' && (
        <p>
          {t('content:route.orCall', { number: '' })}
          <a href={telHref(alternative.number)}>{alternative.number}</a>
        </p>
      )}
      {alternative?.kind === 'link' && (
        <p>
          <a href={alternative.url} target="_blank" rel="noopener noreferrer">
            {t('content:route.orOnline', { name: alternative.name ?? alternative.url })}
          </a>
        </p>
      )}
      {practiceName && <p class="action__practice">{t('content:route.practice', { name: practiceName })}</p>}
    </div>
  );
}
