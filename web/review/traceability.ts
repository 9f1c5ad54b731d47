/**
 * The spec traceability table: per item of a tree's clinical spec, what it is, where it comes
 * from, its minimum urgency, the questions and answers that ask it, and the urgencies that the
 * paths on which it is present reach (the checker's result, not a claim of the tree's author).
 */
import type { Texts } from '../checker/content-set.ts';
import type { TreeSpecResult } from '../checker/check-specs.ts';
import type { Ask, TreeSpec } from '../checker/spec-schema.ts';
import { optionsOf, urgencyRank, type Urgency } from '../engine/tree-model.ts';
import type { Tree } from '../engine/tree-schema.ts';
import { escapeHtml, link, urgencyBadge } from './html.ts';
import { textOf } from './tree-texts.ts';

const KINDS: Readonly<Record<string, string>> = {
  'red-flag': 'rode vlag',
  'alarm-sign': 'alarmsignaal',
  'risk-group': 'risicogroep',
  'onset-duration': 'begin en duur',
};

/** "q-id" of this tree or "shared:q-id" of a tree it runs first → that tree and the node id. */
function owning(ref: string, tree: Tree, trees: ReadonlyMap<string, Tree>): { owner: Tree | undefined; nodeId: string } {
  const colon = ref.indexOf(':');
  return colon < 0 ? { owner: tree, nodeId: ref } : { owner: trees.get(ref.slice(0, colon)), nodeId: ref.slice(colon + 1) };
}

/** One ask in Dutch: the question's text and the answers (or bounds) that express the item. */
function askHtml(ask: Ask, tree: Tree, trees: ReadonlyMap<string, Tree>, texts: Texts): string {
  const refs = typeof ask.question === 'string' ? [ask.question] : ask.question;
  return refs
    .map((ref) => {
      const { owner, nodeId } = owning(ref, tree, trees);
      const node = owner?.nodes[nodeId];
      if (!owner || node?.type !== 'question') return `<code>${escapeHtml(ref)}</code> (geen vraag)`;
      const answers =
        node.input === 'choice'
          ? optionsOf(node)
              .filter((o) => ask.answers?.includes(o.id))
              .map((o) => textOf(texts, 'nl', owner, o.label))
              .join(' / ')
          : [ask.atLeast === undefined ? '' : `≥ ${ask.atLeast}`, ask.atMost === undefined ? '' : `≤ ${ask.atMost}`]
              .filter(Boolean)
              .join(' en ');
      return `<code>${escapeHtml(ref)}</code> ${escapeHtml(textOf(texts, 'nl', owner, node.text))} → <strong>${escapeHtml(answers)}</strong> (of weet ik niet)`;
    })
    .join('<br>');
}

/** The urgency of an end named as the checker names it ("node" or "shared:node"). */
function endUrgency(end: string, tree: Tree, trees: ReadonlyMap<string, Tree>): Urgency | undefined {
  const { owner, nodeId } = owning(end, tree, trees);
  const node = owner?.nodes[nodeId];
  return node?.type === 'outcome' ? node.urgency : undefined;
}

/** The reached ends, most urgent first, each with its urgency. */
function reachedHtml(ends: ReadonlySet<string> | undefined, tree: Tree, trees: ReadonlyMap<string, Tree>): string {
  if (!ends || ends.size === 0) return '<span class="problem">geen pad</span>';
  return [...ends]
    .map((end) => ({ end, urgency: endUrgency(end, tree, trees) }))
    .sort((a, b) => urgencyRank(a.urgency) - urgencyRank(b.urgency))
    .map(({ end, urgency }) => `${urgencyBadge(urgency)} <code>${escapeHtml(end)}</code>`)
    .join('<br>');
}

/** The table, one row per spec item. `problems` are the checker's messages per item id. */
export function traceabilityTable(
  spec: TreeSpec,
  tree: Tree,
  trees: ReadonlyMap<string, Tree>,
  texts: Texts,
  result: TreeSpecResult,
  problems: ReadonlyMap<string, readonly string[]>,
): string {
  const sources = new Map(spec.sources.map((source) => [source.id, source]));
  const rows = spec.items.map((item) => {
    const cited = item.sources.map((id) => {
      const source = sources.get(id);
      return source ? link(source.url, source.name) : escapeHtml(id);
    });
    const found = (problems.get(item.id) ?? []).map((message) => `<p class="problem">Checker: ${escapeHtml(message)}</p>`).join('');
    const who = [item.ages ? `leeftijden: ${item.ages.join(', ')}` : '', item.sexes ? `geslacht: ${item.sexes.join(', ')}` : '']
      .filter(Boolean)
      .join('; ');
    return (
      `<tr id="spec-${escapeHtml(item.id)}"><td><code>${escapeHtml(item.id)}</code><br>${escapeHtml(KINDS[item.kind] ?? item.kind)}` +
      `${item.module ? `<br>module <code>${escapeHtml(item.module)}</code>` : ''}${who ? `<br>${escapeHtml(who)}` : ''}</td>` +
      `<td lang="en">${escapeHtml(item.description)}</td><td>${cited.join('<br>')}</td><td>${urgencyBadge(item.minUrgency)}</td>` +
      `<td>${item.asks.map((ask) => askHtml(ask, tree, trees, texts)).join('<hr>')}</td>` +
      `<td>${reachedHtml(result.reaches.get(item.id), tree, trees)}</td>` +
      `<td lang="en">${item.note ? escapeHtml(item.note) : '<span class="muted">–</span>'}${found}</td></tr>`
    );
  });
  return (
    '<table class="spec"><thead><tr><th>Item en soort</th><th>Beschrijving (Engels)</th><th>Bronnen</th><th>Minimaal</th>' +
    '<th>Gevraagd met (vraag → antwoorden)</th><th>Paden met dit item eindigen in</th><th>Toelichting (Engels)</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}
