/**
 * The review packs, built from the real content the way `npm run trees:review` builds them (git's
 * part left out: no version is approved yet, so a pack says so): the flowchart, the spec table and
 * every outcome of pijn-op-de-borst, no resource from outside the file in any pack, and an index of every tree.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadedContent } from '../../../web/build/content-files.ts';
import type { Tree } from '../../../web/engine/tree-schema.ts';
import { escapeHtml } from '../../../web/review/html.ts';
import { reviewIndex } from '../../../web/review/index-page.ts';
import { reviewPack } from '../../../web/review/pack.ts';
import { indexRow, packInput } from '../../../web/review/pack-input.ts';
import { textOf } from '../../../web/review/tree-texts.ts';

let content: LoadedContent;
const packOf = (tree: Tree) => reviewPack(packInput(content, tree, { changes: { kind: 'none-approved' }, lastChange: undefined }));
const treeOf = (id: string) => content.trees.find((entry) => entry.tree.id === id)!.tree;
/** The first words of a text as the flowchart writes them (it wraps and shortens). */
const opening = (text: string) => escapeHtml(text.split(' ').slice(0, 3).join(' '));

beforeAll(() => {
  content = loadContent();
});

describe('the pack of pijn-op-de-borst', () => {
  let html: string;
  let svg: string;
  let tree: Tree;
  beforeAll(() => {
    tree = treeOf('pijn-op-de-borst');
    html = packOf(tree);
    svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
  });
  const nl = (key: string) => textOf(content.texts, 'nl', tree, key);

  it('draws every question and outcome in an SVG flowchart, and the ABCDE screen as one box before the start', () => {
    expect(svg.length).toBeGreaterThan(1000);
    for (const [id, node] of Object.entries(tree.nodes)) {
      expect(svg).toContain(`>${id}<`);
      if (node.type === 'question') expect(svg).toContain(opening(nl(node.text)));
      if (node.type === 'outcome') expect(svg).toContain(`${node.urgency} · ${opening(nl(node.title))}`);
    }
    expect(svg).toContain('eerst: gedeelde boom abcde');
    expect(svg).not.toContain('q-breathing');
  });

  it('has one row in the spec table per spec item', () => {
    const spec = content.specs.find((file) => file.spec.tree === tree.id)!.spec;
    const rows = [...html.matchAll(/<tr id="spec-([a-z0-9-]+)">/g)].map((match) => match[1]);
    expect(rows).toEqual(spec.items.map((item) => item.id));
  });

  it('shows every outcome with its full Dutch texts', () => {
    for (const [id, node] of Object.entries(tree.nodes)) {
      if (node.type !== 'outcome') continue;
      const start = html.indexOf(`<div class="outcome" id="node-${id}">`);
      expect(start, id).toBeGreaterThan(0);
      const block = html.slice(start, html.indexOf('</div>', start));
      for (const key of [node.title, ...node.advice, node.safetyNet]) expect(block).toContain(escapeHtml(nl(key)).replaceAll('\n', '<br>'));
      expect(block).toContain(node.channel);
    }
  });

  it('says plainly that no version is approved yet', () => {
    expect(html).toContain('Nog geen versie van deze boom is goedgekeurd');
  });
});

/** Anything that makes a browser ask for something outside the file. */
const EXTERNAL = [
  /<script\b/i,
  /<link\b/i,
  /<img\b/i,
  /<iframe\b/i,
  /<object\b/i,
  /<embed\b/i,
  /\bsrc\s*=/i,
  /@import/i,
  /url\(\s*['"]?(?!#)/i,
];

describe('every pack', () => {
  it('asks no other origin for anything when opened', { timeout: 60_000 }, () => {
    for (const { tree } of content.trees) {
      const html = packOf(tree);
      for (const pattern of EXTERNAL) expect(html, `${tree.id}: ${pattern}`).not.toMatch(pattern);
    }
  });
});

describe('the index', () => {
  it('links the pack of every tree', () => {
    const html = reviewIndex(
      content.trees.map(({ tree }) => indexRow(content, tree, undefined)),
      '2026-12-07',
    );
    for (const { tree } of content.trees) expect(html).toContain(`<a href="${tree.id}.html">`);
  });
});
