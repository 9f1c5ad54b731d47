/**
 * Every finding of the clinical review (../shared/clinical-review.md) is answered, and each answer
 * points at something real: a spec item that trees:check traces, a vignette in the tree's table or a test in its file,
 * a checker rule, the single-tree findings that make up a pattern, the issue that builds it, or a
 * source for keeping the tree as it is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../web/build/content-files.ts';
import { REVIEW_FINDINGS_FILE, ReviewFindingsSchema, TreeSpecSchema, type ReviewFinding } from '../../web/checker/spec-schema.ts';
import { vignetteRows, vignetteTrees } from './harness.ts';

const read = (...path: string[]) => readFileSync(join(PROJECT_ROOT, ...path), 'utf8');
const findings = ReviewFindingsSchema.parse(JSON.parse(read('decision-trees', 'specs', REVIEW_FINDINGS_FILE))).findings;

/** The trees the review read in depth, and those with a finding in its quick pass. */
const REVIEWED_TREES = [
  ...['pijn-op-de-borst', 'kortademig', 'beroerte', 'hoofdpijn', 'buikpijn-volwassene', 'buikpijn-kind', 'koorts-kind'],
  ...['koorts-volwassene', 'hoofdletsel', 'aanval-stuip', 'flauwvallen', 'hartkloppingen', 'allergische-reactie'],
  ...['gedachten-aan-zelfmoord', 'vaginaal-bloedverlies', 'zwangerschap', 'dik-pijnlijk-been', 'balzak-penis'],
  ...['niet-kunnen-plassen', 'vergiftiging', 'brandwond', 'huiduitslag', 'huilende-baby'],
  ...['hitte-zonnesteek', 'nekpijn', 'rugpijn', 'voorwerp', 'bloed-bij-ontlasting', 'bloed-in-urine', 'letsel-arm-been'],
  ...['keelpijn', 'wond', 'vermoeid-na-kanker', 'beet-steek'],
];
/** The review's "Patterns" (seven) and its "Coverage" paragraph, as findings about all trees. */
const ACROSS_TREES = 8;

/** The stories of a tree's vignette table (tests/unit/trees/vignettes/<tree>.json) and the names of the tests in its own file. */
function testNames(tree: string): string[] {
  const file = join('tests', 'unit', 'trees', `${tree}.test.ts`);
  const tests = existsSync(join(PROJECT_ROOT, file)) ? [...read(file).matchAll(/\bit\((['"`])(.+?)\1,/g)].map((m) => m[2]!) : [];
  return [...(vignetteTrees().includes(tree) ? vignetteRows(tree).map((row) => row.story) : []), ...tests];
}

const ANSWERS = ['spec', 'test', 'checker', 'see', 'issue', 'keep'] as const;
const answersOf = (f: ReviewFinding) => ANSWERS.filter((kind) => f[kind] !== undefined);

describe('review findings (decision-trees/specs/review-findings.json)', () => {
  it('cover every reviewed tree and every pattern', () => {
    const trees = new Set(findings.map((f) => f.tree));
    expect(REVIEWED_TREES.filter((tree) => !trees.has(tree))).toEqual([]);
    expect(findings.filter((f) => f.tree === '*')).toHaveLength(ACROSS_TREES);
  });

  it('each have one id per tree', () => {
    const keys = findings.map((f) => `${f.tree}/${f.id}`);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it.each(findings.map((f) => [`${f.tree}/${f.id}`, f] as const))('%s is answered by something that exists', (_, finding) => {
    expect(answersOf(finding), 'one answer: spec, test, checker, see, issue, or keep with its source').toHaveLength(1);
    if (finding.spec !== undefined) {
      const spec = TreeSpecSchema.parse(JSON.parse(read('decision-trees', 'specs', `${finding.tree}.json`)));
      expect(spec.items.map((item) => item.id)).toContain(finding.spec);
    }
    if (finding.test !== undefined) expect(testNames(finding.tree), 'a vignette story or a test of the tree').toContain(finding.test);
    if (finding.checker !== undefined) expect(existsSync(join(PROJECT_ROOT, finding.checker)), finding.checker).toBe(true);
    for (const key of finding.see ?? []) expect(findings.map((f) => `${f.tree}/${f.id}`)).toContain(key);
    if (finding.keep !== undefined) expect(finding.source, 'a kept tree names its source').toBeDefined();
  });
});
