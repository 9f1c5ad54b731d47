/** The index of the review packs: every tree with its status, version, last change and open notes, for a review meeting. */
import { escapeHtml, htmlDocument } from './html.ts';

export interface IndexRow {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly status: string;
  readonly version: string;
  readonly lastChange: string | undefined;
  readonly openNotes: number;
  /** The pack's file name beside the index. */
  readonly file: string;
}

export function reviewIndex(rows: readonly IndexRow[], built: string): string {
  const body = rows
    .map(
      (row) =>
        `<tr><td><a href="${escapeHtml(row.file)}">${escapeHtml(row.title)}</a><br><code>${escapeHtml(row.id)}</code></td>` +
        `<td>${escapeHtml(row.kind)}</td><td>${row.status === 'approved' ? 'goedgekeurd' : '<strong>concept</strong>'}</td>` +
        `<td>${escapeHtml(row.version)}</td><td>${escapeHtml(row.lastChange ?? '–')}</td><td>${row.openNotes}</td></tr>`,
    )
    .join('');
  const drafts = rows.filter((row) => row.status !== 'approved').length;
  return htmlDocument(
    'Wegwijzer – beoordelingspakketten',
    `<h1>Beoordelingspakketten</h1><p>${rows.length} bomen, waarvan ${drafts} nog concept. Gemaakt ${escapeHtml(built)}.</p>` +
      '<table><thead><tr><th>Boom</th><th>Soort</th><th>Status</th><th>Versie</th><th>Laatste wijziging</th><th>Open punten</th></tr></thead>' +
      `<tbody>${body}</tbody></table>`,
  );
}
