/**
 * Side effects of medicines: airway swelling (112), angio-oedema and blistering rash, fever with chemotherapy or
 * immune-lowering medicines, bleeding (with blood thinners), liver signs or a rash all over, then the calmer
 * branches: a question for the pharmacist or a bothersome side effect.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../web/build/content-files.ts';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const elderly = '70-years-or-older';
/** No airway swelling, no angio-oedema or blistering rash: the fever question comes next. */
const noSwelling = { 'q-airway': 'no', 'q-serious': 'no' } as const;
/** Fever or sore throat, not on chemotherapy: the immune question comes next. */
const feverNoChemo = { ...noSwelling, 'q-fever': 'yes', 'q-chemo': 'no' } as const;
/** No fever: the bleeding question comes next. */
const noFever = { ...noSwelling, 'q-fever': 'no' } as const;
/** No red flags at all: the calmer branches come next. */
const noRedFlags = { ...noFever, 'q-bleeding': 'no', 'q-liver': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 55-year-old whose tongue swells an hour after a new antibiotic', answers: { 'q-airway': 'yes' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:anaphylaxis-airway' },
  { story: 'someone not sure whether their throat is swelling (weet ik niet)', answers: { 'q-airway': 'unknown' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:anaphylaxis-airway' },
  { story: 'a 68-year-old on enalapril for years whose lip is swollen this morning, breathing fine', answers: { 'q-airway': 'no', 'q-serious': 'yes' }, age: '65-to-70-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:angio-oedema-face' },
  { story: 'a 30-year-old with blisters and mouth sores a week after starting a new medicine', answers: { 'q-airway': 'no', 'q-serious': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:blistering-rash-mucosa' },
  { story: 'unsure whether the red patches in the mouth are blisters (weet ik niet)', answers: { 'q-airway': 'no', 'q-serious': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:blistering-rash-mucosa' },
  { story: 'a 58-year-old with a fever of 38.6 a week after chemotherapy', answers: { ...noSwelling, 'q-fever': 'yes', 'q-chemo': 'yes' }, age: adult, outcome: 'o-urgent-fever', urgency: 'U2', source: 'spec:chemo-fever' },
  { story: 'someone feverish who is not sure whether the last chemotherapy was within 4 weeks (weet ik niet)', answers: { ...noSwelling, 'q-fever': 'unknown', 'q-chemo': 'unknown' }, age: adult, outcome: 'o-urgent-fever', urgency: 'U2', source: 'spec:chemo-fever' },
  // Quick pass (keelpijn): agranulocytosis medicines were not named. Here they are, in the hint of q-immunity.
  { story: 'a 34-year-old on thiamazole for 5 weeks with a sore throat and a fever', answers: { ...feverNoChemo, 'q-immunity': 'yes' }, age: adult, outcome: 'o-blood-test', urgency: 'U3', source: 'spec:low-immunity-fever' },
  // LESS urgent than 0.1.0 (U2 → U3) for fever on immune-suppressing medicines other than chemotherapy: the shared
  // module weakened-immunity-fever (NTS risk groups, NHG Kinderen met koorts) and keelpijn both say the GP today.
  { story: 'a 47-year-old on methotrexate with a fever since this morning', answers: { ...feverNoChemo, 'q-immunity': 'yes' }, age: adult, outcome: 'o-blood-test', urgency: 'U3', source: 'spec:low-immunity-fever' },
  { story: 'a 29-year-old with a sore throat who does not know whether his clozapine lowers resistance (weet ik niet)', answers: { ...feverNoChemo, 'q-immunity': 'unknown' }, age: adult, outcome: 'o-blood-test', urgency: 'U3', source: 'spec:low-immunity-fever' },
  { story: 'a 20-year-old with a cold and a fever, on no immune-lowering medicine, asking about her acne pills', answers: { ...feverNoChemo, 'q-immunity': 'no', 'q-bleeding': 'no', 'q-liver': 'no', 'q-kind': 'question' }, age: adult, outcome: 'o-pharmacy', urgency: 'U5', source: 'NHS / MUMC: fever without an immune-lowering medicine is not this tree’s alarm' },
  { story: 'an 81-year-old on apixaban with new bruises and blood in her urine', answers: { ...noFever, 'q-bleeding': 'yes', 'q-thinners': 'yes' }, age: elderly, outcome: 'o-thinners', urgency: 'U3', source: 'spec:anticoagulant-bleeding' },
  { story: 'a carer who does not know whether her father takes blood thinners (weet ik niet)', answers: { ...noFever, 'q-bleeding': 'yes', 'q-thinners': 'unknown' }, age: elderly, outcome: 'o-thinners', urgency: 'U3', source: 'spec:anticoagulant-bleeding' },
  { story: 'a 50-year-old with many bruises since a new medicine, no blood thinners', answers: { ...noFever, 'q-bleeding': 'yes', 'q-thinners': 'no' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:unexplained-bleeding-bruising' },
  { story: 'not sure whether the small red dots are bleeding (weet ik niet)', answers: { ...noFever, 'q-bleeding': 'unknown', 'q-thinners': 'no' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:unexplained-bleeding-bruising' },
  { story: 'a 62-year-old with dark urine and yellow eyes since a new medicine', answers: { ...noFever, 'q-bleeding': 'no', 'q-liver': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:drug-liver-injury' },
  { story: 'a 37-year-old with red spots all over his body, no blisters, ten days after starting an epilepsy medicine', answers: { ...noFever, 'q-bleeding': 'no', 'q-liver': 'yes' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:widespread-rash' },
  { story: 'not sure whether the eyes look yellow (weet ik niet)', answers: { ...noFever, 'q-bleeding': 'no', 'q-liver': 'unknown' }, age: adult, outcome: 'o-today', urgency: 'U3', source: 'spec:drug-liver-injury' },
  { story: "a 75-year-old who forgot this morning's dose and wonders what to do", answers: { ...noRedFlags, 'q-kind': 'question' }, age: elderly, outcome: 'o-pharmacy', urgency: 'U5', source: 'domain brief §3 (apotheek: medication questions)' },
  { story: 'a 40-year-old so dizzy from a new blood-pressure pill that she cannot work', answers: { ...noRedFlags, 'q-kind': 'side-effect', 'q-hinders': 'yes' }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:side-effect-stops-daily-life' },
  { story: 'not sure whether the side effect is too much to carry on (weet ik niet)', answers: { ...noRedFlags, 'q-kind': 'side-effect', 'q-hinders': 'unknown' }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:side-effect-stops-daily-life' },
  { story: 'a 50-year-old with a dry mouth from an antidepressant, bothersome but harmless: the calm path', answers: { ...noRedFlags, 'q-kind': 'side-effect', 'q-hinders': 'no' }, age: adult, outcome: 'o-e-consult', urgency: 'U5', source: 'clinical knowledge (mild side effects often lessen within weeks)' },
];

vignetteTable('bijwerkingen', rows);

describe('bijwerkingen: what a row cannot say', () => {
  it('names the agranulocytosis medicines in the immune question, each after a word people know', () => {
    const nl = JSON.parse(readFileSync(join(PROJECT_ROOT, 'i18n', 'nl', 'trees', 'bijwerkingen.json'), 'utf8'));
    expect(nl['q-immunity'].hint).toMatch(/medicijnen voor je schildklier, zoals thiamazol, carbimazol of propylthiouracil/);
    expect(nl['q-immunity'].hint).toMatch(/medicijn bij psychose \(clozapine\)/);
    const result = triage('bijwerkingen', { age: adult, answers: { ...feverNoChemo, 'q-immunity': 'yes' } });
    expect(result.outcome.channel).toBe('gp-today');
  });
});
