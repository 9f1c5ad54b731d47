/**
 * npm run trees:check — validate every tree, translation, clinical spec and content file, walk every path.
 * Prints each problem as "file: $.json.path: message", then one summary line with the time taken;
 * exits 1 on any problem. `--json` prints the figures as one JSON object instead of the summary line.
 * `--root DIR` checks another content folder (tests use fixtures).
 */
import { performance } from 'node:perf_hooks';
import { loadContent, PROJECT_ROOT } from '../build/content-files.ts';
import { checkContent } from '../checker/check-content.ts';
import { readFlags } from './flags.ts';

const started = performance.now();
const flags = readFlags('trees-check', { root: { type: 'string', default: PROJECT_ROOT }, json: { type: 'boolean', default: false } });
const root = flags.root;
const asJson = flags.json;

const content = loadContent(root);
const summary = checkContent(content);
const problems = [...content.loadProblems, ...summary.problems];
for (const { file, path, message } of problems) console.error(`${file}: ${path}: ${message}`);
const seconds = (performance.now() - started) / 1000;

const { trees, nodes, paths, outcomes, specs, texts } = summary;
if (asJson) {
  console.log(
    JSON.stringify({ ok: problems.length === 0, trees, nodes, paths, outcomes, specs, texts, problems: problems.length, seconds }),
  );
} else {
  const kinds = content.trees.reduce<Record<string, number>>(
    (count, { tree }) => ({ ...count, [tree.kind]: (count[tree.kind] ?? 0) + 1 }),
    {},
  );
  const byKind = Object.entries(kinds)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  const languages = content.languages.languages.map((l) => l.code).join(', ');
  const plain = Object.entries(texts)
    .map(
      ([language, t]) =>
        `${language}: ${t.sentencesOver20} sentences over 20 words, median ${t.medianWordsPerSentence} words` +
        (t.readingEaseMedian === null ? '' : `, reading ease ${Math.round(t.readingEaseMedian)}`),
    )
    .join('; ');
  console.log(
    `${problems.length === 0 ? 'ok' : 'FAILED'}: ${trees} trees (${byKind}), ${nodes} nodes, ${paths} paths, ${outcomes} outcomes; ` +
      `specs for ${specs.trees} complaint trees and ${specs.shared} shared, ${specs.traced} of ${specs.items} items traced; ` +
      `languages ${languages}; ${plain}; ${problems.length} problem(s) in ${seconds.toFixed(1)} s`,
  );
}
process.exitCode = problems.length === 0 ? 0 : 1;
