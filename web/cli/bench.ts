/**
 * npm run bench — figures, not a gate: it asserts nothing about time and exits 0. These machines
 * are noisy: compare figures within one run (the baseline line says how fast this machine was).
 *
 *   1. content: load every content file and run the checker (every path of every tree);
 *   2. engine: startSession and answer() along random valid paths through every tree;
 *   3. browser: cold start of the built app in headless Chromium (needs `npx vite build`).
 *
 * Flags: --runs <n> (content runs, default 5), --answers <n> (default 20000),
 * --browser-runs <n> (default 3), --no-throttle (skip the cheap-phone row), --no-browser.
 */
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import { loadContent } from '../build/content-files.ts';
import { checkContent } from '../checker/check-content.ts';
import { AGE_BANDS, momentOf, type Context } from '../engine/context.ts';
import { planFor } from '../engine/plan.ts';
import { answer, current, startSession, type AnswerValue, type PlannedTree, type Session } from '../engine/session.ts';
import { optionsOf } from '../engine/tree-model.ts';
import type { Question } from '../engine/tree-schema.ts';
import { measureColdStarts, PROFILES, type ColdStartRow } from './bench-browser.ts';
import { orUsageExit, positiveInteger, readFlags } from './flags.ts';
import { hasBuild, startPreview } from './preview-server.ts';

const PREVIEW_PORT = 4396;

const flags = readFlags('bench', {
  runs: { type: 'string' },
  answers: { type: 'string' },
  'browser-runs': { type: 'string' },
  'no-throttle': { type: 'boolean', default: false },
  'no-browser': { type: 'boolean', default: false },
});
const RUNS = orUsageExit('bench', () => positiveInteger('runs', flags.runs, 5));
const ANSWERS = orUsageExit('bench', () => positiveInteger('answers', flags.answers, 20_000));
const BROWSER_RUNS = orUsageExit('bench', () => positiveInteger('browser-runs', flags['browser-runs'], 3));
const BROWSER = !flags['no-browser'];
const THROTTLE = !flags['no-throttle'];

// ---- small statistics and formatting

function quantile(values: ArrayLike<number>, q: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (pos - lo);
}
const median = (values: ArrayLike<number>) => quantile(values, 0.5);
const min = (values: readonly number[]) => Math.min(...values);

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (Number.isNaN(n) ? '–' : n >= 100 ? `${int(n)} ms` : `${n.toFixed(1)} ms`);
const us = (n: number) => `${n.toFixed(n >= 100 ? 0 : 1)} µs`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(header: string[], rows: string[][], rightFrom = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= rightFrom ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].map((l) => `  ${l}`).join('\n');
}

const now = () => process.hrtime.bigint();
const elapsedMs = (start: bigint) => Number(now() - start) / 1e6;

// ---- 0. how fast is this machine right now

function baseline(): number {
  const block = Buffer.alloc(1024 * 1024, 7);
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = now();
    const hash = createHash('sha256');
    for (let i = 0; i < 64; i++) hash.update(block);
    hash.digest();
    times.push(elapsedMs(start));
  }
  return median(times);
}

// ---- 1. content load and check

function benchContent() {
  const load: number[] = [];
  const check: number[] = [];
  let summary: ReturnType<typeof checkContent> | undefined;
  let content: ReturnType<typeof loadContent> | undefined;
  for (let run = 0; run < RUNS; run++) {
    let start = now();
    content = loadContent();
    load.push(elapsedMs(start));
    start = now();
    summary = checkContent(content);
    check.push(elapsedMs(start));
  }
  const total = load.map((t, i) => t + check[i]!);
  return { content: content!, summary: summary!, load, check, total };
}

// ---- 2. the engine along random valid paths

/** mulberry32: a small seeded generator, so every run walks the same paths. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A valid answer; nine times in ten a non-alarm one where the question has both, so paths get past
 * the red-flag screens as most people's do instead of mostly ending at 112 after one answer.
 */
function randomAnswer(question: Question, rnd: () => number): AnswerValue {
  const calm = rnd() < 0.9;
  if (question.input === 'choice') {
    const all = optionsOf(question).map((option) => option.id);
    const quiet = all.filter((id) => !(question.alarm ?? []).includes(id));
    const options = calm && quiet.length > 0 ? quiet : all;
    return options[Math.floor(rnd() * options.length)]!;
  }
  const step = question.step ?? 1;
  const top =
    calm && question.alarmAtLeast !== undefined && question.alarmAtLeast > question.min ? question.alarmAtLeast - step : question.max;
  const count = Math.floor((top - question.min) / step + 1e-9);
  return Number((question.min + Math.floor(rnd() * (count + 1)) * step).toFixed(9));
}

function randomContext(rnd: () => number): Context {
  const band = AGE_BANDS[Math.floor(rnd() * AGE_BANDS.length)]!;
  // Any moment in one week of January 2026 (Monday 00:00 in the Netherlands = Sunday 23:00 UTC).
  const instant = new Date(Date.UTC(2026, 0, 4, 23) + Math.floor(rnd() * 7 * 24 * 60) * 60_000);
  return { age: band.value, moment: momentOf(instant) };
}

function benchEngine(planned: ReadonlyMap<string, PlannedTree>) {
  // Every tree a person can start; shared screens run as part of those.
  const ids = [...planned.values()].filter(({ tree }) => tree.kind !== 'shared').map(({ tree }) => tree.id);
  const lookup = (id: string) => planned.get(id);
  const rnd = random(1);
  const answerTimes = new Float64Array(ANSWERS);
  const currentTimes: number[] = [];
  const startTimes: number[] = [];
  let answers = 0;
  let sessions = 0;
  let outcomes = 0;
  let escalations = 0;
  let refused = 0;

  const walk = (treeId: string, record: boolean) => {
    let start = now();
    const plan = planFor(treeId, lookup);
    if (!plan.ok) throw new Error(plan.error);
    const started = startSession(plan.value, randomContext(rnd));
    if (record) startTimes.push(elapsedMs(start) * 1000);
    if (!started.ok) throw new Error(`${treeId}: ${started.error}`);
    let session: Session = started.value;
    for (;;) {
      start = now();
      const here = current(session);
      if (record) currentTimes.push(elapsedMs(start) * 1000);
      if (here.kind === 'outcome') {
        if (record) {
          outcomes++;
          if (here.escalation) escalations++;
        }
        return;
      }
      if (record && answers >= ANSWERS) return;
      const value = here.kind === 'info' ? 'continue' : randomAnswer(here.node, rnd);
      start = now();
      const next = answer(session, value);
      const took = elapsedMs(start) * 1000;
      if (!next.ok) {
        refused++;
        return;
      }
      if (record) answerTimes[answers++] = took;
      session = next.value;
    }
  };

  // Warm up: compile every reachable rule and let the JIT settle before anything is recorded.
  for (let round = 0; round < 5; round++) for (const id of ids) walk(id, false);
  const start = now();
  while (answers < ANSWERS) {
    walk(ids[Math.floor(rnd() * ids.length)]!, true);
    sessions++;
  }
  const totalMs = elapsedMs(start);
  return { trees: ids.length, answers, sessions, outcomes, escalations, refused, answerTimes, currentTimes, startTimes, totalMs };
}

// ---- 3. the browser

async function benchBrowser(): Promise<void> {
  console.log('');
  if (!hasBuild()) {
    console.log('browser: no dist/ (run `npx vite build` first): cold start skipped');
    return;
  }
  const server = await startPreview(PREVIEW_PORT);
  try {
    const profiles = THROTTLE ? PROFILES : PROFILES.slice(0, 1);
    console.log(
      `browser: cold start of dist/ via vite preview, Pixel 7 emulation, fresh context per load (no cache, service workers blocked), median of ${BROWSER_RUNS}`,
    );
    for (const p of profiles) console.log(`  ${p.id.padEnd(5)} ${p.label}`);
    const rows: ColdStartRow[] = [];
    const { browserVersion } = await measureColdStarts(server.origin, {
      runs: BROWSER_RUNS,
      profiles,
      onRow: (row) => {
        rows.push(row);
        process.stderr.write('.');
      },
    });
    process.stderr.write('\n');
    console.log(`  Chromium ${browserVersion}`);
    console.log(
      table(
        ['page', 'profile', 'FCP', 'LCP', 'DCL', 'load', 'wire', 'decoded', 'requests', 'step'],
        rows.map(({ page, profile, median: m }) => [
          page.id,
          profile.id,
          ms(m.fcp),
          ms(m.lcp),
          ms(m.dcl),
          ms(m.load),
          kb(m.wireBytes),
          kb(m.bodyBytes),
          `${int(m.requests)}${m.failed ? ` (${int(m.failed)} failed)` : ''}`,
          m.stepMs === undefined ? '' : ms(m.stepMs),
        ]),
        2,
      ),
    );
    const fast = rows.filter((r) => r.profile.id === 'fast');
    const slow = rows.filter((r) => r.profile.id === 'slow');
    if (slow.length) {
      const ratios = fast.map((f, i) => `${f.page.id} ${(slow[i]!.median.lcp / f.median.lcp).toFixed(1)}x`).join(', ');
      console.log(`  LCP slow/fast: ${ratios}`);
    }
    const outcome = rows.find((r) => r.median.heading !== undefined);
    console.log(
      [
        '  times from navigation start; LCP read before any input; wire = bytes received incl. headers, decoded = bodies;',
        `  outcome = the question page, then "no" + Verder: step = click until the next heading is painted ("${outcome?.median.heading ?? '?'}"),`,
        `  its bytes and requests include the step; vite preview ${rows.some((r) => r.median.compressed) ? 'compresses responses' : 'sends responses uncompressed'}`,
      ].join('\n'),
    );
  } finally {
    await server.stop();
  }
}

// ---- main

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(`Wegwijzer bench: Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} × ${cpu}`);
  console.log(`baseline: sha256 over 64 MiB takes ${ms(baseline())} on this machine now (compare figures as ratios within one run)`);

  const c = benchContent();
  const s = c.summary;
  const problems = c.content.loadProblems.length + s.problems.length;
  console.log('');
  console.log(
    `content: ${s.trees} trees, ${int(s.nodes)} nodes, ${int(s.paths)} paths, ${s.outcomes} outcomes${problems ? `, ${problems} problem(s)` : ''}; ${RUNS} runs (the first one includes warming up the code)`,
  );
  console.log(
    table(
      ['', 'first', 'median', 'min'],
      [
        ['loadContent (read + validate)', ms(c.load[0]!), ms(median(c.load)), ms(min(c.load))],
        ['checkContent (all paths)', ms(c.check[0]!), ms(median(c.check)), ms(min(c.check))],
        ['total', ms(c.total[0]!), ms(median(c.total)), ms(min(c.total))],
      ],
    ),
  );
  console.log(
    `  ${int(s.paths / (median(c.check) / 1000))} paths/s checked (median), ${int(s.paths / (median(c.total) / 1000))} paths/s load + check`,
  );

  const e = benchEngine(c.content.planned);
  console.log('');
  console.log(
    `engine: ${int(e.answers)} answers in ${int(e.sessions)} sessions over ${e.trees} trees (random valid paths, 9 in 10 answers non-alarm where possible, random age band and moment, seed 1, after warm-up)`,
  );
  console.log(
    table(
      ['', 'median', 'p95', 'mean'],
      [
        [
          'answer()',
          us(median(e.answerTimes)),
          us(quantile(e.answerTimes, 0.95)),
          us(e.answerTimes.reduce((a, b) => a + b, 0) / e.answers),
        ],
        [
          'current()',
          us(median(e.currentTimes)),
          us(quantile(e.currentTimes, 0.95)),
          us(e.currentTimes.reduce((a, b) => a + b, 0) / e.currentTimes.length),
        ],
        [
          'start (planFor + startSession)',
          us(median(e.startTimes)),
          us(quantile(e.startTimes, 0.95)),
          us(e.startTimes.reduce((a, b) => a + b, 0) / e.startTimes.length),
        ],
      ],
    ),
  );
  console.log(
    `  ${int(e.answers / (e.totalMs / 1000))} answers/s end to end; ${(e.answers / e.sessions).toFixed(1)} answers per session; ${int(e.outcomes)} outcomes reached (${e.escalations} escalations)${e.refused ? `; ${e.refused} answers refused (a bug in this bench)` : ''}`,
  );

  if (BROWSER) await benchBrowser();
  else console.log('\nbrowser: skipped (--no-browser)');
}

main().then(
  () => (process.exitCode = 0),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
