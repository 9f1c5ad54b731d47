/**
 * npm run lighthouse — Lighthouse (mobile emulation, the default config) on the built app: the
 * start page, a question page and an action page. It reports and does not gate: exit 0 whatever
 * the scores; exit 1 only when it could not run (no dist/, no Chromium, server did not start).
 *
 * Builds nothing: run `npx vite build` (or `npm run build`) first. About 15 s per page.
 * `--save <dir>` also writes each full report as JSON (open it in the Lighthouse viewer).
 */
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFlags } from './flags.ts';
import { hasBuild, startPreview } from './preview-server.ts';

const PREVIEW_PORT = 4397;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PAGES = [
  { id: 'start', path: '/?lang=nl' },
  { id: 'question', path: '/triage/helpdesk-digitale-zorg?lang=nl' },
  { id: 'action', path: '/requests/repeat-prescription?lang=nl&practice=de-linde' },
] as const;

const saveDir = readFlags('lighthouse', { save: { type: 'string' } }).save;

interface Failing {
  readonly id: string;
  readonly score: number;
  readonly display: string;
}

/**
 * A category's audits that score below 1: weighted ones cost it points; unweighted ones (insights,
 * diagnostics) are hints at why. Informative and not-applicable audits are left out.
 */
function failingAudits(lhr: Result, category: string, weighted: boolean): Failing[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 === weighted)
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && typeof audit.score === 'number' && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
    .map(({ ref, audit }) => ({ id: ref.id, score: Math.round(audit!.score! * 100), display: audit!.displayValue ?? '' }));
}

const list = (audits: Failing[]) => audits.map((a) => `${a.id} (${a.score}${a.display ? `, ${a.display}` : ''})`).join(', ');

let browserVersion = '';

async function audit(url: string): Promise<Result> {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic'],
  });
  try {
    if (!browserVersion) {
      const info = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()) as { Browser?: string };
      browserVersion = info.Browser ?? '';
    }
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`no result for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

async function main(): Promise<number> {
  if (!hasBuild()) {
    console.error('lighthouse: no dist/ folder: run `npx vite build` first');
    return 1;
  }
  const server = await startPreview(PREVIEW_PORT);
  const results: { id: string; path: string; lhr: Result }[] = [];
  try {
    for (const page of PAGES) {
      process.stderr.write(`lighthouse: ${page.path} …\n`);
      const lhr = await audit(server.origin + page.path);
      results.push({ ...page, lhr });
      if (saveDir) {
        mkdirSync(saveDir, { recursive: true });
        writeFileSync(join(saveDir, `${page.id}.json`), JSON.stringify(lhr, null, 2));
      }
    }
  } finally {
    await server.stop();
  }

  const version = results[0]?.lhr.lighthouseVersion ?? '?';
  console.log(
    `Lighthouse ${version}, ${browserVersion}, mobile emulation with simulated throttling (default config), dist/ via vite preview`,
  );
  const header = ['page', ...CATEGORIES, 'path'];
  const rows = results.map(({ id, path, lhr }) => [
    id,
    ...CATEGORIES.map((c) => {
      const score = lhr.categories[c]?.score;
      return typeof score === 'number' ? String(Math.round(score * 100)) : '–';
    }),
    path,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  for (const row of rows) console.log(line(row));

  const below: string[] = [];
  for (const { id, lhr } of results) {
    for (const category of CATEGORIES) {
      const score = lhr.categories[category]?.score;
      if (typeof score !== 'number' || score >= 1) continue;
      const costs = list(failingAudits(lhr, category, true));
      const hints = list(failingAudits(lhr, category, false));
      below.push(`  ${id} ${category} ${Math.round(score * 100)}: ${costs || '(no single weighted audit below 1)'}`);
      if (hints) below.push(`    hints (no weight): ${hints}`);
    }
  }
  console.log(
    below.length ? `below 100, with the audits that cost points:\n${below.join('\n')}` : 'every category scores 100 on every page',
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`lighthouse: ${error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
