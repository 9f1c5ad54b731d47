/**
 * What "Lees voor" reads, in the order it reads it: made from the texts a page shows, one text
 * per paragraph or list item, so a list is read item by item with a pause between.
 */
import { parseTextFormat } from '../../i18n/text-format.ts';

export interface AnswerOnScreen {
  readonly label: string;
  readonly hint?: string;
}

export interface QuestionOnScreen {
  readonly kind: 'question';
  readonly title: string;
  readonly hint?: string;
  /** The answers as the page groups them; a group without a title is a plain list. */
  readonly groups: readonly { readonly title?: string; readonly answers: readonly AnswerOnScreen[] }[];
}

export interface OutcomeOnScreen {
  readonly kind: 'outcome';
  /** What to do now: the headline of the action, or the heading where that says it. */
  readonly action: string;
  /** The page's heading. */
  readonly title: string;
  /** Why this route now. */
  readonly why: string;
  readonly advice: { readonly heading: string; readonly texts: readonly string[] };
  readonly safetyNet: { readonly heading: string; readonly text: string };
}

/** A screen of explanation between questions. */
export interface InfoOnScreen {
  readonly kind: 'info';
  readonly title: string;
  readonly text: string;
}

export type OnScreen = QuestionOnScreen | OutcomeOnScreen | InfoOnScreen;

/** A text from a translation file as read: each paragraph; a list's lead, then each of its items. */
export const textReading = (text: string | undefined): string[] =>
  parseTextFormat(text ?? '').flatMap((block) =>
    block.kind === 'paragraph' ? [block.text] : [...(block.lead ? [block.lead] : []), ...block.items],
  );

/**
 * A question: its heading, its hint, then each answer (with its own hint), group by group.
 * An outcome: what to do first (a listener may stop after it), then the heading where it says
 * more, why this route, the advice, and last the safety net. An info screen: as it stands.
 */
export function readingOf(screen: OnScreen): string[] {
  switch (screen.kind) {
    case 'question':
      return [
        screen.title,
        ...textReading(screen.hint),
        ...screen.groups.flatMap((group) => [
          ...(group.title ? [group.title] : []),
          ...group.answers.flatMap((answer) => [answer.label, ...textReading(answer.hint)]),
        ]),
      ];
    case 'outcome':
      return [
        screen.action,
        ...(screen.title === screen.action ? [] : [screen.title]),
        ...textReading(screen.why),
        screen.advice.heading,
        ...screen.advice.texts.flatMap(textReading),
        screen.safetyNet.heading,
        ...textReading(screen.safetyNet.text),
      ];
    case 'info':
      return [screen.title, ...textReading(screen.text)];
  }
}
