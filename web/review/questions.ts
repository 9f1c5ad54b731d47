/**
 * Every question of a tree as the person sees it, in Dutch with the English beside it: text,
 * hint, explanation, options (or the number's bounds), and whether it is a red flag or an alarm.
 */
import type { Texts } from '../checker/content-set.ts';
import { optionsOf } from '../engine/tree-model.ts';
import type { Question, Tree } from '../engine/tree-schema.ts';
import { escapeHtml, multiline } from './html.ts';
import { textOf } from './tree-texts.ts';

/** The Dutch and English of one text key, side by side. */
function pair(tree: Tree, texts: Texts, key: string | undefined): string {
  if (!key) return '<td></td><td></td>';
  return `<td>${multiline(textOf(texts, 'nl', tree, key))}</td><td class="en" lang="en">${multiline(textOf(texts, 'en', tree, key))}</td>`;
}

function questionRows(id: string, question: Question, tree: Tree, texts: Texts): string {
  const marks = [question.redFlag ? 'rode vlag' : '', question.input === 'number' ? `getal ${question.min}–${question.max}` : '']
    .filter(Boolean)
    .join(', ');
  const row = (name: string, key: string | undefined) => (key ? `<tr><th scope="row">${name}</th>${pair(tree, texts, key)}</tr>` : '');
  const answers =
    question.input === 'choice'
      ? optionsOf(question).map((option) => {
          const alarm = question.alarm?.includes(option.id) ? ' (alarm)' : '';
          return row(`antwoord <code>${escapeHtml(option.id)}</code>${alarm}`, option.label) + row('toelichting antwoord', option.hint);
        })
      : [
          row('eenheid', question.unit),
          row('weet ik niet', question.unknown),
          question.alarmAtLeast === undefined
            ? ''
            : `<tr><th scope="row">alarm</th><td colspan="2">vanaf ${question.alarmAtLeast}</td></tr>`,
        ];
  return (
    `<tbody id="node-${escapeHtml(id)}"><tr><th colspan="3" class="qhead"><code>${escapeHtml(id)}</code>${marks ? ` (${escapeHtml(marks)})` : ''}</th></tr>` +
    row('vraag', question.text) +
    row('hint', question.hint) +
    row('uitleg', question.explanation) +
    answers.join('') +
    '</tbody>'
  );
}

/** One table of every question, in the order the tree file lists them. */
export function questionsTable(tree: Tree, texts: Texts): string {
  const bodies = Object.entries(tree.nodes).flatMap(([id, node]) =>
    node.type === 'question' ? [questionRows(id, node, tree, texts)] : [],
  );
  return `<table class="questions"><thead><tr><th></th><th>Nederlands</th><th>English</th></tr></thead>${bodies.join('')}</table>`;
}
