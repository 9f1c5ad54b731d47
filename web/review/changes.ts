/**
 * The "what changed" section of a pack: the diff since a version, or a plain statement of why
 * there is nothing to compare with (no version approved yet, or the asked version not found).
 */
import { escapeHtml, multiline, urgencyBadge } from './html.ts';
import type { TreeDiff } from './tree-diff.ts';

export type Changes =
  | { readonly kind: 'diff'; readonly diff: TreeDiff; readonly commit: string }
  | { readonly kind: 'none-approved' }
  | { readonly kind: 'not-found'; readonly since: string };

const codes = (ids: readonly string[]) =>
  ids.length ? ids.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ') : '<span class="muted">geen</span>';

function diffHtml(diff: TreeDiff, commit: string): string {
  const lines: [string, string][] = [
    ['Vragen erbij', codes(diff.questionsAdded)],
    ['Vragen weg', codes(diff.questionsRemoved)],
    [
      'Vragen anders',
      diff.questionsChanged.length
        ? diff.questionsChanged.map((q) => `<code>${escapeHtml(q.id)}</code> (${escapeHtml(q.what.join(', '))})`).join('<br>')
        : codes([]),
    ],
    ['Routering anders', codes(diff.routing)],
    ['Uitkomsten erbij', codes(diff.outcomesAdded)],
    ['Uitkomsten weg', codes(diff.outcomesRemoved)],
    [
      'Urgentie of kanaal anders',
      diff.outcomesChanged.length
        ? diff.outcomesChanged.map((o) => `<code>${escapeHtml(o.id)}</code>: ${escapeHtml(o.before)} → ${escapeHtml(o.after)}`).join('<br>')
        : codes([]),
    ],
    ['Teksten erbij', codes(diff.textsAdded)],
    ['Teksten weg', codes(diff.textsRemoved)],
  ];
  const summary = lines.map(([name, value]) => `<dt>${name}</dt><dd>${value}</dd>`).join('');
  const texts = diff.textsChanged
    .map((t) => `<tr><td><code>${escapeHtml(t.key)}</code></td><td>${multiline(t.before)}</td><td>${multiline(t.after)}</td></tr>`)
    .join('');
  const paths = diff.paths
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.path)}</code></td><td>${urgencyBadge(p.before.urgency)} <code>${escapeHtml(p.before.node)}</code></td>` +
        `<td>${urgencyBadge(p.after.urgency)} <code>${escapeHtml(p.after.node)}</code></td></tr>`,
    )
    .join('');
  return (
    `<p>Van versie ${escapeHtml(diff.from)} (commit <code>${escapeHtml(commit.slice(0, 10))}</code>) naar ${escapeHtml(diff.to)}.</p>` +
    `<dl>${summary}</dl>` +
    `<h3>Paden met een andere uitkomst (${diff.paths.length})</h3>` +
    `<p class="muted">Elk pad van de nieuwe versie opnieuw gelopen door de oude, met dezelfde antwoorden: ${diff.compared} paden te vergelijken; een pad langs een toegevoegde of weggehaalde vraag niet.</p>` +
    (paths
      ? `<table><thead><tr><th>Antwoorden</th><th>Was</th><th>Nu</th></tr></thead><tbody>${paths}</tbody></table>`
      : '<p>Geen: elk pad dat beide versies met dezelfde antwoorden lopen, eindigt nog op dezelfde uitkomst en urgentie.</p>') +
    `<h3>Nederlandse teksten anders (${diff.textsChanged.length})</h3>` +
    (texts ? `<table><thead><tr><th>Sleutel</th><th>Was</th><th>Nu</th></tr></thead><tbody>${texts}</tbody></table>` : '<p>Geen.</p>')
  );
}

export function changesSection(changes: Changes): string {
  switch (changes.kind) {
    case 'diff':
      return diffHtml(changes.diff, changes.commit);
    case 'none-approved':
      return '<p><strong>Nog geen versie van deze boom is goedgekeurd.</strong> Er is dus niets om mee te vergelijken: beoordeel de hele boom.</p>';
    case 'not-found':
      return `<p class="problem">Versie ${escapeHtml(changes.since)} van deze boom staat niet in de git-geschiedenis.</p>`;
  }
}
