import { appName } from '../../app/links-and-apps.ts';
import { TIME_BOUND_ACTIONS, type Action, type ActionKind, type Contact } from '../../care/resolve-action.ts';
import type { RequestAction } from '../../care/resolve-request.ts';

/** An outcome's action or a front-door request's: the panel shows both the same way. */
type AnyAction = Action | RequestAction;
import { CallLink, OutLink } from './CallLink.tsx';
import { useI18n } from './i18n-context.tsx';
import { canChoosePractice, PracticeChooser } from './PracticeChoice.tsx';
import { RichText } from './RichText.tsx';

const CALL_NOW = new Set([
  'call-112',
  'call-113',
  'call-practice-urgent',
  'call-post',
  'call-midwife-now',
  'call-sexual-violence-centre',
  'call-dental-emergency',
]);
const PHONE_HEADLINE = new Set([
  'call-practice-urgent',
  'call-practice-today',
  'call-post',
  'call-post-to-discuss',
  'call-practice',
  'pharmacy',
  'pharmacy-on-duty',
  'call-midwife-now',
  'contact-midwife',
  'call-dental-emergency',
  'repeat-prescription-pharmacy',
]);
const PORTAL_HEADLINE = new Set(['e-consult', 'portal', 'repeat-prescription-portal']);
/**
 * Calls that need a number: without a practice or region set up there is none to give, so the
 * panel says how a person really finds it (the own GP's phone, whose recorded message names the
 * post out of hours; the practice's website), 112 when a life is at risk, and offers a choice.
 */
const FIND_NUMBER: Readonly<Partial<Record<ActionKind, FindNumber>>> = {
  'call-post': 'findPost',
  'call-post-to-discuss': 'findPost',
  'call-practice-urgent': 'findPractice',
  'call-practice-today': 'findPractice',
  'call-midwife-now': 'findMidwife',
  'contact-midwife': 'findMidwife',
  'call-dental-emergency': 'findDentalEmergency',
  'pharmacy-on-duty': 'findPharmacyOnDuty',
};
type FindNumber = 'findPost' | 'findPractice' | 'findMidwife' | 'findDentalEmergency' | 'findPharmacyOnDuty';

/** The text key of why this route now: a practice's own closing day is said as such, not as "evening, night or weekend". */
const whyKey = (action: AnyAction) =>
  `content:action.${action.kind}.${'closingDay' in action && action.closingDay && action.kind === 'call-post' ? 'whyClosingDay' : 'why'}`;

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

/** Why this route now, with the day the practice opens again filled in. */
export function useActionWhy(action: AnyAction): string {
  const { t, language } = useI18n();
  return t(whyKey(action), { date: action.nextWorkingDay ? formatDay(action.nextWorkingDay, language.code) : '' });
}

export const leadsWithAction = (action: AnyAction) => TIME_BOUND_ACTIONS.has(action.kind as ActionKind);

/**
 * Actions the outcome's own title already says ("Je kunt dit zelf goed aanpakken"): the page
 * shows no second headline under it that says the same again.
 */
export const titleSaysAction = (action: AnyAction) => action.kind === 'self-care';

function ContactButton({ contact, urgent }: { contact: Contact; urgent: boolean }) {
  const { t } = useI18n();
  if (contact.kind === 'tel') {
    return (
      <CallLink class={urgent ? 'button button--emergency' : 'button'} number={contact.number}>
        {t('content:route.call', { number: contact.number })}
      </CallLink>
    );
  }
  return (
    <OutLink class="button" url={contact.url}>
      {contact.name ? t('content:route.open', { name: contact.name }) : t('content:route.openPlain')}
    </OutLink>
  );
}

/**
 * One concrete action: a headline (unless the page already leads with it), the big call or link
 * button, why this route now, and the second route beside it.
 */
export function ActionPanel({ action, showHeadline, practiceName }: { action: AnyAction; showHeadline: boolean; practiceName?: string }) {
  const { t } = useI18n();
  const headline = useActionHeadline(action);
  const why = useActionWhy(action);
  const alternative = action.alternative;
  return (
    <div class="action">
      {showHeadline && <p class="action__headline">{headline}</p>}
      {action.primary && <ContactButton contact={action.primary} urgent={CALL_NOW.has(action.kind)} />}
      <p>{why}</p>
      {!action.primary && FIND_NUMBER[action.kind as ActionKind] && <FindTheNumber find={FIND_NUMBER[action.kind as ActionKind]!} />}
      {alternative?.kind === 'tel' && (
        <p>
          {t('content:route.orCall', { number: '' })}
          <CallLink number={alternative.number}>{alternative.number}</CallLink>
        </p>
      )}
      {alternative?.kind === 'link' && (
        <p>
          <OutLink url={alternative.url}>{t('content:route.orOnline', { name: alternative.name ?? alternative.url })}</OutLink>
        </p>
      )}
      {practiceName && <p class="action__practice">{t('content:route.practice', { name: practiceName })}</p>}
    </div>
  );
}

/** No number to give: how to find it, 112 when a life is at risk, and a practice or region to choose where this build has them. */
function FindTheNumber({ find }: { find: FindNumber }) {
  const { t } = useI18n();
  return (
    <div class="action__find">
      <RichText text={t(`content:route.${find}`)} />
      <p>
        {t('content:route.lifeDanger')}{' '}
        <CallLink number="112" class="button button--emergency">
          {t('emergency.call')}
        </CallLink>
      </p>
      {canChoosePractice() && (
        <>
          <p>{t('practice.offer')}</p>
          <PracticeChooser />
        </>
      )}
    </div>
  );
}
