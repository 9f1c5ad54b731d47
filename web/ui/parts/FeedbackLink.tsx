import { feedbackMessage, mailtoHref } from '../../app/feedback-mail.ts';
import { kioskMode } from '../../app/device-mode.ts';
import { contentOwner } from '../../app/manifest.ts';
import type { Session } from '../../engine/session.ts';
import { useI18n } from './i18n-context.tsx';
import { RichText } from './RichText.tsx';

/**
 * "Klopt dit advies niet?": a link that opens the person's own mail program with a message to
 * the content owner (web/app/feedback-mail.ts says what it holds). The waiting-room screen opens
 * nothing (a mail program it opened would keep the message for the next person), and the person
 * is standing in the practice: there they tell the desk, who can also look at them at once.
 */
export function FeedbackLink({ session }: { session: Session }) {
  const { t } = useI18n();
  if (kioskMode()) return <p>{t('kiosk.feedback')}</p>;
  // Only a development server runs without a content owner: a build refuses that.
  if (!contentOwner) return null;
  return (
    <>
      <p class="feedback-link">
        <a href={mailtoHref(contentOwner.email, feedbackMessage(session))}>{t('outcome.feedbackLink')}</a>
      </p>
      <RichText text={t('outcome.feedbackNote')} />
    </>
  );
}
