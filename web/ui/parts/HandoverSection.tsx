import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { copyText, kioskMode } from '../../app/device-mode.ts';
import { chosenAgeBand } from '../../app/session-store.ts';
import type { ReachedOutcome, Session } from '../../engine/session.ts';
import { answeredLines, questionnaireResponse, summaryText, type TreeText } from '../../care/handover.ts';
import { useI18n } from './i18n-context.tsx';

/** A local ISO date-time with offset, as FHIR's dateTime wants it. */
function localDateTime(now: Date): string {
  const offset = -now.getTimezoneOffset();
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(now.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offset >= 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/**
 * The person's answers in plain sentences, to read out, copy, print or share, and as a FHIR
 * QuestionnaireResponse file. Everything is made on the device; nothing is sent anywhere. The
 * waiting-room screen only shows them: it keeps nothing (no clipboard, file, print or share).
 */
export function HandoverSection({ session, reached, headline }: { session: Session; reached: ReachedOutcome; headline: string }) {
  const { t, voice, language } = useI18n();
  const [status, setStatus] = useState('');
  // t is fixed to the language, so the lines follow it.
  const text = useCallback<TreeText>((treeId, key) => t(key, { ns: treeId, context: voice }) as string, [t, voice]);
  const lines = useMemo(() => answeredLines(session, text), [session, text]);
  const band = chosenAgeBand();
  const now = new Date();
  const summary = summaryText(lines, {
    heading: t('handover.heading'),
    when: t('handover.when', { date: new Intl.DateTimeFormat(language.code, { dateStyle: 'long', timeStyle: 'short' }).format(now) }),
    ...(band ? { age: t('handover.age', { age: t(`age.band.${band}`) }) } : {}),
    advice: t('handover.advice', { advice: headline }),
    version: t('outcome.version', {
      title: text(reached.tree.tree.id, reached.tree.tree.title),
      version: reached.tree.tree.version,
      hash: reached.tree.hash,
    }),
  });

  const copy = () =>
    copyText(summary).then(
      () => setStatus(t('handover.copied')),
      () => setStatus(t('handover.copyFailed')),
    );
  const download = () => {
    const resource = questionnaireResponse(session, reached, text, localDateTime(now));
    const url = URL.createObjectURL(new Blob([JSON.stringify(resource, null, 2)], { type: 'application/fhir+json' }));
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: `wegwijzer-samenvatting-${localDateTime(now).slice(0, 10)}.json`,
    });
    link.click();
    URL.revokeObjectURL(url);
  };
  // Asked after render: the prerender has no navigator, and the first render must match it.
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);

  return (
    <section class="handover" aria-labelledby="handover-title">
      <h2 id="handover-title">{t('handover.title')}</h2>
      <p class="no-print">{kioskMode() ? t('handover.introKiosk') : t('handover.intro')}</p>
      <ul class="handover__answers">
        {lines.map((line) => (
          <li key={`${line.treeId}/${line.questionId}`}>
            {line.question} <strong>{line.answer}</strong>
          </li>
        ))}
      </ul>
      {!kioskMode() && (
        <div class="handover__buttons no-print">
          <button type="button" class="button button--secondary" onClick={copy}>
            {t('handover.copy')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => window.print()}>
            {t('handover.print')}
          </button>
          {canShare && (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => void navigator.share({ title: t('handover.heading'), text: summary }).catch(() => undefined)}
            >
              {t('handover.share')}
            </button>
          )}
          <button type="button" class="button button--secondary" onClick={download}>
            {t('handover.download')}
          </button>
        </div>
      )}
      <p role="status" class="handover__status">
        {status}
      </p>
    </section>
  );
}
