/**
 * The simulator (`npm run triage`) walks a tree the way the app does. Content authors and the
 * end-to-end checks rely on its output and exit codes: 0 with a question or outcome, 2 with a
 * one-line message for a mistake in the command.
 *
 * Each run starts a Node process (~1 s here), so independent runs go in parallel.
 */
import { describe, expect, it } from 'vitest';
import { TreeSchema } from '../../web/engine/tree-schema.ts';
import { HELPDESK_PATHS } from '../fixtures/helpdesk-paths.ts';
import { runCli, type CliResult } from './cli.ts';
import { clearAnswers, content } from './harness.ts';

const SLOW = { timeout: 30000 };

const triage = (...args: string[]): Promise<CliResult> => runCli('web/cli/triage.ts', args);

/** Run the simulator with --json and return the parsed output; it must exit 0. */
async function triageJson(...args: string[]): Promise<Record<string, unknown>> {
  const result = await triage(...args, '--json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

const answers = (pairs: Record<string, string | number>) => Object.entries(pairs).flatMap(([q, a]) => ['--answer', `${q}=${a}`]);

const HELPDESK = 'helpdesk-digitale-zorg';
const passAll = { 'q-patient': 'yes', 'q-medical': 'no', 'q-digital': 'yes', 'q-self-action': 'yes', 'q-willing': 'yes' };

describe('--search: the ranking the app uses', () => {
  it('"i think my waters broke" in the English app: the labour tree first, with title and score', SLOW, async () => {
    const matches = (await triageJson('--search', 'i think my waters broke', '--lang', 'en')) as unknown as {
      id: string;
      title: string;
      score: number;
    }[];
    expect(matches[0]).toMatchObject({ id: 'bevalling-vruchtwater', title: expect.any(String), score: expect.any(Number) });
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
  });

  it('--age cuts the list to that age: stomach ache at 5 is the children’s tree, never the adults’', SLOW, async () => {
    const ids = ((await triageJson('--search', 'buikpijn', '--age', '5')) as unknown as { id: string }[]).map((m) => m.id);
    expect(ids[0]).toBe('buikpijn-kind');
    expect(ids).not.toContain('buikpijn-volwassene');
  });

  it('finds a front-door request', SLOW, async () => {
    const matches = (await triageJson('--search', 'herhaalrecept')) as unknown as { id: string }[];
    expect(matches[0]!.id).toBe('request:repeat-prescription');
  });
});

describe('--list', () => {
  it('--list --json lists every tree with id, version, title, kind and hash', SLOW, async () => {
    const result = await triage('--list', '--json');
    expect(result.code).toBe(0);
    const list = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(list.map((t) => t.id)).toEqual(expect.arrayContaining(['abcde', HELPDESK, 'keelpijn']));
    for (const entry of list) {
      expect(entry).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^[a-z0-9-]+$/),
          version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
          title: expect.any(String),
          hash: expect.stringMatching(/^sha256-[0-9a-f]{16}$/),
        }),
      );
    }
    // Every kind is one the tree format knows.
    for (const entry of list) expect(TreeSchema.shape.kind.safeParse(entry.kind).success, `kind ${String(entry.kind)}`).toBe(true);
    const byId = Object.fromEntries(list.map((t) => [t.id, t]));
    expect(byId[HELPDESK]).toMatchObject({ kind: 'helpdesk', title: 'Hulp bij digitale zorg' });
    expect(byId.abcde).toMatchObject({ kind: 'shared' });
    expect(byId.keelpijn).toMatchObject({ kind: 'complaint', title: 'Keelpijn' });
  });
});

describe('the helpdesk tree through the simulator', () => {
  it('reaches each of its six endings', SLOW, async () => {
    const walks = HELPDESK_PATHS;
    const reached = await Promise.all(walks.map((walk) => triageJson('--tree', HELPDESK, ...answers(Object.fromEntries(walk.answers)))));
    walks.forEach(({ vignette, answers: given, outcome, channel }, i) => {
      expect(reached[i], vignette).toMatchObject({ type: 'outcome', id: outcome, channel, escalation: null, tree: { id: HELPDESK } });
      expect(
        (reached[i]!.answers as { question: string }[]).map((a) => a.question),
        vignette,
      ).toEqual(given.map(([q]) => q));
    });
    expect(new Set(reached.map((r) => r.id)).size).toBe(6);
  });

  it('--voice staff gives the worksheet wording on the referral', SLOW, async () => {
    const [staff, patient] = await Promise.all([
      triageJson('--tree', HELPDESK, ...answers(passAll), '--voice', 'staff'),
      triageJson('--tree', HELPDESK, ...answers(passAll)),
    ]);
    expect(staff).toMatchObject({ id: 'o-refer-helpdesk', title: 'Doorverwijzen naar Helpdesk Digitale Zorg' });
    expect(patient).toMatchObject({ id: 'o-refer-helpdesk', title: 'De Helpdesk Digitale Zorg helpt je graag' });
  });

  it('--lang en gives English texts', SLOW, async () => {
    const [question, ending] = await Promise.all([
      triageJson('--tree', HELPDESK, '--lang', 'en'),
      triageJson('--tree', HELPDESK, '--lang', 'en', ...answers({ 'q-patient': 'no' })),
    ]);
    expect(question).toMatchObject({
      type: 'question',
      id: 'q-patient',
      text: 'Are you a patient at a GP practice, or about to become one?',
      options: [
        { id: 'yes', label: 'Yes' },
        { id: 'no', label: 'No' },
      ],
    });
    expect(ending).toMatchObject({ id: 'o-not-patient', title: 'The Digital Care Helpdesk is not the best place for your question' });
  });
});

describe('mistakes in the command exit 2 with one clear line', () => {
  it('an unknown tree, an unknown question and an unknown option', SLOW, async () => {
    const [tree, question, option] = await Promise.all([
      triage('--tree', 'geen-boom'),
      triage('--tree', HELPDESK, '--answer', 'q-patiënt=yes'),
      triage('--tree', HELPDESK, '--answer', 'q-patient=ja'),
    ]);
    for (const result of [tree, question, option]) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^triage: .+\n$/);
    }
    expect(tree.stderr).toBe('triage: unknown tree "geen-boom"\n');
    expect(question.stderr).toBe('triage: question(s) q-patiënt not on this path (the walk stopped at "q-patient")\n');
    expect(option.stderr).toBe('triage: q-patient: "ja" is not one of: yes, no\n');
  });
});

describe('answers that cannot be meant exit 2 with one line, before any walk', () => {
  it('a question answered twice is refused, also with the same answer: the last one never silently wins', SLOW, async () => {
    const [different, same] = await Promise.all([
      triage('--tree', HELPDESK, '--answer', 'q-patient=no', '--answer', 'q-patient=yes'),
      triage('--tree', HELPDESK, '--answer', 'q-patient=yes', '--answer', 'q-medical=no', '--answer', 'q-patient=yes'),
    ]);
    for (const result of [different, same]) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
    }
    expect(different.stderr).toBe('triage: q-patient is answered twice ("no" and "yes"): give one answer per question\n');
    expect(same.stderr).toBe('triage: q-patient is answered twice ("yes" and "yes"): give one answer per question\n');
  });

  it('10,000 answers, and an argument of 100,000 characters, are refused in one short line', SLOW, async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ['--answer', `q${i}=yes`]).flat();
    const repeated = Array.from({ length: 10_000 }, () => ['--answer', 'q-patient=yes']).flat();
    const [distinct, same, long] = await Promise.all([
      triage('--tree', HELPDESK, ...many),
      triage('--tree', HELPDESK, ...repeated),
      triage('--tree', HELPDESK, '--answer', `q-patient=${'y'.repeat(100_000)}`),
    ]);
    for (const result of [distinct, same, long]) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^triage: .{1,120}\n$/);
    }
    expect(distinct.stderr).toBe(`triage: 10000 answers given, but ${HELPDESK} asks at most 5 questions\n`);
    expect(same.stderr).toBe('triage: 10000 answers given, but helpdesk-digitale-zorg asks at most 5 questions\n');
    expect(long.stderr).toBe('triage: an argument of 100010 characters is too long (at most 200)\n');
  });
});

describe('keelpijn runs the ABCDE screen first', () => {
  it('asks the ABCDE questions before any sore-throat question, and needs their answers first', SLOW, async () => {
    const clear = Object.fromEntries(clearAnswers('abcde'));
    const [firstRedFlag] = Object.keys(clear);
    const throatStart = content.planned.get('keelpijn')!.tree.start;
    const adult = ['--age', '18-to-65-years'];
    const [first, throatOnly, throat, danger] = await Promise.all([
      triageJson('--tree', 'keelpijn', ...adult),
      triage('--tree', 'keelpijn', ...adult, ...answers({ [throatStart]: 'no' })),
      triageJson('--tree', 'keelpijn', ...adult, ...answers(clear)),
      triageJson('--tree', 'keelpijn', ...adult, ...answers({ [firstRedFlag!]: 'yes' })),
    ]);
    expect(first).toMatchObject({ type: 'question', id: firstRedFlag, redFlag: true, tree: { id: 'abcde' } });
    expect(throatOnly.code).toBe(2);
    expect(throatOnly.stderr).toBe(`triage: question(s) ${throatStart} not on this path (the walk stopped at "${firstRedFlag}")\n`);
    // With the screen passed, the walk has moved on into keelpijn and waits at its first question.
    expect(throat).toMatchObject({ type: 'question', id: throatStart, tree: { id: 'keelpijn' } });
    const answered = (throat.answers as { tree: string; question: string }[]).map((a) => `${a.tree}:${a.question}`);
    expect(answered).toEqual(Object.keys(clear).map((q) => `abcde:${q}`));
    expect(danger).toMatchObject({ type: 'outcome', channel: 'emergency-112', tree: { id: 'abcde' } });
  });
});
