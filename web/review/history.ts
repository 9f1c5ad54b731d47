/**
 * Earlier versions of a tree, read from git (the only impure module of the review): the newest
 * commit at which decision-trees/<id>.json had a given version, or was last approved, with the
 * tree and its Dutch texts as they were then, and the date of the tree file's last commit.
 */
import { execFileSync } from 'node:child_process';
import { migrateTree } from '../engine/migrate-tree.ts';
import { validate } from '../engine/schema-errors.ts';
import { TreeSchema, type Tree } from '../engine/tree-schema.ts';
import { flattenLocale, LocaleFileSchema } from '../i18n/locale-schema.ts';
import type { TreeVersion } from './tree-diff.ts';

const git = (root: string, args: readonly string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

/** A JSON file at a commit, or undefined where it did not exist or did not parse. */
function jsonAt(root: string, commit: string, file: string): unknown {
  try {
    return JSON.parse(git(root, ['show', `${commit}:${file}`]));
  } catch {
    return undefined;
  }
}

/** The tree at a commit, migrated to the current format; undefined if it does not parse. */
function treeAt(root: string, commit: string, id: string): Tree | undefined {
  const raw = jsonAt(root, commit, `decision-trees/${id}.json`);
  if (raw === undefined) return undefined;
  const migrated = migrateTree(raw);
  if (!migrated.ok) return undefined;
  const parsed = validate(TreeSchema, migrated.data);
  return parsed.ok ? parsed.data : undefined;
}

function textsAt(root: string, commit: string, id: string): Record<string, string> {
  const raw = jsonAt(root, commit, `i18n/nl/trees/${id}.json`);
  if (raw === undefined) return {};
  const parsed = validate(LocaleFileSchema, raw);
  return parsed.ok ? flattenLocale(parsed.data) : {};
}

export interface PastVersion extends TreeVersion {
  readonly commit: string;
}

/** The newest commit whose tree file satisfies `wanted`, with the tree and texts then. */
function newestWhere(root: string, id: string, wanted: (tree: Tree) => boolean): PastVersion | undefined {
  const commits = git(root, ['log', '--format=%H', '--', `decision-trees/${id}.json`])
    .split('\n')
    .filter(Boolean);
  for (const commit of commits) {
    const tree = treeAt(root, commit, id);
    if (tree && wanted(tree)) return { commit, tree, texts: textsAt(root, commit, id) };
  }
  return undefined;
}

/** The tree as it was at `version` (the newest commit at that version). */
export const versionAt = (root: string, id: string, version: string) => newestWhere(root, id, (tree) => tree.version === version);

/** The tree as it was when last approved, if ever. */
export const lastApproved = (root: string, id: string) => newestWhere(root, id, (tree) => tree.review.status === 'approved');

/** The date (YYYY-MM-DD) of the tree file's last commit; undefined when it is not committed. */
export function lastChange(root: string, id: string): string | undefined {
  return git(root, ['log', '-1', '--format=%cs', '--', `decision-trees/${id}.json`]).trim() || undefined;
}
