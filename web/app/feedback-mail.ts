/**
 * "Klopt dit advies niet?": an e-mail to the deployment's content owner, prefilled with what it
 * takes to walk the same path again, and nothing else: each tree's id, version and content hash,
 * then its answers as "question id=answer id" in the order asked. No advice text, no age or sex,
 * no words of the person: what they want to add, they write in their own mail program.
 */
import { TREE_SEPARATOR } from '../engine/plan.ts';
import { answeredQuestions, type Session } from '../engine/session.ts';
import { isSensitive } from './sensitive-trees.ts';

export interface FeedbackMessage {
  readonly subject: string;
  readonly body: string;
}

/** A line break in a mailto: body is CRLF (RFC 6068). */
const CRLF = '\r\n';

export function feedbackMessage(session: Session): FeedbackMessage {
  const answered = answeredQuestions(session);
  // One block per tree the session pinned (the shared screens first), a blank line between.
  const body = session.plan
    .map(({ tree, hash }) =>
      [
        `${tree.id} ${tree.version} ${hash}`,
        ...answered.filter((answer) => answer.tree === tree).map(({ questionId, value }) => `${questionId}=${value}`),
      ].join(CRLF),
    )
    .join(CRLF + CRLF);
  // The subject names the trees the person chose, not the shared screens every session runs
  // (unless a link opened a shared screen on its own).
  const mains = session.plan.filter(({ tree }) => tree.kind !== 'shared');
  const chosen = mains.length > 0 ? mains : session.plan;
  // A subject is what a mail program shows in every list and notification: there a sensitive
  // tree is named only by its hash, as its address and page titles never name it either.
  const sensitive = isSensitive(chosen.map(({ tree }) => tree.id).join(TREE_SEPARATOR));
  const names = chosen.map(({ tree, hash }) => (sensitive ? hash : `${tree.id} ${tree.version}`));
  return { subject: `Wegwijzer: ${names.join(', ')}`, body };
}

/** The mailto: address of a message; the address itself is a plain one (content/deployment.json is checked for that). */
export const mailtoHref = (email: string, { subject, body }: FeedbackMessage) =>
  `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
