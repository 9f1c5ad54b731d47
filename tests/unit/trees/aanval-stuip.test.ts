/**
 * A seizure: long or repeated seizures, pregnancy, fever with a stiff neck and poisoning are 112;
 * withdrawal, diabetes, injury and babies the GP now; then fever in children, a first seizure and
 * known epilepsy. Spec: decision-trees/specs/aanval-stuip.json.
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

/** An adult: not long, no fever with a stiff neck, no poisoning, withdrawal, diabetes or injury. */
const adult = {
  'q-long': 'no',
  'q-fever-neck': 'no',
  'q-poison': 'no',
  'q-withdrawal': 'no',
  'q-diabetes': 'no',
  'q-harm': 'no',
} as const;
/** A child under 12: the same screen without the withdrawal question. */
const child = { 'q-long': 'no', 'q-fever-neck': 'no', 'q-poison': 'no', 'q-diabetes': 'no', 'q-harm': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 30-year-old whose seizure lasted about 7 minutes', age: '18-to-65-years', answers: { 'q-long': 'yes' }, outcome: 'o-112', urgency: 'U1', source: 'spec:long-repeated-or-pregnant' },
  { story: 'a bystander who does not know how long the seizure lasted (weet ik niet)', age: '18-to-65-years', answers: { 'q-long': 'unknown' }, outcome: 'o-112', urgency: 'U1', source: 'spec:long-repeated-or-pregnant' },
  // Was o-urgent (U2) through q-harm in 0.1.0: fever with a stiff neck now follows the shared module.
  { story: 'a 4-year-old with fever and a stiff neck after a short seizure', age: '4-to-12-years', answers: { 'q-long': 'no', 'q-fever-neck': 'yes' }, outcome: 'o-112', urgency: 'U1', source: 'spec:fever-stiff-neck' },
  { story: 'a parent unsure whether the neck is stiff (weet ik niet)', age: '1-to-4-years', answers: { 'q-long': 'no', 'q-fever-neck': 'unknown' }, outcome: 'o-112', urgency: 'U1', source: 'spec:fever-stiff-neck' },
  { story: 'a 17-year-old who had a seizure after taking pills at a party', age: '16-to-18-years', answers: { 'q-long': 'no', 'q-fever-neck': 'no', 'q-poison': 'yes' }, outcome: 'o-112', urgency: 'U1', source: 'spec:poisoning' },
  { story: 'a toddler found with an open medicine box, then a seizure (weet ik niet what was taken)', age: '1-to-4-years', answers: { 'q-long': 'no', 'q-fever-neck': 'no', 'q-poison': 'unknown' }, outcome: 'o-112', urgency: 'U1', source: 'spec:poisoning' },
  { story: 'a 52-year-old who stopped drinking two days ago and had a seizure, awake again', age: '18-to-65-years', answers: { 'q-long': 'no', 'q-fever-neck': 'no', 'q-poison': 'no', 'q-withdrawal': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:withdrawal' },
  { story: 'a partner unsure whether he cut down on his sleeping pills (weet ik niet)', age: '65-to-70-years', answers: { 'q-long': 'no', 'q-fever-neck': 'no', 'q-poison': 'no', 'q-withdrawal': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:withdrawal' },
  // Was o-urgent (U2) through q-harm; diabetes now has its own question and the sugar outcome.
  { story: 'a 50-year-old with insulin-treated diabetes after a seizure', age: '18-to-65-years', answers: { 'q-long': 'no', 'q-fever-neck': 'no', 'q-poison': 'no', 'q-withdrawal': 'no', 'q-diabetes': 'yes' }, outcome: 'o-sugar', urgency: 'U2', source: 'spec:diabetes-hypo' },
  { story: 'a neighbour who does not know whether the man has diabetes (weet ik niet)', age: '70-years-or-older', answers: { 'q-long': 'no', 'q-fever-neck': 'no', 'q-poison': 'no', 'q-withdrawal': 'no', 'q-diabetes': 'unknown' }, outcome: 'o-sugar', urgency: 'U2', source: 'spec:diabetes-hypo' },
  { story: 'a 40-year-old who hit his head hard when he fell during the seizure', age: '18-to-65-years', answers: { ...adult, 'q-harm': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:injury-or-very-ill' },
  { story: 'unsure whether she got hurt in the fall (weet ik niet)', age: '18-to-65-years', answers: { ...adult, 'q-harm': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:injury-or-very-ill' },
  { story: 'a 2-month-old baby after a short jerking spell', age: '1-to-3-months', answers: child, outcome: 'o-urgent', urgency: 'U2', source: 'spec:young-infant' },
  { story: 'an 18-month-old with fever and a first short febrile seizure, awake again', age: '1-to-4-years', answers: { ...child, 'q-fever': 'yes', 'q-febrile-before': 'no' }, outcome: 'o-febrile-first', urgency: 'U2', source: 'spec:first-febrile-seizure' },
  { story: 'a 2-year-old, fever not measured (weet ik niet), no earlier febrile seizures', age: '1-to-4-years', answers: { ...child, 'q-fever': 'unknown', 'q-febrile-before': 'no' }, outcome: 'o-febrile-first', urgency: 'U2', source: 'spec:first-febrile-seizure' },
  { story: 'a 3-year-old with earlier febrile seizures, fever not measured (weet ik niet)', age: '1-to-4-years', answers: { ...child, 'q-fever': 'unknown', 'q-febrile-before': 'yes' }, outcome: 'o-febrile-first', urgency: 'U2', source: 'spec:first-seizure-child-no-fever' },
  { story: 'a 3-year-old who had febrile seizures before and now another short one', age: '1-to-4-years', answers: { ...child, 'q-fever': 'yes', 'q-febrile-before': 'yes' }, outcome: 'o-febrile-again', urgency: 'U3', source: 'spec:febrile-seizure' },
  { story: 'a 25-year-old with a first seizure ever, now fully recovered', age: '18-to-65-years', answers: { ...adult, 'q-first': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:first-seizure' },
  { story: 'a man who does not know whether he ever had one before (weet ik niet)', age: '18-to-65-years', answers: { ...adult, 'q-first': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:first-seizure' },
  { story: 'an 8-year-old without fever and a first seizure', age: '4-to-12-years', answers: { ...child, 'q-fever': 'no', 'q-first': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:first-seizure-child-no-fever' },
  { story: 'a 40-year-old with epilepsy whose seizure was longer than usual, under 5 minutes', age: '18-to-65-years', answers: { ...adult, 'q-first': 'no', 'q-usual': 'no' }, outcome: 'o-today', urgency: 'U3', source: 'spec:epilepsy-unusual' },
  { story: 'a carer unsure whether the recovery is as usual (weet ik niet)', age: '18-to-65-years', answers: { ...adult, 'q-first': 'no', 'q-usual': 'unknown' }, outcome: 'o-today', urgency: 'U3', source: 'spec:epilepsy-unusual' },
  { story: 'a 35-year-old with known epilepsy after a usual short seizure, fully recovered', age: '18-to-65-years', answers: { ...adult, 'q-first': 'no', 'q-usual': 'yes' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:known-epilepsy' },
];

vignetteTable('aanval-stuip', rows);

describe('aanval-stuip: what a row cannot say', () => {
  it('the sugar outcome tells to give nothing by mouth and call 112 when swallowing fails', () => {
    expect(content.texts.nl!['aanval-stuip']!['o-sugar.safety-net']).toMatch(/niets te eten of te drinken en bel meteen 112/);
  });
});
