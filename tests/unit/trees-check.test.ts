/**
 * The tree checker (`npm run trees:check`) is what stands between a content author's mistake and
 * a patient: every broken case below must fail and name the file and the JSON path to fix.
 *
 * Most cases change one thing in a small valid fixture (tests/fixtures/content/valid) in memory;
 * cases that only the loader can see (bad JSON, schema errors, a missing translation file entry)
 * have their own folder under tests/fixtures/content/.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, PROJECT_ROOT, type LoadedContent } from '../../web/build/content-files.ts';
import { checkContent, type ContentSet, type Problem } from '../../web/checker/check-content.ts';
import type { Tree, TreeNode } from '../../web/engine/tree-schema.ts';
import { runCli } from './cli.ts';
import { content as shipped } from './harness.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'content');
const TREE_FILE = 'decision-trees/mini.json';

const fixture = (name: string): LoadedContent => loadContent(join(FIXTURES, name));
const valid = fixture('valid');

/** The valid fixture with its one tree changed by `edit`. */
function withTree(edit: (tree: Tree, nodes: Record<string, TreeNode>) => void): ContentSet {
  const tree = structuredClone(valid.trees[0]!.tree);
  edit(tree, tree.nodes);
  return { ...valid, trees: [{ file: TREE_FILE, tree }] };
}

/** Narrow a node to a question, failing the test otherwise. */
function question(nodes: Record<string, TreeNode>, id: string) {
  const node = nodes[id];
  if (node?.type !== 'question') expect.fail(`${id} is not a question`);
  return node;
}

const problemsOf = (set: ContentSet): readonly Problem[] => checkContent(set).problems;
/** A problem in the fixture's tree file; a string message must occur in the message, a RegExp must match it. */
const problem = (path: string, message: string | RegExp) =>
  expect.objectContaining({
    file: TREE_FILE,
    path,
    message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message),
  });

describe('content that is right passes', () => {
  it('the real content has no problems', () => {
    expect(shipped.loadProblems).toEqual([]);
    const summary = checkContent(shipped);
    expect(summary.problems).toEqual([]);
    expect(summary.trees).toBe(shipped.trees.length);
    expect(summary.trees).toBeGreaterThanOrEqual(3);
    expect(summary.outcomes).toBeGreaterThan(0);
    expect(summary.paths).toBeGreaterThanOrEqual(summary.outcomes);
  });

  it('the valid fixture has no problems (so each broken fixture fails for its own defect only)', () => {
    expect(valid.loadProblems).toEqual([]);
    expect(valid.trees.map((t) => t.file)).toEqual([TREE_FILE]);
    expect(checkContent(valid)).toMatchObject({ trees: 1, nodes: 5, outcomes: 3, problems: [] });
  });
});

describe('branching mistakes', () => {
  it('a goto in "otherwise" to a node that does not exist', () => {
    const set = withTree((_tree, nodes) => (question(nodes, 'q-days').next.otherwise = 'o-selfcare'));
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.q-days.next.otherwise', /^goes to "o-selfcare", which does not exist$/));
  });

  it('a goto in a rule to a node that does not exist', () => {
    const set = withTree((_tree, nodes) => (question(nodes, 'q-danger').next.rules![0]!.goto = 'o-112'));
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.q-danger.next.rules[0].goto', /^goes to "o-112", which does not exist$/));
  });

  it('a start node that does not exist', () => {
    const set = withTree((tree) => (tree.start = 'q-start'));
    expect(problemsOf(set)).toContainEqual(problem('$.start', /start node "q-start" does not exist/));
  });

  it('a cycle: "how many days" sends a short complaint back to the danger question', () => {
    const set = withTree((_tree, nodes) => {
      const days = question(nodes, 'q-days');
      days.next = {
        rules: [
          { when: { '>=': [{ var: 'answers.q-days' }, 7] }, goto: 'o-e-consult' },
          { when: { '>=': [{ var: 'answers.q-days' }, 1] }, goto: 'o-self-care' },
        ],
        otherwise: 'q-danger',
      };
    });
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.q-danger', /^cycle: q-danger → q-days → q-danger$/));
  });

  it('an unreachable node: an outcome no goto leads to', () => {
    const set = withTree((_tree, nodes) => {
      nodes['o-orphan'] = { ...(nodes['o-self-care'] as Extract<TreeNode, { type: 'outcome' }>) };
    });
    expect(problemsOf(set)).toEqual([problem('$.nodes.o-orphan', /node "o-orphan" is unreachable/)]);
  });

  it('a node behind a rule no answer can satisfy is never reached', () => {
    const set = withTree((_tree, nodes) => {
      question(nodes, 'q-days').next.rules!.unshift({ when: { '<': [{ var: 'answers.q-days' }, 0] }, goto: 'o-urgent-too' });
      nodes['o-urgent-too'] = { ...(nodes['o-urgent'] as Extract<TreeNode, { type: 'outcome' }>) };
    });
    expect(problemsOf(set)).toEqual([problem('$.nodes.o-urgent-too', /never reached: no combination of answers leads to it/)]);
  });
});

describe('rules (json-logic)', () => {
  it('a disallowed operator is named with its place in the rule', () => {
    const set = withTree((_tree, nodes) => {
      question(nodes, 'q-days').next.rules![0]!.when = { '>=': [{ '+': [{ var: 'answers.q-days' }, 1] }, 8] };
    });
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.q-days.next.rules[0].when.>=[0]', /^operator "\+" is not allowed$/));
  });

  it('a disallowed operator inside a named condition is named in $.conditions', () => {
    const set = withTree((tree, nodes) => {
      tree.conditions = { 'long-ago': { '>=': [{ var: 'answers.q-days' }, { log: 7 }] } };
      question(nodes, 'q-days').next.rules![0]!.when = { 'wz:cond': 'long-ago' };
    });
    expect(problemsOf(set)).toContainEqual(problem('$.conditions.long-ago.>=[1]', /^operator "log" is not allowed$/));
  });

  it('an unknown named condition', () => {
    const set = withTree((_tree, nodes) => (question(nodes, 'q-days').next.rules![0]!.when = { 'wz:cond': 'long-ago' }));
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.q-days.next.rules[0].when', /^unknown condition "long-ago"$/));
  });

  it.each([
    ['a context field that does not exist', 'context.weight'],
    ['a question that does not exist (typo)', 'answers.q-day'],
    ['an outcome instead of a question', 'answers.o-urgent'],
    ['no namespace', 'q-days'],
  ])('an unknown var: %s', (_case, name) => {
    const set = withTree((_tree, nodes) => (question(nodes, 'q-days').next.rules![0]!.when = { '>=': [{ var: name }, 7] }));
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.q-days.next.rules[0].when', `unknown var "${name}"`));
  });

  it('an age compared with a number that is not an age-band boundary', () => {
    // The app only knows age bands; "under 5" cannot be told apart from "under 4".
    const set = withTree((_tree, nodes) => {
      question(nodes, 'q-days').next.rules![0]!.when = {
        or: [{ '>=': [{ var: 'answers.q-days' }, 7] }, { '<': [{ var: 'context.age' }, 5] }],
      };
    });
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.q-days.next.rules[0].when', /^age 5 is not an age-band boundary/));
  });

  it('a rule that reads a question not on every path is reported with the path that fails', () => {
    // q-danger's rule reads q-days, which is only asked after q-danger.
    const set = withTree((_tree, nodes) => {
      question(nodes, 'q-danger').next.rules![0]!.when = { '>=': [{ var: 'answers.q-days' }, 7] };
    });
    expect(problemsOf(set)).toContainEqual(
      problem('$.nodes.q-danger.next.rules[0].when', /"answers.q-days" has no value on this path \(after q-danger=yes\)/),
    );
  });
});

describe('outcomes', () => {
  it('an urgency that does not fit its channel: U2 with self-care', () => {
    const set = withTree((_tree, nodes) => ((nodes['o-self-care'] as { urgency: string }).urgency = 'U2'));
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.o-self-care.urgency', 'U2 does not fit channel "self-care" (allowed: U5)'));
  });

  it('an urgency on a hand-over to medical triage, which decides urgency itself', () => {
    const set = withTree((_tree, nodes) => ((nodes['o-e-consult'] as { channel: string }).channel = 'medical-triage'));
    expect(problemsOf(set)).toContainEqual(
      problem('$.nodes.o-e-consult.urgency', /U4 does not fit channel "medical-triage" \(allowed: none\)/),
    );
  });

  it('an outcome without an urgency that is not a hand-over', () => {
    const set = withTree((_tree, nodes) => delete (nodes['o-e-consult'] as { urgency?: string }).urgency);
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.o-e-consult.urgency', /needs an NTS urgency/));
  });

  it('U3 is "today", not "urgent": the urgent line is for U2 only', () => {
    const set = withTree((_tree, nodes) => ((nodes['o-urgent'] as { urgency: string }).urgency = 'U3'));
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.o-urgent.urgency', 'U3 does not fit channel "urgent-gp" (allowed: U2)'));
  });

  it('a U3 title that does not say "vandaag": the reader must not wait until tomorrow', () => {
    const set = withTree((_tree, nodes) => Object.assign(nodes['o-e-consult']!, { urgency: 'U3', channel: 'gp-today' }));
    expect(problemsOf(set)).toEqual([
      problem('$.nodes.o-e-consult.title', /a U3 title says "today".*"Stuur een e-consult" in i18n\/nl\/trees\/mini\.json/),
      problem('$.nodes.o-e-consult.title', /a U3 title says "today".* in i18n\/en\/trees\/mini\.json/),
    ]);
  });

  it('"Bel nu" on an outcome that can wait (U4): "now" is kept for U0–U2', () => {
    const set = withTree((_tree, nodes) => Object.assign(nodes['o-urgent']!, { urgency: 'U4', channel: 'own-practice' }));
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.o-urgent.title', /only U0–U2 titles say "now" \(U4\): "Bel nu je huisarts"/));
  });

  it('advice that says "bel meteen" on an outcome that can wait (U4): the text contradicts its own triage', () => {
    const set = withTree((_tree, nodes) => Object.assign(nodes['o-e-consult']!, { advice: ['o-urgent.advice'] }));
    expect(problemsOf(set)).toEqual(
      expect.arrayContaining([
        problem('$.nodes.o-e-consult.advice[0]', /U4 outcome says to act now without a condition: "Wacht niet en bel meteen\."/),
        problem('$.nodes.o-e-consult.advice[0]', /U4 outcome says to act now without a condition: .* in i18n\/en\/trees\/mini\.json/),
      ]),
    );
  });

  it('"Bel dan meteen" after a condition is a safety net, and fits any urgency', () => {
    type Editable = ContentSet & { texts: Record<string, Record<string, Record<string, string>>> };
    const set = structuredClone(withTree(() => {})) as Editable;
    set.texts.nl!.mini!['o-e-consult.advice'] = 'Stel je vraag online. Wordt het erger? Bel dan meteen.';
    set.texts.en!.mini!['o-e-consult.advice'] = 'Ask your question online. Getting worse? Then call straight away.';
    expect(problemsOf(set)).toEqual([]);
  });

  it('"painful" on an outcome that is not U4', () => {
    const set = withTree((_tree, nodes) => ((nodes['o-self-care'] as { painful?: boolean }).painful = true));
    expect(problemsOf(set)).toEqual([problem('$.nodes.o-self-care.painful', /only changes the care routing of U4 outcomes/)]);
  });

  it('a Thuisarts link that is not in content/thuisarts-links.json', () => {
    const set = withTree((_tree, nodes) => ((nodes['o-self-care'] as { thuisarts?: string[] }).thuisarts = ['keelpijn']));
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.o-self-care.thuisarts[0]', /unknown Thuisarts link "keelpijn"/));
  });
});

describe('safety rules over every path', () => {
  it('a red-flag question asked after a normal question', () => {
    // "How many days?" first, the danger question only for short complaints.
    const set = withTree((tree, nodes) => {
      tree.start = 'q-days';
      question(nodes, 'q-days').next.otherwise = 'q-danger';
      question(nodes, 'q-danger').next.otherwise = 'o-self-care';
    });
    expect(problemsOf(set)).toContainEqual(
      problem('$.nodes.q-danger', /red-flag question "q-danger" is asked after a question that is not a red flag/),
    );
  });

  it('"weet ik niet" that routes less urgently than "yes"', () => {
    const set = withTree((_tree, nodes) => {
      const danger = question(nodes, 'q-danger');
      danger.next.rules![0]!.when = { '==': [{ var: 'answers.q-danger' }, 'yes'] };
      if (danger.input === 'choice') danger.alarm = ['yes'];
    });
    expect(problemsOf(set)).toEqual([
      problem('$.nodes.q-danger', /"weet ik niet" routes less urgently than "yes": unclear answers must escalate/),
    ]);
  });

  it('an alarm answer whose path ends in self-care', () => {
    // "yes, there is danger" is an alarm sign, but the rule only catches "unknown".
    const set = withTree((_tree, nodes) => {
      question(nodes, 'q-danger').next.rules![0]!.when = { '==': [{ var: 'answers.q-danger' }, 'unknown'] };
    });
    const problems = problemsOf(set);
    expect(problems).toContainEqual(problem('$.nodes.o-self-care', /a path with the alarm answer q-danger=yes ends in "o-self-care"/));
    expect(problems.every((p) => !p.message.includes('q-danger=unknown'))).toBe(true);
  });

  it('a number alarm (alarmAtLeast) whose path ends in self-care', () => {
    const set = withTree((_tree, nodes) => {
      const days = question(nodes, 'q-days');
      if (days.input === 'number') days.alarmAtLeast = 5;
    });
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.o-self-care', /alarm answer q-days=5 ends in "o-self-care"/));
  });

  it('a number question without "weet ik niet": not everyone can measure a fever or count the days', () => {
    const set = withTree((_tree, nodes) => {
      const days = question(nodes, 'q-days');
      if (days.input === 'number') delete days.unknown;
    });
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.q-days.unknown', 'a number question must offer "weet ik niet"'));
  });

  it('"weet ik niet" on a number question that routes less urgently than the most urgent number', () => {
    const set = withTree((_tree, nodes) => {
      const days = question(nodes, 'q-days');
      days.next.rules![0]!.when = { '>=': [{ var: 'answers.q-days' }, 7] };
    });
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.q-days', /"weet ik niet" routes less urgently than/));
  });
});

describe('tree kinds and preambles', () => {
  it('a complaint tree must run a shared red-flag screen first', () => {
    const set = withTree((tree) => (tree.kind = 'complaint'));
    expect(problemsOf(set)).toContainEqual(problem('$.preamble', /must run a shared red-flag screen first/));
  });

  it('a preamble must name a shared tree that exists', () => {
    const set = withTree((tree) => (tree.preamble = ['abcde']));
    expect(problemsOf(set)).toContainEqual(problem('$.preamble[0]', /tree "abcde" does not exist/));
  });

  it('a question id the shared screen already uses: the simulator and the vignettes would mix up their answers', () => {
    const mini = structuredClone(valid.trees[0]!.tree);
    const screen: Tree = { ...structuredClone(mini), id: 'screen', kind: 'shared', preamble: undefined };
    const set = {
      ...valid,
      trees: [
        { file: TREE_FILE, tree: { ...mini, preamble: ['screen'] } },
        { file: 'decision-trees/screen.json', tree: screen },
      ],
    };
    expect(problemsOf(set)).toContainEqual(problem('$.nodes.q-danger', '"q-danger" is also a node of "screen", which runs first'));
  });

  it('the tree id must match its file name', () => {
    const set = withTree((tree) => (tree.id = 'other'));
    expect(problemsOf(set)).toContainEqual(problem('$.id', /must match the file name/));
  });
});

describe('texts', () => {
  it('a text key the tree uses but no language has', () => {
    const set = withTree((_tree, nodes) => (question(nodes, 'q-days').hint = 'q-days.hint'));
    const problems = problemsOf(set);
    expect(problems).toContainEqual(problem('$.nodes.q-days.hint', 'text "q-days.hint" is missing in i18n/nl/trees/mini.json'));
    expect(problems).toContainEqual(problem('$.nodes.q-days.hint', 'text "q-days.hint" is missing in i18n/en/trees/mini.json'));
  });

  it('an English text that was left out of the translation (on disk)', () => {
    const content = fixture('missing-locale-key');
    expect(content.loadProblems).toEqual([]);
    const problems = checkContent(content).problems;
    expect(problems).toContainEqual(problem('$.nodes.q-days.text', 'text "q-days.text" is missing in i18n/en/trees/mini.json'));
    expect(problems).toContainEqual({
      file: 'i18n/en/trees/mini.json',
      path: '$.q-days.text',
      message: 'missing: every shipped language needs this key (from nl)',
    });
  });

  it('a tree whose English translation file does not exist yet names the file it belongs in', () => {
    const { mini: _mini, ...enTexts } = valid.texts.en!;
    const { mini: _file, ...enFiles } = valid.textFiles.en!;
    const set: ContentSet = { ...valid, texts: { ...valid.texts, en: enTexts }, textFiles: { ...valid.textFiles, en: enFiles } };
    const problems = problemsOf(set);
    expect(problems).toContainEqual(problem('$.nodes.q-days.text', 'text "q-days.text" is missing in i18n/en/trees/mini.json'));
    expect(problems).toContainEqual(problem('$.title', 'text "title" is missing in i18n/en/trees/mini.json'));
    expect(problems.filter((p) => p.file.startsWith('i18n/en/')).every((p) => p.file === 'i18n/en/trees/mini.json')).toBe(true);
  });

  it('a text left untranslated, and an English key Dutch does not have', () => {
    const en = valid.texts.en!.mini!;
    const set: ContentSet = {
      ...valid,
      texts: {
        ...valid.texts,
        en: { ...valid.texts.en, mini: { ...en, 'q-days.text': valid.texts.nl!.mini!['q-days.text']!, extra: 'Extra text' } },
      },
    };
    const problems = problemsOf(set);
    expect(problems).toContainEqual({
      file: 'i18n/en/trees/mini.json',
      path: '$.q-days.text',
      message: 'same text as in nl: not translated?',
    });
    expect(problems).toContainEqual({
      file: 'i18n/en/trees/mini.json',
      path: '$.extra',
      message: 'not in nl: remove it or add it there first',
    });
  });
});

describe('files the loader cannot accept (on disk)', () => {
  it('malformed JSON names the file and says it is not valid JSON', () => {
    const content = fixture('malformed-json');
    expect(content.loadProblems).toEqual([problem('$', /^not valid JSON: /)]);
    expect(content.trees).toEqual([]);
  });

  it('a missing "otherwise" is a schema error at $.nodes.X.next.otherwise', () => {
    expect(fixture('missing-otherwise').loadProblems).toEqual([problem('$.nodes.q-days.next.otherwise', 'required (string)')]);
  });

  it('an unknown node type is a schema error at $.nodes.X.type', () => {
    expect(fixture('unknown-node-type').loadProblems).toEqual([
      problem('$.nodes.q-days.type', 'unknown type: must be one of question, info, outcome, continue'),
    ]);
  });

  it('an outcome without a safety net is a schema error', () => {
    expect(fixture('missing-safety-net').loadProblems).toEqual([problem('$.nodes.o-self-care.safetyNet', 'required (string)')]);
  });
});

describe('npm run trees:check', () => {
  it('fails with exit code 1 on a broken folder and names the file and the JSON path', { timeout: 30000 }, async () => {
    const result = await runCli('web/cli/trees-check.ts', ['--root', 'tests/fixtures/content/dangling-goto']);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain('decision-trees/mini.json: $.nodes.q-days.next.otherwise: goes to "o-nowhere", which does not exist');
    expect(result.stdout).toMatch(/^FAILED: 1 trees \(1 request\), .* \d+ problem\(s\) in \d+\.\d s\n$/);
  });

  it('passes with exit code 0 on the real content and prints one summary line', { timeout: 30000 }, async () => {
    const result = await runCli('web/cli/trees-check.ts', []);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(
      /^ok: \d+ trees .* \d+ nodes, \d+ paths, \d+ outcomes; specs for \d+ complaint trees and 1 shared, (\d+) of \1 items traced; .* in \d+\.\d s\n$/,
    );
  });

  it('--json prints the figures: a spec for every complaint tree, and every spec item traced', { timeout: 30000 }, async () => {
    const result = await runCli('web/cli/trees-check.ts', ['--json']);
    expect(result.code).toBe(0);
    const figures = JSON.parse(result.stdout);
    const complaints = shipped.trees.filter(({ tree }) => tree.kind === 'complaint').length;
    expect(figures).toMatchObject({ ok: true, problems: 0, specs: { trees: complaints, shared: 1 } });
    expect(Object.keys(figures)).toEqual(expect.arrayContaining(['trees', 'nodes', 'paths', 'outcomes', 'specs', 'seconds']));
    expect(figures.specs.traced).toBe(figures.specs.items);
    expect(figures.specs.items).toBeGreaterThanOrEqual(5 * complaints);
  });
});
