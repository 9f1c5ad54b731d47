/**
 * No import cycles under web/. Every .ts/.tsx file's import specifiers (static, dynamic,
 * `export … from`, `import type` and `typeof import()`: type-only cycles tangle the layers just
 * as much) are read with TypeScript's own pre-processor, relative ones resolved to files, and the
 * graph searched for cycles. A cycle is printed as a chain of files, first file repeated at the end.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const WEB = join(ROOT, 'web');

type Graph = ReadonlyMap<string, readonly string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names: as written, with a TypeScript extension, or a folder's index. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined; // a package or a virtual module
  const base = resolve(dirname(from), specifier.replace(/[?#].*$/, ''));
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.jsx$/, '.tsx'),
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ];
  return candidates.find((file) => /\.tsx?$/.test(file) && existsSync(file) && statSync(file).isFile());
}

/** file → the source files it imports (relative imports only; other kinds of file are left out). */
function importGraph(files: readonly string[]): Graph {
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = importedFiles.map(({ fileName }) => resolveSpecifier(file, fileName)).filter((t) => t !== undefined);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** A cycle that starts and ends at the same node, and every node tangled with it (its strongly connected component). */
interface Cycle {
  readonly cycle: string[];
  readonly tangled: string[];
}

/**
 * One cycle per strongly connected component that has one (Tarjan). Nodes and edges are visited
 * in sorted order, so the report is stable.
 */
function findCycles(graph: Graph): Cycle[] {
  const nodes = [...graph.keys()].sort();
  const edges = (node: string) => [...(graph.get(node) ?? [])].filter((to) => graph.has(to)).sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const to of edges(node)) {
      if (!index.has(to)) {
        connect(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || edges(node).includes(node)) components.push(component);
  };
  for (const node of nodes) if (!index.has(node)) connect(node);

  // Within a component, a shortest way from its first node back to itself (breadth first).
  return components.map((component) => ({ cycle: shortestCycle(component), tangled: [...component].sort() }));

  function shortestCycle(component: string[]): string[] {
    const members = new Set(component);
    const start = [...component].sort()[0]!;
    const previous = new Map<string, string>();
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i]!;
      for (const to of edges(node).filter((t) => members.has(t))) {
        if (to === start) {
          const path = [start];
          for (let at: string | undefined = node; at !== start && at !== undefined; at = previous.get(at)) path.splice(1, 0, at);
          return [...path, start];
        }
        if (!previous.has(to)) {
          previous.set(to, node);
          queue.push(to);
        }
      }
    }
    return [start, start]; // unreachable: every node of a component lies on a cycle
  }
}

const name = (file: string) => relative(ROOT, file).split(sep).join('/');
const show = ({ cycle, tangled }: Cycle) =>
  `${cycle.map(name).join(' → ')}${tangled.length > cycle.length - 1 ? ` (tangled together: ${tangled.map(name).join(', ')})` : ''}`;

describe('the cycle finder', () => {
  it('finds none in a tree of imports, and names each cycle as a closed chain', () => {
    const graph = new Map([
      ['a', ['b', 'c']],
      ['b', ['c']],
      ['c', []],
    ]);
    expect(findCycles(graph)).toEqual([]);
    const cycles = (g: Graph) => findCycles(g).map((c) => c.cycle);
    const cyclic = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', ['d']],
      ['e', ['a']],
    ]);
    expect(cycles(cyclic)).toEqual(
      expect.arrayContaining([
        ['a', 'b', 'c', 'a'],
        ['d', 'd'],
      ]),
    );
    expect(cycles(cyclic)).toHaveLength(2);
    // Two cycles through one file make one tangle; the report names the shortest cycle and all members.
    const tangle = new Map([
      ['a', ['b', 'c']],
      ['b', ['a']],
      ['c', ['a']],
    ]);
    expect(findCycles(tangle)).toEqual([{ cycle: ['a', 'b', 'a'], tangled: ['a', 'b', 'c'] }]);
  });

  it('reads static, dynamic, type-only and re-export specifiers', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      "export * from './c.ts';",
      "const d = await import('./d.ts');",
      "type E = typeof import('./e.ts');",
    ].join('\n');
    expect(ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName)).toEqual([
      './a.ts',
      './b.ts',
      './c.ts',
      './d.ts',
      './e.ts',
    ]);
  });
});

describe('web/', () => {
  it('has no import cycle', () => {
    const files = sourceFiles(WEB);
    const graph = importGraph(files);
    // The walk sees the code: enough files, and the edges every layer is built on.
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get(join(WEB, 'main.tsx'))?.length).toBeGreaterThan(0);
    const cycles = findCycles(graph).map(show);
    expect(cycles, `import cycles under web/:\n${cycles.join('\n')}`).toEqual([]);
  });
});
