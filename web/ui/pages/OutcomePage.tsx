import { useEffect, useMemo, useState } from 'preact/hooks';
import { kioskMode } from '../../app/device-mode.ts';
import { thuisartsLink } from '../../app/links-and-apps.ts';
import { chosenAgeBand } from '../../app/session-store.ts';
import { momentOf } from '../../engine/context.ts';
import type { ReachedOutcome, Session } from '../../engine/session.ts';
import { FeedbackLink } from '../parts/FeedbackLink.tsx';
import { HandoverSection } from '../parts/HandoverSection.tsx';
import { resolveAction } from '../../care/resolve-action.ts';
import { ActionPanel, leadsWithAction, titleSaysAction, useActionHeadline, useActionWhy } from '../parts/ActionPanel.tsx';
import { SettingReady, useSetting } from '../parts/setting-context.tsx';
import { useI18n, useTreeText } from '../parts/i18n-context.tsx';
import { RichText } from '../parts/RichText.tsx';
import { usePageFocus } from '../parts/use-page-focus.ts';
import { UpdateNotice } from '../parts/app-status.tsx';
import { Link, useHref } from '../parts/navigation-context.tsx';
import { PageTop } from '../parts/PageTop.tsx';
import { ThuisartsTitle } from '../parts/ThuisartsTitle.tsx';
import type { OutcomeOnScreen } from '../parts/reading-order.ts';

/** Another complaint's result, in one line: its title, how soon, and where. */
function OtherOutcome({ other }: { other: ReachedOutcome['others'][number] }) {
  const { t } = useI18n();
  const tt = useTreeText(other.tree.tree.id);
  return (
    <li>
      <strong>{tt(other.tree.tree.title)}</strong>: {tt(other.outcome.title)}
      {other.outcome.urgency && ` (${t(`content:urgency.${other.outcome.urgency}`)})`}
    </li>
  );
}

/** Actions that, on the waiting-room screen while the practice is open, mean: go to the desk. */
const AT_THE_DESK: ReadonlySet<string> = new Set(['call-practice-urgent', 'call-practice-today', 'contact-practice-today']);

/** A Thuisarts page as the address to type, for a screen that opens no windows and a printout. */
const addressOf = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** Whether the page is being printed: from "beforeprint" (or the print media) until "afterprint". */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
    const start = () => setPrinting(true);
    const end = () => setPrinting(media?.matches ?? false);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    media?.addEventListener('change', end);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      media?.removeEventListener('change', end);
    };
  }, []);
  return printing;
}

/**
 * What a printout holds, and nothing else: the date, the age band, the outcome (its title, the
 * action and the advice), the safety net and the Thuisarts addresses. Not the answers: a sheet
 * left at a printer tells nothing of them. Made only while printing (the page itself stays as it
 * is seen and heard); styles.css prints only this.
 */
function Printout(props: {
  title: string;
  action: string | undefined;
  advice: string[];
  safetyNet: string;
  links: { title: string; url: string }[];
}) {
  const { t, language } = useI18n();
  const band = chosenAgeBand();
  const date = new Intl.DateTimeFormat(language.code, { dateStyle: 'long', timeStyle: 'short' }).format(new Date());
  return (
    <section class="printout">
      <p>{t('handover.when', { date })}</p>
      {band && <p>{t('handover.age', { age: t(`age.band.${band}`) })}</p>}
      <h2>{props.title}</h2>
      {props.action && <p class="printout__action">{props.action}</p>}
      {props.advice.map((text, i) => (
        <RichText key={i} text={text} />
      ))}
      <h2>{t('outcome.safetyNet')}</h2>
      <RichText text={props.safetyNet} />
      {props.links.length > 0 && (
        <>
          <h2>{t('outcome.thuisarts')}</h2>
          <ul>
            {props.links.map((link) => (
              <li key={link.url}>
                {link.title}: {addressOf(link.url)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

type OutcomeProps = { session: Session; reached: ReachedOutcome; pageKey: string; backHref: string; onRestart(): void };

/** The end of a triage: how urgent, where to go, what to do meanwhile, and when to call after all. */
export function OutcomePage(props: OutcomeProps) {
  return (
    <SettingReady>
      <Outcome {...props} />
    </SettingReady>
  );
}

function Outcome(props: OutcomeProps) {
  const hrefFor = useHref();
  const { t } = useI18n();
  const step = props.reached;
  const tree = step.tree.tree;
  const tt = useTreeText(tree.id);
  const outcome = step.outcome;
  const setting = useSetting();
  // The moment the person reads this, not when they started: the practice may have closed since.
  const action = useMemo(() => resolveAction(outcome, setting, momentOf(new Date())), [outcome, setting]);
  const kiosk = kioskMode();
  // The waiting-room screen cannot call, and the person is standing in the open practice.
  const atDesk = kiosk && !action.anw && AT_THE_DESK.has(action.kind);
  const actionHeadline = useActionHeadline(action);
  const headline = atDesk ? t('kiosk.desk') : actionHeadline;
  // A time-bound action ("Bel nu de huisartsenpost") leads; otherwise the tree's own title does.
  const leads = atDesk || leadsWithAction(action);
  const title = leads ? headline : tt(outcome.title);
  const heading = usePageFocus(title, props.pageKey);
  const why = useActionWhy(action);
  const onScreen: OutcomeOnScreen = {
    kind: 'outcome',
    action: leads || titleSaysAction(action) ? title : headline,
    title,
    why: atDesk ? t('kiosk.deskWhy') : why,
    advice: { heading: t('outcome.advice'), texts: outcome.advice.map((key) => tt(key)) },
    safetyNet: { heading: t('outcome.safetyNet'), text: tt(outcome.safetyNet) },
  };
  const printing = usePrinting();
  const urgencyClass = outcome.urgency ? `outcome--${outcome.urgency.toLowerCase()}` : 'outcome--triage';

  return (
    <>
      <PageTop backHref={props.backHref} screen={onScreen} />
      <div class={`outcome ${urgencyClass}`}>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <dl class="outcome__facts">
          {outcome.urgency && (
            <div>
              <dt>{t('outcome.urgency')}</dt>
              <dd>{t(`content:urgency.${outcome.urgency}`)}</dd>
            </div>
          )}
        </dl>
        {atDesk ? (
          <div class="action">
            <p>{t('kiosk.deskWhy')}</p>
          </div>
        ) : (
          <ActionPanel action={action} showHeadline={!leads && !titleSaysAction(action)} practiceName={setting.practice?.name} />
        )}
        {outcome.channel === 'medical-triage' && (
          <Link class="button" href={hrefFor('/complaints')}>
            {t('outcome.toMedicalTriage')}
          </Link>
        )}
      </div>
      <h2>{t('outcome.advice')}</h2>
      {outcome.advice.map((key) => (
        <RichText key={key} text={tt(key)} />
      ))}
      <section class="safety-net" aria-labelledby="safety-net-title">
        <h2 id="safety-net-title">{t('outcome.safetyNet')}</h2>
        <RichText text={tt(outcome.safetyNet)} />
      </section>
      {step.others.length > 0 && (
        <section aria-labelledby="others-title">
          <h2 id="others-title">{t('others.title')}</h2>
          <p>{t('others.intro')}</p>
          <ul>
            {step.others.map((other) => (
              <OtherOutcome key={`${other.tree.tree.id}/${other.nodeId}`} other={other} />
            ))}
          </ul>
        </section>
      )}
      {outcome.thuisarts && outcome.thuisarts.length > 0 && (
        <section aria-labelledby="thuisarts-title">
          <h2 id="thuisarts-title">{t('outcome.thuisarts')}</h2>
          <ul class="links">
            {outcome.thuisarts.map((id) => {
              const link = thuisartsLink(id);
              if (!link) return null;
              // A kiosk opens no windows that its reset would leave behind: the address, to look up at home.
              return kiosk ? (
                <li key={id}>
                  <ThuisartsTitle name={t(`content:thuisarts.${id}`)} pageLanguage={link.language} />:{' '}
                  <span class="kiosk-address">{addressOf(link.url)}</span>
                </li>
              ) : (
                <li key={id}>
                  <a href={link.url} hrefLang={link.language} target="_blank" rel="noopener noreferrer">
                    <ThuisartsTitle name={t(`content:thuisarts.${id}`)} pageLanguage={link.language} />
                    <span class="visually-hidden"> ({t('outcome.opensNewWindow')})</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <HandoverSection session={props.session} reached={step} headline={headline} />
      <Link class="button button--secondary" href={hrefFor('/')} onClick={props.onRestart}>
        {t('nav.restart')}
      </Link>
      <UpdateNotice />
      <section class="provenance">
        {tree.review.status === 'draft' ? (
          <p class="draft-notice">{t('outcome.draftNotice')}</p>
        ) : (
          <p>
            {t('outcome.approved', {
              reviewers: tree.review.reviewers.map((r) => `${r.name} (${r.role})`).join(', '),
              date: tree.review.date,
            })}
          </p>
        )}
        <p class="version">{t('outcome.version', { title: tt(tree.title), version: tree.version, hash: step.tree.hash })}</p>
        <FeedbackLink session={props.session} />
      </section>
      {printing && (
        <Printout
          title={title}
          action={leads || titleSaysAction(action) ? undefined : headline}
          advice={outcome.advice.map((key) => tt(key))}
          safetyNet={tt(outcome.safetyNet)}
          links={(outcome.thuisarts ?? []).flatMap((id) => {
            const link = thuisartsLink(id);
            return link ? [{ title: t(`content:thuisarts.${id}`), url: link.url }] : [];
          })}
        />
      )}
    </>
  );
}
