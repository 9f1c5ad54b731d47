/**
 * The handover: what the person answered, in plain sentences to read out to the triagist or to
 * paste into an e-consult, and the same as a FHIR R4 QuestionnaireResponse. No name, BSN or
 * date of birth exists anywhere in a session, so none can leak here.
 */
import { answeredQuestions, UNKNOWN, type ReachedOutcome, type Session } from '../engine/session.ts';
import { optionsOf } from '../engine/tree-model.ts';

/** Translate a tree's text key (in that tree's namespace). */
export type TreeText = (treeId: string, key: string) => string;

export interface AnsweredLine {
  readonly treeId: string;
  readonly questionId: string;
  readonly question: string;
  /** The option id, or the number given. */
  readonly value: string | number;
  /** The answer as shown: the option's label, or the number with its unit. */
  readonly answer: string;
}

export function answeredLines(session: Session, text: TreeText): AnsweredLine[] {
  return answeredQuestions(session).map(({ tree, questionId, question: node, value }) => {
    const answer =
      node.input === 'choice'
        ? text(tree.id, optionsOf(node).find((option) => option.id === value)?.label ?? String(value))
        : value === UNKNOWN && node.unknown
          ? text(tree.id, node.unknown)
          : `${value}${node.unit ? ` ${text(tree.id, node.unit)}` : ''}`;
    return { treeId: tree.id, questionId, question: text(tree.id, node.text), value, answer };
  });
}

export interface SummaryLabels {
  readonly heading: string;
  readonly when: string;
  readonly age?: string;
  readonly advice: string;
  readonly version: string;
}

/** Plain text: a heading, when, the advice, then "Question? Answer." one per line. */
export function summaryText(lines: readonly AnsweredLine[], labels: SummaryLabels): string {
  return [
    labels.heading,
    labels.when,
    ...(labels.age ? [labels.age] : []),
    labels.advice,
    '',
    ...lines.map((line) => `${line.question} ${line.answer}.`),
    '',
    labels.version,
  ].join('\n');
}

const URN = 'urn:wegwijzer';

/** A FHIR R4 QuestionnaireResponse of the path taken: one item per answered question, then the outcome. */
export function questionnaireResponse(session: Session, reached: ReachedOutcome, text: TreeText, authored: string) {
  const main = reached.tree.tree;
  return {
    resourceType: 'QuestionnaireResponse' as const,
    // No identifier, subject or author: the person stays anonymous.
    status: 'completed' as const,
    questionnaire: `${URN}:tree:${main.id}|${main.version}`,
    authored,
    item: [
      ...answeredLines(session, text).map((line) => ({
        linkId: `${line.treeId}/${line.questionId}`,
        text: line.question,
        answer: [
          typeof line.value === 'number'
            ? { valueDecimal: line.value }
            : { valueCoding: { system: `${URN}:tree:${line.treeId}`, code: line.value, display: line.answer } },
        ],
      })),
      {
        linkId: 'outcome',
        text: text(main.id, reached.outcome.title),
        item: [
          ...(reached.outcome.urgency
            ? [
                {
                  linkId: 'outcome/urgency',
                  text: 'NTS urgency',
                  answer: [{ valueCoding: { system: `${URN}:nts-urgency`, code: reached.outcome.urgency } }],
                },
              ]
            : []),
          {
            linkId: 'outcome/channel',
            text: 'Channel',
            answer: [{ valueCoding: { system: `${URN}:channel`, code: reached.outcome.channel } }],
          },
          {
            linkId: 'outcome/tree',
            text: 'Tree version and content hash',
            answer: [{ valueString: `${main.id} ${main.version} ${reached.tree.hash}` }],
          },
        ],
      },
    ],
  };
}
