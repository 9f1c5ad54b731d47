/**
 * The tree checker's rules, as pure functions over already-parsed content. File reading and
 * printing live in web/cli/trees-check.ts; the same rules run in unit tests.
 */
import { CHANNEL_URGENCIES } from '../engine/channels.ts';
import { AGE_BOUNDARIES, CONTEXT_VARS } from '../engine/context.ts';
import { compileRule, RuleError } from '../engine/json-logic.ts';
import { optionsOf } from '../engine/tree-model.ts';
import type { Tree, TreeNode } from '../engine/tree-schema.ts';
import { APP_NAMESPACES } from '../content/data-addresses.ts';
import { checkPlainLanguage, type TextFigures } from './check-plain-language.ts';
import { checkSpecs, type SpecSummary } from './check-specs.ts';
import { checkTexts, textFile } from './check-texts.ts';
import type { ContentSet, Problem } from './content-set.ts';
import { walkTree } from './tree-paths.ts';
import { adviceWordingProblem, urgencyWordingProblem } from './urgency-wording.ts';
import { resolveKey, textKeysOf } from '../engine/text-keys.ts';

export type { ContentSet, Problem, Texts } from './content-set.ts';

export interface CheckSummary {
  readonly trees: number;
  readonly nodes: number;
  readonly paths: number;
  readonly outcomes: number;
  readonly specs: SpecSummary;
  /** Plain-language figures per language. */
  readonly texts: Readonly<Record<string, TextFigures>>;
  readonly problems: readonly Problem[];
}

function gotosOf(node: TreeNode): [string, string][] {
  if (!('next' in node)) return [];
  return [
    ...(node.next.rules ?? []).map((rule, i): [string, string] => [`next.rules[${i}].goto`, rule.goto]),
    ['next.otherwise', node.next.otherwise],
  ];
}

function checkTree(file: string, tree: Tree, set: ContentSet, treeIds: Map<string, Tree>, problems: Problem[]): { paths: number } {
  const add = (path: string, message: string) => problems.push({ file, path, message });
  const nodes = tree.nodes;
  if ((APP_NAMESPACES as readonly string[]).includes(tree.id)) add('$.id', `"${tree.id}" is reserved for the app's own texts`);
  if (!file.endsWith(`/${tree.id}.json`)) add('$.id', `id "${tree.id}" must match the file name`);
  if (!nodes[tree.start]) add('$.start', `start node "${tree.start}" does not exist`);
  // "approved" is a clinician's word about one exact version: never claim it for another.
  const { review } = tree;
  if (review.status === 'approved') {
    if (review.version !== tree.version)
      add(
        '$.review.version',
        `approved version ${review.version ?? '(none)'} is not this version ${tree.version}: set status back to draft until it is reviewed`,
      );
    if (review.reviewers.length === 0 || review.date === null)
      add('$.review', 'an approved tree names its reviewers and the date of review');
  } else if (review.version !== null || review.reviewers.length > 0) {
    add('$.review', 'a draft names no reviewers and no reviewed version');
  }

  // Preamble: shared trees only, and shared trees have none of their own.
  for (const [i, sharedId] of (tree.preamble ?? []).entries()) {
    const shared = treeIds.get(sharedId);
    if (!shared) add(`$.preamble[${i}]`, `tree "${sharedId}" does not exist`);
    else if (shared.kind !== 'shared') add(`$.preamble[${i}]`, `tree "${sharedId}" is not a shared tree`);
    // The simulator, the vignettes and the hand-over address answers by question id alone: one id, one question.
    else
      for (const nodeId of Object.keys(nodes))
        if (shared.nodes[nodeId])
          add(`$.nodes.${nodeId}`, `"${nodeId}" is also a node of "${sharedId}", which runs first: choose another id`);
  }
  if (tree.kind === 'shared' && tree.preamble?.length) add('$.preamble', 'a shared tree cannot have a preamble');
  if (tree.kind === 'complaint' && !tree.preamble?.length)
    add('$.preamble', 'a complaint tree must run a shared red-flag screen first (e.g. "abcde")');

  for (const [nodeId, node] of Object.entries(nodes)) {
    const at = `$.nodes.${nodeId}`;
    for (const [where, target] of gotosOf(node)) {
      if (!nodes[target]) add(`${at}.${where}`, `goes to "${target}", which does not exist`);
    }
    if (node.type === 'continue' && tree.kind !== 'shared') add(at, 'only a shared tree can end in "continue"');
    if (node.type === 'question' && node.input === 'number' && !(node.min < node.max)) add(at, 'min must be below max');
    // Not everyone has a thermometer or can put a number on pain: "weet ik niet" must be an answer.
    if (node.type === 'question' && node.input === 'number' && !node.unknown)
      add(`${at}.unknown`, 'a number question must offer "weet ik niet" (e.g. "common:answer.notMeasured")');
    if (node.type === 'question' && node.input === 'choice') {
      const ids = optionsOf(node).map((option) => option.id);
      if (new Set(ids).size !== ids.length) add(`${at}.options`, 'option ids must be unique');
      for (const alarmId of node.alarm ?? []) if (!ids.includes(alarmId)) add(`${at}.alarm`, `"${alarmId}" is not an option`);
    }
    if (node.type === 'outcome') {
      if (node.urgency === undefined && node.channel !== 'medical-triage') add(`${at}.urgency`, 'an outcome needs an NTS urgency (U0–U5)');
      if (node.urgency !== undefined && !CHANNEL_URGENCIES[node.channel].includes(node.urgency)) {
        add(
          `${at}.urgency`,
          `${node.urgency} does not fit channel "${node.channel}" (allowed: ${CHANNEL_URGENCIES[node.channel].join(', ') || 'none'})`,
        );
      }
      if (node.urgency !== undefined) {
        const { ns, key } = resolveKey(tree, node.title);
        for (const language of Object.keys(set.texts)) {
          const title = set.texts[language]?.[ns]?.[key];
          const problem = title === undefined ? undefined : urgencyWordingProblem(language, node.urgency, title);
          if (problem) add(`${at}.title`, `${problem} in ${textFile(set, language, ns)}`);
        }
        node.advice.forEach((adviceKey, i) => {
          const advice = resolveKey(tree, adviceKey);
          for (const language of Object.keys(set.texts)) {
            const text = set.texts[language]?.[advice.ns]?.[advice.key];
            const problem = text === undefined ? undefined : adviceWordingProblem(language, node.urgency!, text);
            if (problem) add(`${at}.advice[${i}]`, `${problem} in ${textFile(set, language, advice.ns)}`);
          }
        });
      }
      if (node.channel === 'app-prescription' && !node.app) add(`${at}.app`, 'an app-on-prescription outcome names its app');
      if (node.painful && node.urgency !== 'U4') add(`${at}.painful`, '"painful" only changes the care routing of U4 outcomes');
      if (node.app && !set.appIds.has(node.app)) add(`${at}.app`, `unknown app "${node.app}" (see content/apps.json)`);
      (node.thuisarts ?? []).forEach((linkId, i) => {
        if (!set.thuisartsIds.has(linkId))
          add(`${at}.thuisarts[${i}]`, `unknown Thuisarts link "${linkId}" (see content/thuisarts-links.json)`);
      });
    }
    // Rules: allowed operators, known conditions and vars.
    if ('next' in node) {
      (node.next.rules ?? []).forEach((rule, i) => {
        const ruleAt = `${at}.next.rules[${i}].when`;
        try {
          const compiled = compileRule(rule.when, tree.conditions ?? {}, ruleAt);
          for (const age of compiled.thresholds.get('context.age') ?? []) {
            if (!AGE_BOUNDARIES.includes(age)) add(ruleAt, `age ${age} is not an age-band boundary (${AGE_BOUNDARIES.join(', ')})`);
          }
          for (const [name, values] of compiled.literals) {
            const target = name.startsWith('answers.') ? nodes[name.slice('answers.'.length)] : undefined;
            if (target?.type !== 'question' || target.input !== 'choice') continue;
            const ids = optionsOf(target).map((option) => option.id);
            for (const value of values)
              if (!ids.includes(value))
                add(ruleAt, `compares ${name} with "${value}", which is not one of its options (${ids.join(', ')})`);
          }
          for (const name of compiled.vars) {
            const question = name.startsWith('answers.') ? nodes[name.slice('answers.'.length)] : undefined;
            const known = (CONTEXT_VARS as readonly string[]).includes(name) || question?.type === 'question';
            if (!known) add(ruleAt, `unknown var "${name}" (use answers.<question id> or one of ${CONTEXT_VARS.join(', ')})`);
          }
        } catch (error) {
          if (!(error instanceof RuleError)) throw error;
          add(error.at, error.message);
        }
      });
    }
    // Texts: every key in every language.
    for (const [where, key] of textKeysOf(node)) {
      const { ns, key: local } = resolveKey(tree, key);
      for (const language of Object.keys(set.texts)) {
        if (set.texts[language]?.[ns]?.[local] === undefined) {
          add(`${at}.${where}`, `text "${key}" is missing in ${textFile(set, language, ns)}`);
        }
      }
    }
  }
  for (const [field, treeKey] of [
    ['title', tree.title],
    ['search', tree.search],
  ] as const) {
    if (!treeKey) continue;
    const { ns, key } = resolveKey(tree, treeKey);
    for (const language of Object.keys(set.texts)) {
      if (set.texts[language]?.[ns]?.[key] === undefined)
        add(`$.${field}`, `text "${treeKey}" is missing in ${textFile(set, language, ns)}`);
    }
  }

  // Static graph: unreachable nodes and cycles, whatever the conditions say.
  const reachable = new Set<string>();
  const stack = [tree.start];
  while (stack.length) {
    const nodeId = stack.pop()!;
    if (reachable.has(nodeId) || !nodes[nodeId]) continue;
    reachable.add(nodeId);
    for (const [, target] of gotosOf(nodes[nodeId]!)) stack.push(target);
  }
  for (const nodeId of Object.keys(nodes))
    if (!reachable.has(nodeId)) add(`$.nodes.${nodeId}`, `node "${nodeId}" is unreachable: no goto leads to it`);

  const state = new Map<string, 'open' | 'done'>();
  const visit = (nodeId: string, trail: string[]): void => {
    if (state.get(nodeId) === 'done' || !nodes[nodeId]) return;
    if (state.get(nodeId) === 'open') {
      add(`$.nodes.${nodeId}`, `cycle: ${[...trail.slice(trail.indexOf(nodeId)), nodeId].join(' → ')}`);
      return;
    }
    state.set(nodeId, 'open');
    for (const [, target] of gotosOf(nodes[nodeId]!)) visit(target, [...trail, nodeId]);
    state.set(nodeId, 'done');
  };
  visit(tree.start, []);
  const cyclic = problems.some((p) => p.file === file && p.message.startsWith('cycle'));
  if (cyclic || !nodes[tree.start]) return { paths: 0 };

  // Every path: ends, red flags first, alarm answers, "weet ik niet".
  const walk = walkTree(tree);
  for (const problem of walk.problems) add(problem.at, problem.message);
  for (const nodeId of reachable) {
    if (!walk.visited.has(nodeId)) add(`$.nodes.${nodeId}`, `node "${nodeId}" is never reached: no combination of answers leads to it`);
  }
  return { paths: walk.paths };
}

/** Every text key a tree shows: its title and search words, and the texts of all its nodes. */
export function checkContent(set: ContentSet): CheckSummary {
  const problems: Problem[] = [];
  const treeIds = new Map<string, Tree>();
  for (const { file, tree } of set.trees) {
    if (treeIds.has(tree.id)) problems.push({ file, path: '$.id', message: `tree id "${tree.id}" is used twice` });
    treeIds.set(tree.id, tree);
  }
  let paths = 0;
  let nodes = 0;
  let outcomes = 0;
  const usedKeys = new Map<string, Set<string>>();
  for (const { file, tree } of set.trees) {
    paths += checkTree(file, tree, set, treeIds, problems).paths;
    const nodeList = Object.values(tree.nodes);
    nodes += nodeList.length;
    outcomes += nodeList.filter((node) => node.type === 'outcome').length;
    const own = new Set<string>([tree.title, ...(tree.search ? [tree.search] : [])].map((key) => resolveKey(tree, key).key));
    for (const node of nodeList) for (const [, key] of textKeysOf(node)) if (!key.includes(':')) own.add(key);
    usedKeys.set(tree.id, own);
  }
  checkTexts(set, usedKeys, problems);
  const specs = checkSpecs(set, problems);
  const texts = checkPlainLanguage(set, problems);
  return { trees: set.trees.length, nodes, paths, outcomes, specs, texts, problems };
}
