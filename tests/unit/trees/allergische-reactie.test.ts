/**
 * Allergic reactions: anaphylaxis (112) and a swollen face (GP now) first; then an earlier severe reaction, a new
 * medicine (GP today), hives after food or a sting (self-care and an e-consult) and hives for over 6 weeks.
 */
import { describe, expect, it } from 'vitest';
import { content, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const NO_SWELLING = { 'q-anaphylaxis': 'no', 'q-swelling': 'no', 'q-history': 'no' } as const;
/** Also no new medicine: the food-or-sting question comes next. */
const noMedicine = { ...NO_SWELLING, 'q-new-medicine': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a teenager who ate a peanut and has a swollen throat', answers: { 'q-anaphylaxis': 'yes' }, age: '12-to-16-years', outcome: 'o-112', urgency: 'U1', source: 'spec:anaphylaxis' },
  { story: 'someone unsure whether breathing is getting harder (weet ik niet)', answers: { 'q-anaphylaxis': 'unknown' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:anaphylaxis' },
  { story: 'a 30-year-old with swollen lips and eyes but normal breathing', answers: { 'q-anaphylaxis': 'no', 'q-swelling': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:face-swelling' },
  { story: 'not sure whether the face is puffier than usual (weet ik niet)', answers: { 'q-anaphylaxis': 'no', 'q-swelling': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:face-swelling' },
  // Review 2026-12-04, allergische-reactie, missing red flag (minor): ACE-inhibitor angio-oedema.
  { story: 'a 68-year-old on lisinopril for years with a swollen lip and no hives', answers: { 'q-anaphylaxis': 'no', 'q-swelling': 'yes' }, age: '65-to-70-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:ace-inhibitor-angio-oedema' },
  { story: 'a child with an EpiPen who now has hives after eating at a party', answers: { 'q-anaphylaxis': 'no', 'q-swelling': 'no', 'q-history': 'yes' }, age: '4-to-12-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:earlier-severe-reaction' },
  { story: 'a parent unsure whether the earlier reaction was severe (weet ik niet)', answers: { 'q-anaphylaxis': 'no', 'q-swelling': 'no', 'q-history': 'unknown' }, age: '1-to-4-years', outcome: 'o-urgent', urgency: 'U2', source: 'spec:earlier-severe-reaction' },
  { story: 'a 45-year-old with hives spreading all over an hour after starting a new antibiotic', answers: { ...NO_SWELLING, 'q-new-medicine': 'yes' }, age: adult, outcome: 'o-medicine', urgency: 'U3', source: 'spec:new-medicine' },
  { story: 'a man who is not sure whether his new pills started before the hives (weet ik niet)', answers: { ...NO_SWELLING, 'q-new-medicine': 'unknown' }, age: adult, outcome: 'o-medicine', urgency: 'U3', source: 'spec:new-medicine' },
  // Review 2026-12-04, allergische-reactie, over-triage: q-spreading (hives after food or a sting, no other signs)
  // was U3. Less urgent now: the NHG-Behandelrichtlijn Urticaria en angio-oedeem calls acute urticaria benign and
  // treats it with an antihistamine; self-care with a 112 safety net and an e-consult.
  { story: 'a 25-year-old with hives all over an hour after a meal with shrimp, breathing fine', answers: { ...noMedicine, 'q-spreading': 'yes' }, age: adult, outcome: 'o-trigger', urgency: 'U4', source: 'spec:hives-after-food-or-sting' },
  { story: 'a child with hives after a bee sting in the garden, no other signs', answers: { ...noMedicine, 'q-spreading': 'yes' }, age: '4-to-12-years', outcome: 'o-trigger', urgency: 'U4', source: 'spec:hives-after-food-or-sting' },
  { story: 'unsure what came before the hives (weet ik niet)', answers: { ...noMedicine, 'q-spreading': 'unknown' }, age: adult, outcome: 'o-trigger', urgency: 'U4', source: 'spec:hives-after-food-or-sting' },
  { story: 'a 35-year-old with hives coming and going for three months', answers: { ...noMedicine, 'q-spreading': 'no', 'q-long': 'yes' }, age: adult, outcome: 'o-e-consult', urgency: 'U4', source: 'spec:chronic-hives' },
  { story: 'a few itchy hives since this morning, nothing else', answers: { ...noMedicine, 'q-spreading': 'no', 'q-long': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'Thuisarts: Ik heb netelroos' },
];

vignetteTable('allergische-reactie', rows);

describe('allergische-reactie: texts', () => {
  // Review 2026-12-04, allergische-reactie, lay-language: "antihistaminicum" is jargon.
  it('no text says "antihistaminicum"; the allergy tablet is named with examples', () => {
    for (const language of ['nl', 'en'] as const) {
      const texts = Object.values(content.texts[language]!['allergische-reactie']!).join(' ');
      expect(texts).not.toMatch(/antihistamin/i);
    }
    expect(content.texts.nl!['allergische-reactie']!['o-self-care.what']).toMatch(/tablet tegen allergie.*cetirizine/);
  });

  it('the swelling question names the ACE inhibitors and counts swelling without bumps', () => {
    const nl = content.texts.nl!['allergische-reactie']!;
    expect(nl['q-swelling.explanation']).toMatch(/ACE-remmers/);
    expect(nl['q-swelling.hint']).toMatch(/geen jeukende bultjes/);
  });
});
