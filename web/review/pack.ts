/**
 * One tree's review pack: a single self-contained, printable HTML page in Dutch for the
 * reviewing GP, built from parts that each have their own module: the flowchart, the spec
 * traceability table, every outcome, every question, the open notes and what changed.
 */
import type { Texts } from '../checker/content-set.ts';
import type { TreeSpec } from '../checker/spec-schema.ts';
import type { ThuisartsLinks } from '../content/content-schema.ts';
import { URGENCIES } from '../engine/tree-model.ts';
import type { Tree } from '../engine/tree-schema.ts';
import { changesSection, type Changes } from './changes.ts';
import { flowchart, urgencyLegend } from './flowchart.ts';
import { escapeHtml, htmlDocument } from './html.ts';
import { outcomesSection } from './outcomes.ts';
import { questionsTable } from './questions.ts';
import type { SpecTrace } from './spec-trace.ts';
import { traceabilityTable } from './traceability.ts';
import { textOf } from './tree-texts.ts';
import type { Walk } from './tree-walk.ts';

export interface PackInput {
  readonly tree: Tree;
  /** Every tree by id: the shared screens a tree runs first, and their questions in the spec. */
  readonly trees: ReadonlyMap<string, Tree>;
  readonly texts: Texts;
  readonly hash: string;
  readonly walk: Walk;
  readonly spec: { readonly spec: TreeSpec; readonly trace: SpecTrace } | undefined;
  readonly links: ThuisartsLinks['links'];
  readonly changes: Changes;
  /** Date of the tree file's last commit. */
  readonly lastChange: string | undefined;
}

/** The notes a GP should read and answer: the authors' review note, the spec's notes, each item's note. */
export function openNotes(tree: Tree, spec: TreeSpec | undefined): { readonly about: string; readonly note: string }[] {
  return [
    ...(tree.review.notes ? [{ about: 'beoordeling (auteurs)', note: tree.review.notes }] : []),
    ...(spec?.notes ?? []).map((note) => ({ about: 'spec', note })),
    ...(spec?.items ?? []).flatMap((item) => (item.note ? [{ about: `spec-item ${item.id}`, note: item.note }] : [])),
  ];
}

function facts(input: PackInput): string {
  const { tree } = input;
  const review = tree.review;
  const reviewers = review.reviewers.map((r) => `${r.name} (${r.role})`).join(', ');
  const rows: [string, string][] = [
    ['boom', `<code>${escapeHtml(tree.id)}</code> (${escapeHtml(tree.kind)})`],
    ['versie', escapeHtml(tree.version)],
    ['inhouds-hash', `<code>${escapeHtml(input.hash)}</code>`],
    [
      'status',
      review.status === 'approved'
        ? `goedgekeurd (versie ${escapeHtml(review.version ?? '?')}, ${escapeHtml(review.date ?? '?')})`
        : '<strong>concept</strong> (draft)',
    ],
    ['beoordelaars', reviewers ? escapeHtml(reviewers) : '<span class="muted">nog geen</span>'],
    ['voor wie', escapeHtml([...(tree.audience ?? []), ...(tree.sexes ?? [])].join(', ') || 'iedereen')],
    ['eerst', escapeHtml((tree.preamble ?? []).join(', ') || 'niets')],
    ['laatste wijziging', escapeHtml(input.lastChange ?? 'niet vastgelegd')],
    ['paden', String(input.walk.paths.length)],
  ];
  return `<dl>${rows.map(([name, value]) => `<dt>${name}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

function notesSection(tree: Tree, spec: TreeSpec | undefined): string {
  const notes = openNotes(tree, spec);
  if (notes.length === 0) return '<p>Geen.</p>';
  return `<ol class="notes">${notes.map((n) => `<li><strong>${escapeHtml(n.about)}</strong>: <span lang="en">${escapeHtml(n.note)}</span></li>`).join('')}</ol>`;
}

export function reviewPack(input: PackInput): string {
  const { tree, texts, spec } = input;
  const title = textOf(texts, 'nl', tree, tree.title);
  const labels = Object.fromEntries(URGENCIES.map((u) => [u, textOf(texts, 'nl', tree, `content:urgency.${u}`)]));
  const specHtml = spec
    ? traceabilityTable(spec.spec, tree, input.trees, texts, spec.trace.result, spec.trace.problems) +
      (spec.trace.problems
        .get('')
        ?.map((m) => `<p class="problem">Checker: ${escapeHtml(m)}</p>`)
        .join('') ?? '')
    : '<p>Deze boom heeft geen klinische spec.</p>';
  const body = [
    `<header><p class="muted">Wegwijzer · beoordelingspakket voor de huisarts</p><h1>${escapeHtml(title)} <span class="muted">(${escapeHtml(tree.id)} ${escapeHtml(tree.version)})</span></h1>${facts(input)}</header>`,
    `<section><h2>Open punten voor de huisarts</h2>${notesSection(tree, spec?.spec)}</section>`,
    `<section><h2>Wat is er veranderd</h2>${changesSection(input.changes)}</section>`,
    `<section><h2>Stroomschema</h2>${urgencyLegend(labels)}<div class="flow">${flowchart(tree, texts, input.walk.edges)}</div></section>`,
    `<section><h2>Spec: wat de bronnen vragen, en wat de boom doet</h2>${specHtml}</section>`,
    `<section><h2>Uitkomsten</h2>${outcomesSection(tree, texts, input.links, input.walk.ends)}</section>`,
    `<section><h2>Vragen</h2>${questionsTable(tree, texts)}</section>`,
  ].join('\n');
  return htmlDocument(`${title} (${tree.id} ${tree.version}) – beoordelingspakket`, body);
}
