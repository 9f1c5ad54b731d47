/**
 * Someone is confused: sudden severe confusion is 112 on the ABCDE screen; new confusion over hours
 * or days (delirium) is the GP now with diabetes, from 70, or with risk signs, else the GP today;
 * slow forgetfulness over months is a calm appointment. Spec: decision-trees/specs/verward.json.
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

const rows: VignetteRow[] = [
  { story: 'a man who suddenly does not recognise his wife and hardly responds', age: '70-years-or-older', screen: 'given', answers: { 'q-breathing': 'no', 'q-awake': 'yes' }, outcome: 'o-call-112', urgency: 'U1', source: 'spec:suddenly-very-confused' },
  // Updated in 0.2.0: q-sudden is now asked first, then the diabetes question.
  { story: 'an 80-year-old on insulin who is confused and sweaty', age: '70-years-or-older', answers: { 'q-sudden': 'yes', 'q-sugar': 'yes' }, outcome: 'o-sugar', urgency: 'U2', source: 'spec:diabetes-hypo' },
  { story: 'a carer who does not know whether the person has diabetes (weet ik niet)', age: '70-years-or-older', answers: { 'q-sudden': 'yes', 'q-sugar': 'unknown' }, outcome: 'o-sugar', urgency: 'U2', source: 'spec:diabetes-hypo' },
  { story: 'a 40-year-old on insulin, muddled since this afternoon', age: '18-to-65-years', answers: { 'q-sudden': 'yes', 'q-sugar': 'yes' }, outcome: 'o-sugar', urgency: 'U2', source: 'spec:diabetes-hypo' },
  { story: 'an 85-year-old, confused since yesterday, with fever and hardly drinking', age: '70-years-or-older', answers: { 'q-sudden': 'yes', 'q-sugar': 'no' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:new-confusion-70-plus' },
  { story: 'a daughter unsure whether the confusion is new (weet ik niet), father of 82', age: '70-years-or-older', answers: { 'q-sudden': 'unknown', 'q-sugar': 'no' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:new-confusion-70-plus' },
  // Was o-today (U3) in 0.1.0. Review finding: acute confusion in older people is urgent
  // (NHG-Standaard Delier: a serious, urgent condition).
  { story: 'a 78-year-old, restless and seeing things since this morning, drinking well, no fever', age: '70-years-or-older', answers: { 'q-sudden': 'yes', 'q-sugar': 'no' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:new-confusion-70-plus' },
  { story: 'a 66-year-old with dementia who became much more confused over two days', age: '65-to-70-years', answers: { 'q-sudden': 'yes', 'q-sugar': 'no', 'q-signs': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:new-confusion-with-risk' },
  { story: 'a son unsure about fever or drinking (weet ik niet), mother of 60 confused since yesterday', age: '18-to-65-years', answers: { 'q-sudden': 'yes', 'q-sugar': 'no', 'q-signs': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:new-confusion-with-risk' },
  { story: 'a 55-year-old, muddled since starting a new medicine two days ago, no other signs', age: '18-to-65-years', answers: { 'q-sudden': 'yes', 'q-sugar': 'no', 'q-signs': 'no' }, outcome: 'o-today', urgency: 'U3', source: 'spec:new-confusion' },
  { story: 'a 60-year-old who has been muddled for a few weeks, not sudden, not slowly over months', age: '18-to-65-years', answers: { 'q-sudden': 'no', 'q-long': 'no' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:confusion-for-weeks' },
  { story: 'unsure whether it has been getting worse over months (weet ik niet)', age: '18-to-65-years', answers: { 'q-sudden': 'no', 'q-long': 'unknown' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:confusion-for-weeks' },
  { story: 'a 76-year-old who has become slowly more forgetful over the past year', age: '70-years-or-older', answers: { 'q-sudden': 'no', 'q-long': 'yes' }, outcome: 'o-own-practice', urgency: 'U5', source: 'calm path: appointment at the practice' },
  // Less urgent than 0.1.0, where any person with diabetes went to "give sugar and call now" (U2) first.
  // NHG-Standaard Delier: delirium starts within hours to days; a hypo is acute (DVN: Hypo). Slow
  // forgetfulness over months in someone with diabetes is a calm appointment, like anyone else's.
  { story: 'a 77-year-old on insulin who has become slowly more forgetful over the past year', age: '70-years-or-older', answers: { 'q-sudden': 'no', 'q-long': 'yes' }, outcome: 'o-own-practice', urgency: 'U5', source: 'NHG-Standaard Delier (onset in hours to days); DVN: Hypo (acute)' },
];

vignetteTable('verward', rows);

describe('verward: what a row cannot say', () => {
  it('the sugar outcome says to give nothing by mouth and call 112 when swallowing fails', () => {
    expect(content.texts.nl!.verward!['o-sugar.safety-net']).toMatch(/niets te eten of te drinken en bel meteen 112/);
  });
});
