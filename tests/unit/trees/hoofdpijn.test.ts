/**
 * Headache: sudden or neurological signs, fever with a stiff neck and carbon monoxide are 112;
 * the rest of the danger screen, a recent blow to the head, temporal arteritis from 50 and pregnancy
 * come before a familiar headache may be looked after at home. Spec: decision-trees/specs/hoofdpijn.json.
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

/** No danger signs and no blow to the head in the past 6 weeks. */
const screened = { 'q-sudden': 'no', 'q-fever-neck': 'no', 'q-co': 'no', 'q-urgent-signs': 'no', 'q-injury': 'no' } as const;
/** An adult under 50 who is not pregnant. */
const adult = { ...screened, 'q-over-50': 'no', 'q-pregnant': 'no' } as const;
/** A headache the person does not know, with a pain score, no risk group, not long-lasting. */
const unfamiliar = (pain: number | 'unknown') => ({ 'q-usual': 'no', 'q-pain': pain, 'q-risk': 'no', 'q-long': 'no' }) as const;

const rows: VignetteRow[] = [
  // Danger screen.
  { story: 'a 45-year-old with a sudden, explosive, worst-ever headache while lifting', age: '18-to-65-years', answers: { 'q-sudden': 'yes' }, outcome: 'o-112', urgency: 'U1', source: 'spec:sudden-worst-or-neurological' },
  { story: 'unsure whether the headache came on within a minute (weet ik niet)', age: '18-to-65-years', answers: { 'q-sudden': 'unknown' }, outcome: 'o-112', urgency: 'U1', source: 'spec:sudden-worst-or-neurological' },
  // Was o-urgent (U2) in 0.1.0: fever with a stiff neck now follows the shared module (112).
  { story: 'a 17-year-old with fever, headache and a stiff neck', age: '16-to-18-years', answers: { 'q-sudden': 'no', 'q-fever-neck': 'yes' }, outcome: 'o-112', urgency: 'U1', source: 'spec:fever-stiff-neck' },
  { story: 'a baby of 6 months with fever and maybe a bulging fontanelle (weet ik niet)', age: '3-to-12-months', answers: { 'q-sudden': 'no', 'q-fever-neck': 'unknown' }, outcome: 'o-112', urgency: 'U1', source: 'spec:fever-stiff-neck' },
  { story: 'a family where everyone has a headache and nausea at home, better outside', age: '18-to-65-years', answers: { 'q-sudden': 'no', 'q-fever-neck': 'no', 'q-co': 'yes' }, outcome: 'o-co', urgency: 'U1', source: 'spec:carbon-monoxide' },
  { story: 'unsure whether it could be carbon monoxide (weet ik niet)', age: '70-years-or-older', answers: { 'q-sudden': 'no', 'q-fever-neck': 'no', 'q-co': 'unknown' }, outcome: 'o-co', urgency: 'U1', source: 'spec:carbon-monoxide' },
  { story: 'a 25-year-old with a headache, fever and feeling very ill', age: '18-to-65-years', answers: { 'q-sudden': 'no', 'q-fever-neck': 'no', 'q-co': 'no', 'q-urgent-signs': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:fever-very-ill-or-vomiting' },
  { story: 'unsure about fever or vomiting (weet ik niet)', age: '18-to-65-years', answers: { 'q-sudden': 'no', 'q-fever-neck': 'no', 'q-co': 'no', 'q-urgent-signs': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:fever-very-ill-or-vomiting' },
  // Blow to the head in the past 6 weeks.
  { story: 'a 7-year-old with a worsening headache two days after falling off a bike', age: '4-to-12-years', answers: { ...screened, 'q-injury': 'yes', 'q-thinners': 'no', 'q-injury-worse': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:head-blow-worsening' },
  { story: 'a 40-year-old unsure whether the headache is worse since the blow (weet ik niet)', age: '18-to-65-years', answers: { ...screened, 'q-injury': 'yes', 'q-thinners': 'no', 'q-injury-worse': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:head-blow-worsening' },
  { story: 'a carer who does not know whether her father of 80 hit his head lately (weet ik niet)', age: '70-years-or-older', answers: { ...screened, 'q-injury': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:head-blow-worsening' },
  { story: 'a 76-year-old on apixaban with a headache since bumping his head last week', age: '70-years-or-older', answers: { ...screened, 'q-injury': 'yes', 'q-thinners': 'yes' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:blood-thinners-head-blow' },
  { story: 'unsure about blood thinners after a blow to the head (weet ik niet)', age: '65-to-70-years', answers: { ...screened, 'q-injury': 'yes', 'q-thinners': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:blood-thinners-head-blow' },
  {
    story: 'a 30-year-old with a mild headache since a knock a week ago, not worse, no blood thinners',
    age: '18-to-65-years',
    answers: { ...screened, 'q-injury': 'yes', 'q-thinners': 'no', 'q-injury-worse': 'no', 'q-over-50': 'no', 'q-pregnant': 'no', ...unfamiliar(3) },
    outcome: 'o-self-care',
    urgency: 'U5',
    source: 'Thuisarts: Ik heb hoofdpijn (a stable headache after a blow goes on through the tree)',
  },
  // Temporal arteritis from 50 (review finding: never asked).
  { story: 'a 58-year-old with a new headache and blurred sight in one eye', age: '18-to-65-years', answers: { ...screened, 'q-over-50': 'yes', 'q-arteritis': 'vision' }, outcome: 'o-arteritis-urgent', urgency: 'U2', source: 'spec:arteritis-vision' },
  { story: 'a 68-year-old unsure about jaw pain or eyesight (weet ik niet)', age: '65-to-70-years', answers: { ...screened, 'q-arteritis': 'unknown' }, outcome: 'o-arteritis-urgent', urgency: 'U2', source: 'spec:arteritis-vision' },
  { story: 'a 74-year-old with a headache and jaw pain when chewing, eyesight fine, pain 5', age: '70-years-or-older', answers: { ...screened, 'q-arteritis': 'jaw-scalp', 'q-pain-arteritis': 5 }, outcome: 'o-arteritis-today', urgency: 'U3', source: 'spec:arteritis-jaw-scalp' },
  { story: 'a 55-year-old with a tender scalp when combing, pain 4', age: '18-to-65-years', answers: { ...screened, 'q-over-50': 'yes', 'q-arteritis': 'jaw-scalp', 'q-pain-arteritis': 4 }, outcome: 'o-arteritis-today', urgency: 'U3', source: 'spec:arteritis-jaw-scalp' },
  { story: 'a 66-year-old with a tender temple and a headache scored 9', age: '65-to-70-years', answers: { ...screened, 'q-arteritis': 'jaw-scalp', 'q-pain-arteritis': 9 }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:severe-unfamiliar-pain' },
  // Pregnancy.
  { story: 'a 32-year-old who is 34 weeks pregnant with a headache scored 5', age: '18-to-65-years', answers: { ...screened, 'q-over-50': 'no', 'q-pregnant': 'yes', 'q-pain-pregnant': 5 }, outcome: 'o-pregnant', urgency: 'U3', source: 'spec:pregnancy' },
  { story: 'a 17-year-old unsure whether she is pregnant (weet ik niet), pain 3', age: '16-to-18-years', answers: { ...screened, 'q-pregnant': 'unknown', 'q-pain-pregnant': 3 }, outcome: 'o-pregnant', urgency: 'U3', source: 'spec:pregnancy' },
  { story: 'a woman two weeks after giving birth with a headache scored 8', age: '18-to-65-years', answers: { ...screened, 'q-over-50': 'no', 'q-pregnant': 'yes', 'q-pain-pregnant': 8 }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:pregnancy-severe-pain' },
  { story: 'a pregnant woman who cannot score her pain (weet ik niet)', age: '18-to-65-years', answers: { ...screened, 'q-over-50': 'no', 'q-pregnant': 'yes', 'q-pain-pregnant': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:pregnancy-severe-pain' },
  // Familiar or not, and how bad.
  { story: 'a 38-year-old with a headache scored 9 out of 10, unlike any before', age: '18-to-65-years', answers: { ...adult, 'q-usual': 'no', 'q-pain': 9 }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:severe-unfamiliar-pain' },
  { story: 'a 35-year-old who does not know this headache and cannot score it (weet ik niet)', age: '18-to-65-years', answers: { ...adult, 'q-usual': 'no', 'q-pain': 'unknown' }, outcome: 'o-urgent', urgency: 'U2', source: 'spec:severe-unfamiliar-pain' },
  // Review finding (over-triage): pain 8 or more sent a person's own migraine to the GP now (U2).
  // This path is now self-care: the pain score is no longer asked for a familiar headache. The NTS raises
  // urgency for severe pain, and the NHG-Standaard Hoofdpijn treats a familiar migraine at home with the
  // person's own medicines; the GP comes in when they fail (next rows).
  { story: 'a 30-year-old with her usual migraine attack scored 9, own medicine not taken yet', age: '18-to-65-years', answers: { ...adult, 'q-usual': 'yes', 'q-usual-help': 'no' }, outcome: 'o-self-care', urgency: 'U5', source: 'review: hoofdpijn over-triage, pain 8 or more for a familiar migraine' },
  { story: 'a 30-year-old with her usual migraine attack whose triptan does not help', age: '18-to-65-years', answers: { ...adult, 'q-usual': 'yes', 'q-usual-help': 'yes' }, outcome: 'o-today-pain', urgency: 'U3', source: 'spec:familiar-not-helping' },
  { story: 'a man with his usual cluster attacks, unsure whether his medicine helps (weet ik niet)', age: '18-to-65-years', answers: { ...adult, 'q-usual': 'yes', 'q-usual-help': 'unknown' }, outcome: 'o-today-pain', urgency: 'U3', source: 'spec:familiar-not-helping' },
  { story: 'a 12-year-old with her known migraine, own medicine helps', age: '12-to-16-years', answers: { ...screened, 'q-usual': 'yes', 'q-usual-help': 'no' }, outcome: 'o-self-care-child', urgency: 'U5', source: 'calm self-care path' },
  // Risk groups.
  { story: 'a 62-year-old on rivaroxaban with a new headache scored 4, no blow to the head', age: '18-to-65-years', answers: { ...screened, 'q-over-50': 'yes', 'q-arteritis': 'no', 'q-pregnant': 'no', 'q-usual': 'no', 'q-pain': 4, 'q-risk': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:blood-thinners-immunity-or-cancer' },
  { story: 'a 45-year-old on chemotherapy with a new headache scored 5', age: '18-to-65-years', answers: { ...adult, 'q-usual': 'no', 'q-pain': 5, 'q-risk': 'yes' }, outcome: 'o-today', urgency: 'U3', source: 'spec:blood-thinners-immunity-or-cancer' },
  { story: 'unsure whether her resistance is low (weet ik niet), new headache', age: '18-to-65-years', answers: { ...adult, 'q-usual': 'no', 'q-pain': 3, 'q-risk': 'unknown' }, outcome: 'o-today', urgency: 'U3', source: 'spec:blood-thinners-immunity-or-cancer' },
  // Duration and age.
  { story: 'a 58-year-old with a new kind of headache for a week', age: '18-to-65-years', answers: { ...screened, 'q-over-50': 'yes', 'q-arteritis': 'no', 'q-pregnant': 'no', ...unfamiliar(4) }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:new-headache-over-50' },
  { story: 'a 67-year-old with a new kind of headache, no arteritis signs', age: '65-to-70-years', answers: { ...screened, 'q-arteritis': 'no', ...unfamiliar(3) }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:new-headache-over-50' },
  { story: 'a 10-year-old waking with headaches and vomiting for weeks', age: '4-to-12-years', answers: { ...screened, ...unfamiliar(4), 'q-long': 'yes' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:long-or-progressive' },
  { story: 'a 35-year-old unsure how long the headache has lasted (weet ik niet)', age: '18-to-65-years', answers: { ...adult, ...unfamiliar(4), 'q-long': 'unknown' }, outcome: 'o-next-day', urgency: 'U4', source: 'spec:long-or-progressive' },
  // Calm paths.
  { story: 'an 8-year-old with a mild headache and a cold', age: '4-to-12-years', answers: { ...screened, ...unfamiliar(3) }, outcome: 'o-self-care-child', urgency: 'U5', source: 'calm self-care path' },
  { story: 'a 28-year-old with a first tension headache after a busy week, pain 4', age: '18-to-65-years', answers: { ...adult, ...unfamiliar(4) }, outcome: 'o-self-care', urgency: 'U5', source: 'calm self-care path' },
];

vignetteTable('hoofdpijn', rows);

describe('hoofdpijn: what a row cannot say', () => {
  it('every pain question offers "weet ik niet", and a familiar headache is never scored', () => {
    const nodes = content.planned.get('hoofdpijn')!.tree.nodes;
    for (const id of ['q-pain', 'q-pain-arteritis', 'q-pain-pregnant']) expect(nodes[id]).toMatchObject({ input: 'number', unknown: 'common:answer.notMeasured', text: 'q-pain.text' });
    expect(nodes['q-usual-help']).toMatchObject({ next: { otherwise: 'o-self-care' } });
  });
});
