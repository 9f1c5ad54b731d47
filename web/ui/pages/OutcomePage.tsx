import { useMemo } from 'preact/hooks';
import { thuisartsLink } from '../../app/links-and-apps.ts';
import { momentOf } from '../../engine/context.ts';
import type { ReachedOutcome, Session } from '../../engine/session.ts';
import { HandoverSection } from '../parts/HandoverSection.tsx';
import { resolveAction } from '../../care/resolve-action.ts';
import { ActionPanel, leadsWithAction, useActionHeadline } from '../parts/ActionPanel.tsx';
import { SettingReady, useSetting } from '../parts/setting-context.tsx';
import { useI18n, useTreeText } from '../parts/i18n-context.tsx';
import { RichText } from '../parts/RichText.tsx';
import { usePageFocus } from '../parts/use-page-focus.ts';
import { UpdateNotice } from '../parts/app-status.tsx';
import { Link, useHref } from '../parts/navigation-context.tsx';

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
  const headline = useActionHeadline(action);
  // A time-bound action ("Bel nu de huisartsenpost") leads; otherwise the tree's own title does.
  const leads = leadsWithAction(action);
  const title = leads ? headline : tt(outcome.title);
  const heading = usePageFocus(title, props.pageKey);
  const urgencyClass = outcome.urgency ? `outcome--${outcome.urgency.toLowerCase()}` : 'outcome--triage';

  return (
    <>
      <Link class="back-link" href={props.backHref}>
        {t('nav.back')}
      </Link>
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
        <ActionPanel action={action} showHeadline={!leads} practiceName={setting.practice?.name} />
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
              return (
                link && (
                  <li key={id}>
                    <a href={link.url} hrefLang={link.language} target="_blank" rel="noopener noreferrer">
                      {t(`content:thuisarts.${id}`)}
                      <span class="visually-hidden"> ({t('outcome.opensNewWindow')})</span>
                    </a>
                  </li>
                )
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
      </section>
    </>
  );
}
