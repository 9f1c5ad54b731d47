/**
 * Inputs that once slipped through: each test names the way in and the behaviour that now
 * closes it. (Found by reviewing the engine, checker and simulator against bad input.)
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, loadContent } from '../../web/build/content-files.ts';
import { checkContent } from '../../web/checker/check-content.ts';
import { compileRule, RuleError } from '../../web/engine/json-logic.ts';
import { replay } from '../../web/engine/replay.ts';
import { invalidAnswer } from '../../web/engine/session.ts';
import { TreeSchema } from '../../web/engine/tree-schema.ts';
import { validate } from '../../web/engine/schema-errors.ts';
import { runCli } from './cli.ts';
import { parseTree, planned } from '../fixtures/inline-tree.ts';
import { content, start } from './harness.ts';

describe('content folders and files that are missing', () => {
  it('a language without its trees folder is a named problem, not a crash', () => {
    const root = mkdtempSync(join(tmpdir(), 'wegwijzer-'));
    try {
      cpSync('tests/fixtures/content/valid', root, { recursive: true });
      rmSync(join(root, 'i18n/en/trees'), { recursive: true });
      rmSync(join(root, 'content/apps.json'));
      const problems = loadContent(root).loadProblems.map((p) => `${p.file}: ${p.message}`);
      expect(problems).toContain('i18n/en/trees: folder is missing');
      expect(problems).toContain('content/apps.json: file is missing');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('schema messages say what is wrong', () => {
  it('a wrong type is "must be", a missing field is "required"', () => {
    const tree = content.planned.get('keelpijn')!.tree;
    const wrongType = validate(TreeSchema, { ...tree, version: 1 });
    const { version: _gone, ...withoutVersion } = tree;
    const missing = validate(TreeSchema, withoutVersion);
    expect(wrongType.ok ? [] : wrongType.errors).toEqual([{ path: '$.version', message: 'must be string' }]);
    expect(missing.ok ? [] : missing.errors).toEqual([{ path: '$.version', message: 'required (string)' }]);
  });

  it('a bad node id keeps its reason', () => {
    const tree = content.planned.get('keelpijn')!.tree;
    const result = validate(TreeSchema, { ...tree, nodes: { ...tree.nodes, 'Bad Id': tree.nodes['o-self-care'] } });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toContainEqual(expect.stringContaining('lower-case words joined by "-"'));
  });
});

describe('answers are read strictly', () => {
  const tree = parseTree({
    'q-days': { type: 'question', input: 'number', text: 't', min: 0, max: 30, step: 1, next: { otherwise: 'o' } },
    o: { type: 'outcome', urgency: 'U5', channel: 'self-care', title: 't', advice: ['a'], safetyNet: 's' },
  });

  it.each(['', '0x10', '1e1', 'abc'])('"%s" is no number of days', (given) => {
    expect(replay(start([planned(tree)]), { 'q-days': given }).ok).toBe(false);
  });

  it('a number between steps is refused; a whole number of steps is taken', () => {
    const question = tree.nodes['q-days'];
    if (question?.type !== 'question') throw new Error('fixture');
    expect(invalidAnswer(question, 2.5)).toMatch(/multiple of 1/);
    expect(invalidAnswer(question, 3)).toBeUndefined();
    expect(invalidAnswer({ ...question, min: 35, max: 43, step: 0.1 } as typeof question, 38.3)).toBeUndefined();
  });

  it('the simulator refuses an empty or made-up age instead of reading it as a baby', async () => {
    const result = await runCli('web/cli/triage.ts', ['--tree', 'keelpijn', '--age', '']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--age takes years or an age band/);
  }, 30_000);
});

describe('rules cannot match by accident', () => {
  it('"in" with a string instead of a list is refused (no substring matches: "no" is in "unknown")', () => {
    expect(() => compileRule({ in: [{ var: 'answers.q' }, 'yes unknown'] })).toThrow(RuleError);
    expect(() => compileRule({ in: [{ var: 'answers.q' }, { var: 'answers.r' }] })).toThrow(RuleError);
    expect(compileRule({ in: [{ var: 'answers.q' }, ['yes', 'unknown']] }).evaluate({ answers: { q: 'no' } })).toBe(false);
  });

  it('a rule comparing an answer with an option that does not exist is a checker error', () => {
    const keelpijn = content.planned.get('keelpijn')!.tree;
    const typo = structuredClone(keelpijn);
    const swallow = typo.nodes['q-swallow'];
    if (swallow?.type !== 'question') throw new Error('fixture');
    swallow.next.rules = [{ when: { '==': [{ var: 'answers.q-swallow' }, 'ja'] }, goto: swallow.next.rules![0]!.goto }];
    const problems = checkContent({
      ...content,
      trees: [...content.trees.filter((t) => t.tree.id !== 'keelpijn'), { file: 'decision-trees/keelpijn.json', tree: typo }],
    }).problems;
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining('compares answers.q-swallow with "ja", which is not one of its options'),
    );
  });
});

describe('the content hash covers every text a tree shows', () => {
  it('changes when a shared safety net in common.json changes', () => {
    const helpdesk = content.planned.get('helpdesk-digitale-zorg')!.tree;
    const changed = structuredClone(content.texts) as Record<string, Record<string, Record<string, string>>>;
    changed.nl!.common!['safetyNet.nonMedical'] = 'Een andere tekst.';
    expect(contentHash(helpdesk, changed)).not.toBe(contentHash(helpdesk, content.texts));
  });

  it('stays the same when an unrelated text changes', () => {
    const helpdesk = content.planned.get('helpdesk-digitale-zorg')!.tree;
    const changed = structuredClone(content.texts) as Record<string, Record<string, Record<string, string>>>;
    changed.nl!.common!['start.title'] = 'Iets anders';
    expect(contentHash(helpdesk, changed)).toBe(contentHash(helpdesk, content.texts));
  });
});
