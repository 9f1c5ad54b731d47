import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { outcomeOf } from '../../web/engine/session.ts';
import { momentOf } from '../../web/engine/context.ts';
import { answeredLines, questionnaireResponse, summaryText, type TreeText } from '../../web/care/handover.ts';
import { QuestionnaireResponseR4 } from '../fixtures/fhir-r4-questionnaire-response.ts';
import { ABCDE_CLEAR, content, replayed, startOn } from './harness.ts';

const i18n = i18next.createInstance();
void i18n.init({ lng: 'nl', resources: content.texts, initAsync: false, interpolation: { escapeValue: false } });
const text: TreeText = (treeId, key) => i18n.t(key, { ns: treeId });

function soreThroatForTwoWeeks() {
  const started = startOn('keelpijn', { age: 18, moment: momentOf(new Date('2026-11-24T10:00:00+01:00')) });
  const session = replayed(started, { ...ABCDE_CLEAR, 'q-swallow': 'no', 'q-immunity': 'no', 'q-very-ill': 'no', 'q-days': 14 });
  return { session, reached: outcomeOf(session)! };
}

describe('the handover summary', () => {
  it('lists every answered question in the order asked, the ABCDE screen first, as plain sentences', () => {
    const { session } = soreThroatForTwoWeeks();
    const lines = answeredLines(session, text);
    expect(lines.map((l) => l.questionId)).toEqual([...Object.keys(ABCDE_CLEAR), 'q-swallow', 'q-immunity', 'q-very-ill', 'q-days']);
    expect(lines[0]).toMatchObject({ question: 'Heeft iemand nu grote moeite met ademen?', answer: 'Nee' });
    expect(lines.at(-1)).toMatchObject({ question: 'Hoeveel dagen heb je al keelpijn?', answer: '14 dagen', value: 14 });
    const summary = summaryText(lines, { heading: 'H', when: 'W', advice: 'A', version: 'V' });
    expect(summary.split('\n')).toContain('Hoeveel dagen heb je al keelpijn? 14 dagen.');
  });
});

describe('the FHIR R4 QuestionnaireResponse export', () => {
  const { session, reached } = soreThroatForTwoWeeks();
  const resource = questionnaireResponse(session, reached, text, '2026-11-24T10:05:00+01:00');

  it('has the R4 structure: required fields, cardinalities and types', () => {
    const parsed = QuestionnaireResponseR4.safeParse(resource);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('carries each answer as a coding or a number, and the outcome with its tree version', () => {
    expect(resource.item[0]).toMatchObject({ linkId: 'abcde/q-breathing', answer: [{ valueCoding: { code: 'no', display: 'Nee' } }] });
    expect(resource.item.find((i) => i.linkId === 'keelpijn/q-days')).toMatchObject({ answer: [{ valueDecimal: 14 }] });
    const outcome = resource.item.at(-1)!;
    expect(outcome.linkId).toBe('outcome');
    expect(JSON.stringify(outcome)).toContain(`keelpijn ${reached.tree.tree.version} ${reached.tree.hash}`);
  });

  it('says nothing about who the person is', () => {
    expect(Object.keys(resource)).not.toEqual(expect.arrayContaining(['subject']));
    expect(resource).not.toHaveProperty('subject');
    expect(resource).not.toHaveProperty('author');
    expect(resource).not.toHaveProperty('identifier');
  });

  it('the structure check itself rejects a broken resource', () => {
    expect(QuestionnaireResponseR4.safeParse({ ...resource, status: 'done' }).success).toBe(false);
    expect(QuestionnaireResponseR4.safeParse({ ...resource, item: [{ text: 'no linkId' }] }).success).toBe(false);
    expect(
      QuestionnaireResponseR4.safeParse({ ...resource, item: [{ linkId: 'x', answer: [{ valueDecimal: 1, valueString: 'y' }] }] }).success,
    ).toBe(false);
  });
});
