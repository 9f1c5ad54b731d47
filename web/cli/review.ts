/**
 * npm run trees:review -- [<id>…] [--out <dir>] [--since <version>]
 *
 * Writes a review pack per tree (one self-contained, printable HTML file in Dutch for the
 * reviewing GP: flowchart, spec traceability, outcomes, questions, open notes, what changed) and
 * an index.html, into --out (default reports/review). Without ids: every tree. What changed is
 * shown since --since, else since the tree's last approved version. Exit 2 on an unknown id or flag.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent, PROJECT_ROOT } from '../build/content-files.ts';
import type { Tree } from '../engine/tree-schema.ts';
import type { Changes } from '../review/changes.ts';
import { lastApproved, lastChange, versionAt, type PastVersion } from '../review/history.ts';
import { reviewIndex, type IndexRow } from '../review/index-page.ts';
import { reviewPack } from '../review/pack.ts';
import { indexRow, packFile, packInput } from '../review/pack-input.ts';
import { diffTrees } from '../review/tree-diff.ts';
import { orUsageExit, parseCommand, UsageError } from './flags.ts';

const started = performance.now();
const { values: flags, positionals: ids } = orUsageExit('trees-review', () =>
  parseCommand(process.argv.slice(2), { out: { type: 'string', default: 'reports/review' }, since: { type: 'string' } }),
);
const content = loadContent();
if (content.loadProblems.length > 0) {
  for (const p of content.loadProblems) console.error(`${p.file}: ${p.path}: ${p.message}`);
  process.exit(1);
}
const trees = new Map(content.trees.map(({ tree }) => [tree.id, tree]));
const chosen = orUsageExit('trees-review', () =>
  ids.length === 0
    ? [...trees.values()]
    : ids.map((id) => {
        const tree = trees.get(id);
        if (!tree) throw new UsageError(`unknown tree "${id}"`);
        return tree;
      }),
);
const nlOwn = (tree: Tree) => content.texts.nl?.[tree.id] ?? {};

/** The diff since --since, or since the last approved version, or why there is none. */
function changesOf(tree: Tree): Changes {
  const past: PastVersion | undefined = flags.since ? versionAt(PROJECT_ROOT, tree.id, flags.since) : lastApproved(PROJECT_ROOT, tree.id);
  if (!past) return flags.since ? { kind: 'not-found', since: flags.since } : { kind: 'none-approved' };
  return { kind: 'diff', commit: past.commit, diff: diffTrees(past, { tree, texts: nlOwn(tree) }) };
}

const out = resolve(flags.out);
mkdirSync(out, { recursive: true });
const rows: IndexRow[] = [];
let bytes = 0;
for (const tree of chosen) {
  const changed = lastChange(PROJECT_ROOT, tree.id);
  const html = reviewPack(packInput(content, tree, { changes: changesOf(tree), lastChange: changed }));
  writeFileSync(join(out, packFile(tree)), html);
  bytes += Buffer.byteLength(html);
  rows.push(indexRow(content, tree, changed));
}
writeFileSync(join(out, 'index.html'), reviewIndex(rows, new Date().toISOString().slice(0, 10)));
const seconds = (performance.now() - started) / 1000;
console.log(`${rows.length} review pack(s), ${Math.round(bytes / 1024)} KB, and index.html in ${out} (${seconds.toFixed(1)} s)`);
