/**
 * Which texts a tree shows: every text key of its nodes, where each lives (its own namespace or
 * "ns:key" in another), and what it is for. The checker proves every key exists in every
 * language; the browser refuses a tree whose texts it cannot find, rather than show a raw key.
 */
import { optionsOf } from './tree-model.ts';
import type { Tree, TreeNode } from './tree-schema.ts';

/** The namespace and key a tree's text key points to. */
export function resolveKey(tree: Tree, key: string): { ns: string; key: string } {
  const colon = key.indexOf(':');
  return colon < 0 ? { ns: tree.id, key } : { ns: key.slice(0, colon), key: key.slice(colon + 1) };
}

export function textKeysOf(node: TreeNode): [string, string][] {
  switch (node.type) {
    case 'question': {
      const keys: [string, string][] = [['text', node.text]];
      if (node.hint) keys.push(['hint', node.hint]);
      if (node.explanation) keys.push(['explanation', node.explanation]);
      if (node.input === 'number' && node.unit) keys.push(['unit', node.unit]);
      if (node.input === 'number' && node.unknown) keys.push(['unknown', node.unknown]);
      if (node.input === 'choice') {
        optionsOf(node).forEach((option, i) => {
          keys.push([`options[${i}].label`, option.label]);
          if (option.hint) keys.push([`options[${i}].hint`, option.hint]);
        });
      }
      return keys;
    }
    case 'info':
      return [
        ['title', node.title],
        ['text', node.text],
      ];
    case 'outcome':
      return [
        ['title', node.title],
        ...node.advice.map((key, i): [string, string] => [`advice[${i}]`, key]),
        ['safetyNet', node.safetyNet],
      ];
    case 'continue':
      return [];
  }
}

/** Every text key a tree uses: its title, its search words and its nodes' texts. */
export function treeTextKeys(tree: Tree): string[] {
  return [
    tree.title,
    ...(tree.search ? [tree.search] : []),
    ...Object.values(tree.nodes).flatMap((node) => textKeysOf(node).map(([, key]) => key)),
  ];
}
