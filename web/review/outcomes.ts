/**
 * Every outcome of a tree in full: its Dutch texts (title, each advice text under the name of its
 * key, the safety net), urgency, channel, Thuisarts links and how many paths end there.
 */
import type { Texts } from '../checker/content-set.ts';
import type { ThuisartsLinks } from '../content/content-schema.ts';
import { urgencyRank } from '../engine/tree-model.ts';
import type { Outcome, Tree } from '../engine/tree-schema.ts';
import { escapeHtml, link, multiline, urgencyBadge } from './html.ts';
import { textOf } from './tree-texts.ts';

/** "o-112.why" → "why": the part of the outcome an advice text is. */
const partOf = (key: string) => key.slice(key.lastIndexOf('.') + 1);

function outcomeHtml(id: string, outcome: Outcome, tree: Tree, texts: Texts, links: ThuisartsLinks['links'], paths: number): string {
  const nl = (key: string) => textOf(texts, 'nl', tree, key);
  const urgencyLabel = outcome.urgency ? nl(`content:urgency.${outcome.urgency}`) : undefined;
  const thuisarts = (outcome.thuisarts ?? []).map((linkId) => {
    const url = links[linkId]?.url;
    return url
      ? `<code>${escapeHtml(linkId)}</code> ${link(url)}`
      : `<code>${escapeHtml(linkId)}</code> <span class="problem">onbekende link</span>`;
  });
  const rows: [string, string][] = [
    ['urgentie', urgencyBadge(outcome.urgency, urgencyLabel)],
    ['kanaal', `<code>${escapeHtml(outcome.channel)}</code> ${escapeHtml(nl(`content:channel.${outcome.channel}`))}`],
    ['title', multiline(nl(outcome.title))],
    ...outcome.advice.map((key): [string, string] => [partOf(key), multiline(nl(key))]),
    [partOf(outcome.safetyNet), multiline(nl(outcome.safetyNet))],
    ['Thuisarts', thuisarts.length ? thuisarts.join('<br>') : '<span class="muted">geen</span>'],
    ['paden', String(paths)],
  ];
  const body = rows.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${value}</dd>`).join('');
  return `<div class="outcome" id="node-${escapeHtml(id)}"><h3><code>${escapeHtml(id)}</code> ${escapeHtml(nl(outcome.title))}</h3><dl>${body}</dl></div>`;
}

/** All outcomes, most urgent first; `ends` counts the paths that end at each node. */
export function outcomesSection(tree: Tree, texts: Texts, links: ThuisartsLinks['links'], ends: ReadonlyMap<string, number>): string {
  return Object.entries(tree.nodes)
    .flatMap(([id, node]) => (node.type === 'outcome' ? [{ id, node }] : []))
    .sort((a, b) => urgencyRank(a.node.urgency) - urgencyRank(b.node.urgency))
    .map(({ id, node }) => outcomeHtml(id, node, tree, texts, links, ends.get(id) ?? 0))
    .join('');
}
