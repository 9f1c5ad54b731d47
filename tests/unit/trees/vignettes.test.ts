/**
 * Every tree's vignette table, vignettes/<tree>.json: a row per person (their story, their answers
 * in the order they are asked, and the outcome and urgency they must reach, with its source and a
 * note on why), one test per row. What a row cannot say (texts, question order, channels, links)
 * stays in the tree's own <tree>.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseVignetteRows, vignetteRows, vignetteTable, vignetteTrees } from '../harness.ts';

for (const treeId of vignetteTrees()) vignetteTable(treeId, vignetteRows(treeId));

describe('a vignette table file', () => {
  it('is refused when a row has a field the table does not know, or an urgency that is not one, naming the row and field', () => {
    const row = { story: 's', answers: { 'q-a': 'no' }, outcome: 'o-gp', urgency: 'U4', source: 'spec:a' };
    expect(parseVignetteRows('t.json', [row])).toEqual([row]);
    const refused = () => parseVignetteRows('t.json', [row, { ...row, urgency: 'U9', anwsers: {} }]);
    expect(refused).toThrow(/^t\.json: .*\$\[1\]\.urgency: must be "U0"/);
    expect(refused).toThrow(/\$\[1\]: unknown field "anwsers"/);
  });
});
