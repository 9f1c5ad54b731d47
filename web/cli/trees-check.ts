/**
 * npm run trees:check — validate every tree, translation and content file, walk every path.
 * Prints each problem as "file: $.json.path: message", then one summary line; exits 1 on any problem.
 * `--root DIR` checks another content folder (tests use fixtures).
 */
import { loadContent, PROJECT_ROOT } from '../build/content-files.ts';
import { checkContent } from '../checker/check-content.ts';

const rootFlag = process.argv.indexOf('--root');
const root = rootFlag >= 0 ? process.argv[rootFlag + 1]! : PROJECT_ROOT;

const content = loadContent(root);
const summary = checkContent(content);
const problems = [...content.loadProblems, ...summary.problems];
for (const { file, path, message } of problems) console.error(`${file}: ${path}: ${message}`);

const kinds = content.trees.reduce<Record<string, number>>(
  (count, { tree }) => ({ ...count, [tree.kind]: (count[tree.kind] ?? 0) + 1 }),
  {},
);
const byKind = Object.entries(kinds)
  .map(([kind, n]) => `${n} ${kind}`)
  .join(', ');
const languages = content.languages.languages.map((l) => l.code).join(', ');
console.log(
  `${problems.length === 0 ? 'ok' : 'FAILED'}: ${summary.trees} trees (${byKind}), ${summary.nodes} nodes, ${summary.paths} paths, ${summary.outcomes} outcomes; languages ${languages}; ${problems.length} problem(s)`,
);
process.exitCode = problems.length === 0 ? 0 : 1;
