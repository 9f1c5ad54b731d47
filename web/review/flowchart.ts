/**
 * A tree as a flowchart: an SVG string laid out at build time by dagre, so the pack needs no
 * script to show it. Questions are boxes with their Dutch text (shortened), outcomes are coloured
 * by urgency with the level written in them (it must survive black-and-white printing), edges
 * carry the answers that take them. Shared trees that run first are one box each, not expanded.
 */
import dagre from '@dagrejs/dagre';
import type { Texts } from '../checker/content-set.ts';
import { answerDomain } from '../checker/tree-paths.ts';
import type { AnswerValue } from '../engine/session.ts';
import { optionsOf } from '../engine/tree-model.ts';
import type { Tree } from '../engine/tree-schema.ts';
import { escapeHtml, NO_URGENCY_COLOUR, URGENCY_COLOURS } from './html.ts';
import { shorten, textOf } from './tree-texts.ts';
import type { Edge } from './tree-walk.ts';

const FONT = 12;
/** An average character of the system sans-serif at 12 px, for wrapping without a browser to measure. */
const CHAR_WIDTH = 6.6;
const LINE = 15;
const BOX_WIDTH = 220;
const PAD = 8;

interface Box {
  readonly id: string;
  /** Small grey first line: the node id, to find it in the tables. */
  readonly caption: string;
  readonly text: string;
  readonly fill: string;
  readonly ink: string;
}

/** Words into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

const charsPerLine = Math.floor((BOX_WIDTH - 2 * PAD) / CHAR_WIDTH);

function boxesOf(tree: Tree, texts: Texts): Box[] {
  const preamble = (tree.preamble ?? []).map((shared): Box => ({
    id: `preamble:${shared}`,
    caption: `eerst: gedeelde boom ${shared}`,
    text: `${textOf(texts, 'nl', tree, `${shared}:title`)} (wie hier niet verder mag, stopt)`,
    fill: '#e8e8e8',
    ink: '#111',
  }));
  const nodes = Object.entries(tree.nodes).map(([id, node]): Box => {
    switch (node.type) {
      case 'question':
        return { id, caption: id, text: shorten(textOf(texts, 'nl', tree, node.text), 110), fill: '#ffffff', ink: '#111' };
      case 'info':
        return {
          id,
          caption: `${id} (informatie)`,
          text: shorten(textOf(texts, 'nl', tree, node.title), 110),
          fill: '#f4f4f4',
          ink: '#111',
        };
      case 'outcome': {
        const level = node.urgency ?? 'triage beslist';
        const title = shorten(textOf(texts, 'nl', tree, node.title), 80);
        const fill = node.urgency ? URGENCY_COLOURS[node.urgency]! : NO_URGENCY_COLOUR;
        return { id, caption: id, text: `${level} · ${title} · ${node.channel}`, fill, ink: '#fff' };
      }
      case 'continue':
        return { id, caption: id, text: 'verder met de klacht', fill: '#e8e8e8', ink: '#111' };
    }
  });
  return [...preamble, ...nodes];
}

/** Runs of neighbouring walked numbers that go the same way, as "0–4", "8–10", "weet ik niet". */
function numberLabel(values: readonly AnswerValue[], domain: readonly AnswerValue[], unknownLabel: string): string {
  const taken = new Set(values);
  const runs: string[] = [];
  let start: AnswerValue | undefined;
  let last: AnswerValue | undefined;
  const close = () => start !== undefined && runs.push(start === last ? String(start) : `${start}–${last}`);
  for (const value of domain) {
    if (value === 'unknown') continue;
    if (taken.has(value)) {
      start ??= value;
      last = value;
    } else {
      close();
      start = undefined;
    }
  }
  close();
  return [...runs, ...(taken.has('unknown') ? [unknownLabel] : [])].join(', ');
}

/** The answers of one edge in Dutch: option labels, or number ranges. */
export function edgeLabel(tree: Tree, texts: Texts, edge: Edge): string {
  const node = tree.nodes[edge.from];
  if (node?.type !== 'question') return '';
  if (node.input === 'choice') {
    return optionsOf(node)
      .filter((option) => edge.answers.includes(option.id))
      .map((option) => textOf(texts, 'nl', tree, option.label))
      .join(' / ');
  }
  const unknown = node.unknown ? textOf(texts, 'nl', tree, node.unknown) : 'weet ik niet';
  return numberLabel(edge.answers, answerDomain(tree, node, edge.from), unknown);
}

function boxSvg(box: Box, x: number, y: number, width: number, height: number): string {
  const left = x - width / 2;
  const top = y - height / 2;
  const lines = wrap(box.text, charsPerLine)
    .map((line, i) => `<tspan x="${left + PAD}" y="${top + PAD + LINE * (i + 2) - 3}">${escapeHtml(line)}</tspan>`)
    .join('');
  return (
    `<g><rect x="${left}" y="${top}" width="${width}" height="${height}" rx="6" fill="${box.fill}" stroke="#111"/>` +
    `<text font-size="${FONT - 2}" fill="${box.ink}" opacity="0.85" x="${left + PAD}" y="${top + PAD + LINE - 4}">${escapeHtml(box.caption)}</text>` +
    `<text font-size="${FONT}" fill="${box.ink}">${lines}</text></g>`
  );
}

/** Some answer of this edge also leads elsewhere from the same question: earlier answers or the age decide. */
const splits = (edges: readonly Edge[], edge: Edge) =>
  edges.some((other) => other !== edge && other.from === edge.from && other.answers.some((a) => edge.answers.includes(a)));

/** The flowchart of `tree` as an SVG element; `edges` come from the walk of every path. */
export function flowchart(tree: Tree, texts: Texts, edges: readonly Edge[]): string {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 46, edgesep: 12, marginx: 12, marginy: 12 });
  graph.setDefaultEdgeLabel(() => ({}));
  const boxes = boxesOf(tree, texts);
  for (const box of boxes) {
    const lines = wrap(box.text, charsPerLine).length + 1;
    graph.setNode(box.id, { width: BOX_WIDTH, height: 2 * PAD + LINE * lines });
  }
  const labelled = [
    ...(tree.preamble ?? []).map((shared, i, all) => ({
      from: `preamble:${shared}`,
      to: i + 1 < all.length ? `preamble:${all[i + 1]}` : tree.start,
      label: 'verder',
    })),
    ...edges.map((edge) => ({
      from: edge.from,
      to: edge.to,
      label: shorten(edgeLabel(tree, texts, edge), 48) + (splits(edges, edge) ? ' *' : ''),
    })),
  ];
  for (const edge of labelled)
    graph.setEdge(edge.from, edge.to, { label: edge.label, width: edge.label.length * (CHAR_WIDTH - 0.6) + 6, height: LINE });
  dagre.layout(graph);

  const parts: string[] = [];
  for (const edge of labelled) {
    const laid = graph.edge(edge.from, edge.to);
    const points = laid.points.map((p: { x: number; y: number }) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="#333" stroke-width="1.3" marker-end="url(#arrow)"/>`);
    if (edge.label && laid.x !== undefined && laid.y !== undefined) {
      const width = edge.label.length * (CHAR_WIDTH - 0.6) + 6;
      parts.push(
        `<rect x="${(laid.x - width / 2).toFixed(1)}" y="${(laid.y - LINE / 2).toFixed(1)}" width="${width.toFixed(1)}" height="${LINE}" fill="#fff"/>` +
          `<text x="${laid.x.toFixed(1)}" y="${(laid.y + 4).toFixed(1)}" font-size="${FONT - 1}" text-anchor="middle" fill="#111">${escapeHtml(edge.label)}</text>`,
      );
    }
  }
  for (const box of boxes) {
    const laid = graph.node(box.id);
    parts.push(boxSvg(box, laid.x, laid.y, laid.width, laid.height));
  }
  const { width = 0, height = 0 } = graph.graph();
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" width="${Math.ceil(width)}" height="${Math.ceil(height)}" role="img" aria-label="Stroomschema van ${escapeHtml(tree.id)}" font-family="system-ui, sans-serif">` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>` +
    parts.join('') +
    '</svg>'
  );
}

/** The key to the colours, each level also written out. */
export function urgencyLegend(labels: Readonly<Record<string, string>>): string {
  const items = Object.entries(URGENCY_COLOURS).map(
    ([level, colour]) =>
      `<span><span class="urgency" style="background:${colour}">${level}</span> ${escapeHtml(labels[level] ?? '')}</span>`,
  );
  return (
    `<p class="legend">${items.join(' ')} <span><span class="urgency" style="background:${NO_URGENCY_COLOUR}">–</span> geen urgentie: triage of de volgende boom beslist</span></p>` +
    '<p class="legend">* Hetzelfde antwoord gaat ook een andere kant op: waarheen hangt af van eerdere antwoorden, de leeftijd of het geslacht.</p>'
  );
}
