/**
 * Side effects of medicines: airway swelling (112), angio-oedema and blistering rash, fever with chemotherapy or
 * immune-lowering medicines, bleeding (with blood thinners), liver signs or a rash all over, then the calmer
 * branches: a question for the pharmacist or a bothersome side effect.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../web/build/content-files.ts';
import { triage } from '../harness.ts';

const adult = '18-to-65-years';
/** No airway swelling, no angio-oedema or blistering rash: the fever question comes next. */
const noSwelling = { 'q-airway': 'no', 'q-serious': 'no' } as const;
/** Fever or sore throat, not on chemotherapy: the immune question comes next. */
const feverNoChemo = { ...noSwelling, 'q-fever': 'yes', 'q-chemo': 'no' } as const;

describe('bijwerkingen: what a row cannot say', () => {
  it('names the agranulocytosis medicines in the immune question, each after a word people know', () => {
    const nl = JSON.parse(readFileSync(join(PROJECT_ROOT, 'i18n', 'nl', 'trees', 'bijwerkingen.json'), 'utf8'));
    expect(nl['q-immunity'].hint).toMatch(/medicijnen voor je schildklier, zoals thiamazol, carbimazol of propylthiouracil/);
    expect(nl['q-immunity'].hint).toMatch(/medicijn bij psychose \(clozapine\)/);
    const result = triage('bijwerkingen', { age: adult, answers: { ...feverNoChemo, 'q-immunity': 'yes' } });
    expect(result.outcome.channel).toBe('gp-today');
  });
});
