/**
 * A tree's texts as the review shows them: a text key looked up in one language the way the app
 * resolves it (its own namespace, or "ns:key" in another), never a raw key in place of a missing text.
 */
import type { Texts } from '../checker/content-set.ts';
import { resolveKey } from '../engine/text-keys.ts';
import type { Tree } from '../engine/tree-schema.ts';

/** The text of `key` in `language`, or a visible marker when it is missing. */
export function textOf(texts: Texts, language: string, tree: Tree, key: string): string {
  const { ns, key: local } = resolveKey(tree, key);
  return texts[language]?.[ns]?.[local] ?? `[ontbreekt: ${key}]`;
}

/** A long text cut at a word boundary, for a box in the flowchart. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,.;:]$/, '')}…`;
}
