/**
 * Holds each tree against its clinical specification (spec-schema.ts), by walking every path:
 * a path on which a spec item is present (every ask answered with one of its answers, or "weet
 * ik niet") must end at least as urgently as the item's minimum; a path that ends calmer must
 * have ruled the item out (one of its asks answered otherwise). Questions of a shared tree that
 * runs first count as answered as on every path by which that shared tree lets the person through.
 */
import { AGE_BANDS } from '../engine/context.ts';
import type { AnswerValue } from '../engine/session.ts';
import { optionsOf, URGENCIES, urgencyRank } from '../engine/tree-model.ts';
import type { Tree } from '../engine/tree-schema.ts';
import type { ModuleFile, Problem, SpecFile } from './content-set.ts';
import type { Ask, RiskModule, SpecItem, TreeSpec } from './spec-schema.ts';
import { walkTree, type TreePath } from './tree-paths.ts';

export type { ModuleFile, SpecFile } from './content-set.ts';

export interface SpecSummary {
  /** Complaint trees with a spec. */
  readonly trees: number;
  /** Shared screens with a spec (the ABCDE screen). */
  readonly shared: number;
  readonly items: number;
  /** Items every path honours. */
  readonly traced: number;
}

/** Kinds of tree that must have a spec: every health complaint, and the shared screens they run. */
const SPECIFIED_KINDS: readonly Tree['kind'][] = ['complaint', 'shared'];

type Answers = ReadonlyMap<string, AnswerValue>;

const AGE_BAND_IDS: readonly string[] = AGE_BANDS.map((band) => band.id);

/** The age band a context age falls in (the walk only uses band values). */
const bandOf = (age: number | undefined) => (age === undefined ? undefined : AGE_BANDS.find((band) => band.value === age)?.id);

function matches(ask: Ask, value: AnswerValue): boolean {
  if (value === 'unknown') return true;
  if (typeof value === 'number')
    return (ask.atLeast === undefined || value >= ask.atLeast) && (ask.atMost === undefined || value <= ask.atMost);
  return ask.answers?.includes(value) ?? false;
}

const questionsOf = (ask: Ask): readonly string[] => (typeof ask.question === 'string' ? [ask.question] : ask.question);

/** present: every ask answered its way; ruled out: one ask answered otherwise; else open. */
function stateOf(item: SpecItem, answers: Answers): 'present' | 'ruled-out' | 'open' {
  let present = true;
  for (const ask of item.asks) {
    const given = questionsOf(ask).filter((q) => answers.has(q));
    if (given.some((q) => matches(ask, answers.get(q)!))) continue;
    if (given.length > 0) return 'ruled-out';
    present = false;
  }
  return present ? 'present' : 'open';
}

/** A path as the answers a person gave (the shared screen's plain "no"s left out). */
const describePath = (answers: Answers, context: TreePath['context']) =>
  [
    ...(context.age === undefined ? [] : [`age ${bandOf(context.age) ?? context.age}`]),
    ...(context.sex === undefined ? [] : [`sex ${context.sex}`]),
    ...[...answers].map(([q, a]) => `${q}=${a}`),
  ].join(', ');

/** Static checks: every ask names a question of this tree (or its preamble) and answers it has. */
function checkRefs(file: string, spec: TreeSpec, tree: Tree, treeIds: ReadonlyMap<string, Tree>, add: (p: Problem) => void) {
  const sourceIds = new Set(spec.sources.map((s) => s.id));
  const itemIds = new Set<string>();
  spec.items.forEach((item, i) => {
    const at = `$.items[${i}]`;
    const about = `spec item "${item.id}"`;
    if (itemIds.has(item.id)) add({ file, path: `${at}.id`, message: `spec item "${item.id}" is listed twice` });
    itemIds.add(item.id);
    item.sources.forEach((s, j) => {
      if (!sourceIds.has(s)) add({ file, path: `${at}.sources[${j}]`, message: `${about}: unknown source "${s}" (list it in $.sources)` });
    });
    (item.ages ?? []).forEach((age, j) => {
      if (!AGE_BAND_IDS.includes(age))
        add({ file, path: `${at}.ages[${j}]`, message: `${about}: unknown age band "${age}" (one of ${AGE_BAND_IDS.join(', ')})` });
    });
    if (item.minUrgency === 'U5') add({ file, path: `${at}.minUrgency`, message: `${about} asks for more than self-care (U0–U4)` });
    item.asks.forEach((ask, j) => {
      for (const ref of questionsOf(ask)) {
        const colon = ref.indexOf(':');
        const owner = colon < 0 ? tree : treeIds.get(ref.slice(0, colon));
        const nodeId = colon < 0 ? ref : ref.slice(colon + 1);
        const where = `${at}.asks[${j}]`;
        if (colon >= 0 && !(tree.preamble ?? []).includes(ref.slice(0, colon))) {
          add({ file, path: `${where}.question`, message: `${about}: "${ref}": ${tree.id} does not run "${ref.slice(0, colon)}" first` });
          continue;
        }
        const node = owner?.nodes[nodeId];
        if (node?.type !== 'question') {
          add({ file, path: `${where}.question`, message: `${about}: "${ref}" is not a question of ${owner?.id ?? tree.id}` });
          continue;
        }
        if (node.input === 'choice') {
          const ids = optionsOf(node).map((o) => o.id);
          if (!ask.answers)
            add({ file, path: `${where}.answers`, message: `${about}: name the answers of "${ref}" that express the item` });
          for (const answer of ask.answers ?? [])
            if (!ids.includes(answer))
              add({ file, path: `${where}.answers`, message: `${about}: "${answer}" is not an answer of "${ref}" (${ids.join(', ')})` });
        } else if (ask.atLeast === undefined && ask.atMost === undefined) {
          add({ file, path: `${where}`, message: `${about}: "${ref}" asks a number: give atLeast or atMost` });
        }
      }
    });
  });
}

interface ItemResult {
  present: number;
  failures: number;
  first?: string;
  /** The least urgent rank a path with the item present ends at. */
  floor: number;
  /** The ends of the paths on which the item is present. */
  ends: Set<string>;
}

export interface TreeSpecResult {
  readonly traced: number;
  /** Module id → the least urgent level a path with it present reaches in this tree. */
  readonly floors: ReadonlyMap<string, number>;
  /** Item id → the outcomes (as "tree:node" for a shared screen's) that paths with the item present end at. */
  readonly reaches: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Check one tree against its spec; returns how many items every path honours. Each failing item
 * is reported once, with the number of paths and the first path of answers that shows it.
 */
export function checkTreeSpec(
  { file, spec }: SpecFile,
  tree: Tree,
  treeIds: ReadonlyMap<string, Tree>,
  problems: Problem[],
): TreeSpecResult {
  const before = problems.length;
  const add = (p: Problem) => problems.push(p);
  checkRefs(file, spec, tree, treeIds, add);
  if (problems.length > before) return { traced: 0, floors: new Map(), reaches: new Map() };

  const results = spec.items.map((): ItemResult => ({ present: 0, failures: 0, floor: -1, ends: new Set() }));
  const onPath = (owner: Tree, prefixes: readonly Answers[], namespace: string, items: readonly number[]) => (path: TreePath) => {
    const end = owner.nodes[path.end];
    // A shared tree that lets the person through leaves the urgency to the next tree: count it as self-care.
    const rank = end?.type === 'outcome' ? urgencyRank(end.urgency) : urgencyRank('U5');
    const endName = end?.type === 'outcome' ? `${path.end} (${end.urgency ?? 'no urgency'})` : `${path.end} (the next tree decides)`;
    const band = bandOf(path.context.age);
    for (const prefix of prefixes) {
      const own = path.steps.map((s): [string, AnswerValue] => [`${namespace}${s.node}`, s.answer]);
      const answers: Answers = new Map([...prefix, ...own]);
      for (const i of items) {
        const item = spec.items[i]!;
        if (item.ages && band !== undefined && !item.ages.includes(band)) continue;
        if (item.sexes && path.context.sex !== undefined && !item.sexes.includes(path.context.sex)) continue;
        const state = stateOf(item, answers);
        const result = results[i]!;
        if (state === 'present') {
          result.present++;
          result.floor = Math.max(result.floor, rank);
          result.ends.add(`${namespace}${path.end}`);
        }
        if (state === 'ruled-out' || rank <= urgencyRank(item.minUrgency)) continue;
        result.failures++;
        // Written out only for the first failure: most paths pass, and there are thousands.
        if (result.first !== undefined) continue;
        const shown = describePath(new Map([...[...prefix].filter(([, a]) => a !== 'no'), ...own]), path.context);
        result.first =
          state === 'present'
            ? `ends at ${endName}, calmer than its minimum ${item.minUrgency}: ${shown}`
            : `is not asked before ${endName}, calmer than its minimum ${item.minUrgency}: ${shown}`;
      }
    }
  };

  const all = spec.items.map((_, i) => i);
  let prefixes: Answers[] = [new Map()];
  for (const sharedId of tree.preamble ?? []) {
    const shared = treeIds.get(sharedId);
    if (!shared) continue;
    // An item asked only by the shared screen is proven on that screen's own paths.
    const onShared = all.filter((i) => spec.items[i]!.asks.every((ask) => questionsOf(ask).every((q) => q.startsWith(`${sharedId}:`))));
    const present = onPath(shared, [new Map()], `${sharedId}:`, onShared);
    const through: Answers[] = [];
    walkTree(shared, {
      onPath: (path) => {
        if (shared.nodes[path.end]?.type === 'continue') through.push(new Map(path.steps.map((s) => [`${sharedId}:${s.node}`, s.answer])));
        else present(path);
      },
    });
    prefixes = prefixes.flatMap((prefix) => through.map((t) => new Map([...prefix, ...t])));
  }
  walkTree(tree, { onPath: onPath(tree, prefixes, '', all) });

  let traced = 0;
  spec.items.forEach((item, i) => {
    const result = results[i]!;
    const path = `$.items[${i}]`;
    if (result.failures > 0) {
      const more = result.failures > 1 ? ` (${result.failures} paths; the first shown)` : '';
      add({ file, path, message: `spec item "${item.id}" ${result.first}${more}` });
    } else if (result.present === 0) {
      add({ file, path, message: `spec item "${item.id}" is never asked: no path answers its asks that way` });
    } else traced++;
  });
  const floors = new Map<string, number>();
  spec.items.forEach((item, i) => item.module && results[i]!.present > 0 && floors.set(item.module, results[i]!.floor));
  const reaches = new Map(spec.items.map((item, i) => [item.id, results[i]!.ends]));
  return { traced, floors, reaches };
}

/** A tree's item that names a module keeps the module's minimum and ages. */
function checkModuleRefs(file: string, spec: TreeSpec, modules: ReadonlyMap<string, RiskModule>, add: (p: Problem) => void) {
  spec.items.forEach((item, i) => {
    if (!item.module) return;
    const at = `$.items[${i}].module`;
    const module = modules.get(item.module);
    if (!module) return add({ file, path: at, message: `unknown module "${item.module}" (see decision-trees/specs/modules/)` });
    if (item.minUrgency !== module.minUrgency)
      add({
        file,
        path: `$.items[${i}].minUrgency`,
        message: `spec item "${item.id}" uses module "${module.id}", whose minimum is ${module.minUrgency}`,
      });
    if ((item.ages ?? []).join() !== (module.ages ?? []).join())
      add({
        file,
        path: `$.items[${i}].ages`,
        message: `spec item "${item.id}" uses module "${module.id}", for ages ${module.ages?.join(', ') ?? 'all'}`,
      });
  });
}

/** Every spec against its tree, a spec for every tree that needs one, and each module the same everywhere. */
export function checkSpecs(
  set: {
    readonly specs: readonly SpecFile[];
    readonly modules: readonly ModuleFile[];
    readonly trees: readonly { readonly file: string; readonly tree: Tree }[];
  },
  problems: Problem[],
): SpecSummary {
  const treeIds = new Map(set.trees.map(({ tree }) => [tree.id, tree]));
  const modules = new Map(set.modules.map(({ module }) => [module.id, module]));
  for (const { file, module } of set.modules)
    if (!file.endsWith(`/${module.id}.json`))
      problems.push({ file, path: '$.id', message: `module "${module.id}" must match the file name` });
  const specified = new Set<Tree>();
  /** Module id → the file and floor of each tree that meets it. */
  const met = new Map<string, { file: string; tree: string; floor: number }[]>();
  let items = 0;
  let traced = 0;
  for (const specFile of set.specs) {
    const { file, spec } = specFile;
    items += spec.items.length;
    if (!file.endsWith(`/${spec.tree}.json`))
      problems.push({ file, path: '$.tree', message: `tree "${spec.tree}" must match the file name` });
    const tree = treeIds.get(spec.tree);
    if (!tree) {
      problems.push({ file, path: '$.tree', message: `there is no tree "${spec.tree}"` });
      continue;
    }
    specified.add(tree);
    checkModuleRefs(file, spec, modules, (p) => problems.push(p));
    const result = checkTreeSpec(specFile, tree, treeIds, problems);
    traced += result.traced;
    for (const [module, floor] of result.floors) met.set(module, [...(met.get(module) ?? []), { file, tree: tree.id, floor }]);
  }
  // The same situation, the same urgency: every tree that meets a module ends it at the same least urgent level.
  for (const [module, trees] of met) {
    const floors = new Set(trees.map((t) => t.floor));
    if (floors.size < 2) continue;
    const list = trees.map((t) => `${t.tree} ${URGENCIES[t.floor] ?? '?'}`).join(', ');
    for (const t of trees)
      problems.push({
        file: t.file,
        path: '$.items',
        message: `module "${module}" must end at the same least urgent level in every tree: ${list}`,
      });
  }
  for (const { file, tree } of set.trees) {
    if (SPECIFIED_KINDS.includes(tree.kind) && !specified.has(tree))
      problems.push({ file, path: '$', message: `a ${tree.kind} tree needs a clinical spec: decision-trees/specs/${tree.id}.json` });
  }
  const count = (kind: Tree['kind']) => [...specified].filter((tree) => tree.kind === kind).length;
  return { trees: count('complaint'), shared: count('shared'), items, traced };
}
