/**
 * npm run --silent triage -- …  The simulator: walks a tree the way the app does, for content
 * authors and tests.
 *
 *   --list [--json]                               list trees
 *   --search "<words>" [--lang nl|en] [--age <years or band>] [--json]
 *                                                 the trees and requests the app's search shows, best first
 *   --tree <id> [--answer <question>=<option|number>]… [--at <ISO datetime>]
 *        [--age <years or age band, e.g. 3-to-12-months>] [--sex female|male|unknown (default)]
 *        [--practice <id>] [--lang nl] [--voice staff] [--json]
 *                                                 next question, or the outcome with its action
 *
 * Exit 0 with a question or outcome; 2 on an unknown tree, question, option or flag, on a
 * question answered twice, on more answers than the walk has questions, or on an argument too long.
 */
import i18next from 'i18next';
import { fitsAge, rank } from '../app/complaint-search.ts';
import { loadContent } from '../build/content-files.ts';
import { searchIndex } from '../build/content-plugin.ts';
import { AGE_BANDS, momentOf, SEX_CONTEXT, type Context } from '../engine/context.ts';
import { ContextSchema } from '../engine/context-schema.ts';
import { planFor } from '../engine/plan.ts';
import { replay } from '../engine/replay.ts';
import { resolveAction } from '../care/resolve-action.ts';
import { current, startSession, type PlannedTree, type Session } from '../engine/session.ts';
import { optionsOf } from '../engine/tree-model.ts';
import { validate } from '../engine/schema-errors.ts';
import { parseFlags, UsageError } from './flags.ts';

const FLAGS = {
  list: { type: 'boolean', default: false },
  search: { type: 'string' },
  json: { type: 'boolean', default: false },
  tree: { type: 'string' },
  answer: { type: 'string', multiple: true },
  at: { type: 'string' },
  age: { type: 'string' },
  sex: { type: 'string', default: 'unknown' },
  lang: { type: 'string', default: 'nl' },
  voice: { type: 'string' },
  practice: { type: 'string' },
} as const;

function readArgs(argv: string[]) {
  const flags = parseFlags(argv, FLAGS);
  const context: Record<string, unknown> = {};
  if (flags.age !== undefined) {
    const given = flags.age;
    const band = AGE_BANDS.find((b) => b.id === given);
    if (!band && !/^\d+(\.\d+)?$/.test(given))
      throw new UsageError(`--age takes years or an age band (${AGE_BANDS.map((b) => b.id).join(', ')}), got "${given}"`);
    context.age = band ? band.value : Number(given);
  }
  if (!(SEX_CONTEXT as readonly string[]).includes(flags.sex))
    throw new UsageError(
      `--sex takes ${SEX_CONTEXT.join(', ')} (as the app says it: "unknown" for "anders" or nothing said), got "${flags.sex}"`,
    );
  context.sex = flags.sex;
  const answers = (flags.answer ?? []).map((pair): [string, string] => {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--answer takes <question>=<answer>, got "${pair}"`);
    return [pair.slice(0, eq), pair.slice(eq + 1)];
  });
  return { ...flags, answers, context };
}

/** No id, option or number is anywhere near this long: a longer argument is a mistake (and would fill the error line). */
const MAX_ARGUMENT = 200;

/** Refused before anything is read: an argument too long to be meant. */
function checkLength(argv: readonly string[]): void {
  const long = argv.find((arg) => arg.length > MAX_ARGUMENT);
  if (long) throw new UsageError(`an argument of ${long.length} characters is too long (at most ${MAX_ARGUMENT})`);
}

/**
 * One answer per question, and no more answers than the walk has questions: the last of two
 * answers must not silently win, and a list that cannot be meant gets one line, not a list of it.
 */
function checkAnswers(answers: readonly (readonly [string, string])[], plan: readonly PlannedTree[], treeIds: string): void {
  const questions = plan.reduce(
    (count, { tree }) => count + Object.values(tree.nodes).filter((node) => node.type === 'question').length,
    0,
  );
  if (answers.length > questions)
    throw new UsageError(`${answers.length} answers given, but ${treeIds} asks at most ${questions} questions`);
  const given = new Map<string, string>();
  for (const [question, answer] of answers) {
    const before = given.get(question);
    if (before !== undefined)
      throw new UsageError(`${question} is answered twice ("${before}" and "${answer}"): give one answer per question`);
    given.set(question, answer);
  }
}

function main(argv: string[]): number {
  checkLength(argv);
  const args = readArgs(argv);
  const content = loadContent();
  if (content.loadProblems.length > 0) {
    for (const p of content.loadProblems) console.error(`${p.file}: ${p.path}: ${p.message}`);
    return 1;
  }
  const languages = content.languages.languages.map((l) => l.code);
  if (!languages.includes(args.lang)) throw new UsageError(`unknown language "${args.lang}" (shipped: ${languages.join(', ')})`);
  if (args.voice !== undefined && args.voice !== 'staff') throw new UsageError('--voice takes "staff"');
  void i18next.init({
    lng: args.lang,
    fallbackLng: false,
    resources: content.texts,
    initAsync: false,
    interpolation: { escapeValue: false },
  });

  if (args.list) {
    const list = content.trees.map(({ tree }) => ({
      id: tree.id,
      version: tree.version,
      title: i18next.t(tree.title, { ns: tree.id }),
      kind: tree.kind,
      status: tree.review.status,
      hash: content.planned.get(tree.id)!.hash,
    }));
    console.log(
      args.json ? JSON.stringify(list, null, 2) : list.map((t) => `${t.id}\t${t.version}\t${t.kind}\t${t.status}\t${t.title}`).join('\n'),
    );
    return 0;
  }
  if (args.search !== undefined) {
    // The app's own ranking over the app's own index; with an age, only what the list for that age offers.
    const age = args.context.age as number | undefined;
    const band = age === undefined ? undefined : AGE_BANDS.findLast((b) => b.value <= age)!.id;
    const matches = rank(
      searchIndex(content).filter((entry) => band === undefined || fitsAge(entry, band)),
      args.search,
      args.lang,
    ).map(({ entry, score }) => ({ id: entry.id, title: entry.title[args.lang] ?? '', score }));
    console.log(args.json ? JSON.stringify(matches, null, 2) : matches.map((m) => `${m.score}\t${m.id}\t${m.title}`).join('\n'));
    return 0;
  }
  if (!args.tree) throw new UsageError('give --list, --search "<words>" or --tree <id>');

  const practice = args.practice === undefined ? undefined : content.practices.get(args.practice);
  if (args.practice !== undefined && !practice)
    throw new UsageError(`unknown practice "${args.practice}" (known: ${[...content.practices.keys()].join(', ')})`);
  const setting = practice ? { practice, region: content.regions.get(practice.region) } : {};
  const plan = planFor(args.tree, (id) => content.planned.get(id));
  if (!plan.ok) throw new UsageError(plan.error);
  checkAnswers(args.answers, plan.value, args.tree);
  const instant = args.at === undefined ? new Date() : new Date(args.at);
  if (Number.isNaN(instant.getTime())) throw new UsageError(`--at takes an ISO date-time, got "${args.at}"`);
  const parsedContext = validate(ContextSchema, { ...args.context, moment: momentOf(instant) });
  if (!parsedContext.ok) throw new UsageError(parsedContext.errors.map((e) => `context ${e.path}: ${e.message}`).join('; '));
  const context: Context = parsedContext.data;

  const started = startSession(plan.value, context);
  if (!started.ok) throw new UsageError(`${started.error}: pass it with --age`);
  const replayed = replay(started.value, Object.fromEntries(args.answers));
  if (!replayed.ok) throw new UsageError(replayed.error);
  const session: Session = replayed.value.session;
  if (replayed.value.unused.length > 0) {
    throw new UsageError(
      `question(s) ${replayed.value.unused.join(', ')} not on this path (the walk stopped at "${current(session).nodeId}")`,
    );
  }

  const here = current(session);
  const ns = here.tree.tree.id;
  const t = (key: string, options: Record<string, unknown> = {}) => i18next.t(key, { ns, context: args.voice, ...options });
  const answered = session.steps
    .filter((s) => s.answer !== undefined)
    .map((s) => ({ tree: session.plan[s.tree]!.tree.id, question: s.node, answer: s.answer }));
  const treeInfo = { id: ns, version: here.tree.tree.version, hash: here.tree.hash, status: here.tree.tree.review.status };
  let out: object;
  if (here.kind === 'outcome') {
    const o = here.node;
    out = {
      type: 'outcome',
      id: here.nodeId,
      urgency: o.urgency ?? null,
      channel: o.channel,
      title: t(o.title),
      advice: o.advice.map((k) => t(k)),
      safetyNet: t(o.safetyNet),
      thuisarts: o.thuisarts ?? [],
      app: o.app ?? null,
      painful: o.painful ?? false,
      action: resolveAction(o, setting, context.moment!),
      escalation: here.escalation?.reason ?? null,
      tree: treeInfo,
      answers: answered,
    };
  } else if (here.kind === 'question') {
    const q = here.node;
    out = {
      type: 'question',
      id: here.nodeId,
      input: q.input,
      text: t(q.text),
      hint: q.hint ? t(q.hint) : null,
      options: q.input === 'choice' ? optionsOf(q).map((opt) => ({ id: opt.id, label: t(opt.label) })) : null,
      range: q.input === 'number' ? { min: q.min, max: q.max, unit: q.unit ? t(q.unit) : null } : null,
      redFlag: q.redFlag ?? false,
      tree: treeInfo,
      answers: answered,
    };
  } else {
    out = { type: 'info', id: here.nodeId, title: t(here.node.title), text: t(here.node.text), tree: treeInfo, answers: answered };
  }
  console.log(args.json ? JSON.stringify(out, null, 2) : formatText(out as Record<string, unknown>));
  return 0;
}

function formatText(out: Record<string, unknown>): string {
  if (out.type === 'question') {
    const options =
      (out.options as { id: string; label: string }[] | null)?.map((o) => `  ${o.id}: ${o.label}`).join('\n') ??
      `  (number ${JSON.stringify(out.range)})`;
    return `? ${out.id}: ${out.text}\n${options}`;
  }
  if (out.type === 'outcome')
    return `= ${out.id} [${out.urgency ?? '-'} ${out.channel}] ${out.title}\n  ${(out.advice as string[]).join('\n  ')}\n  ! ${out.safetyNet}`;
  return `i ${out.id}: ${out.title}`;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`triage: ${error.message}`);
  process.exitCode = 2;
}
