import { describe, expect, it } from 'vitest';
import { content, triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const child = '4-to-12-years';
const saturdayNight = '2026-11-28T21:00:00+01:00';
/** No airway trouble, no spreading swelling, fever, or trouble swallowing or opening the mouth. */
const noRedFlags = { 'q-airway': 'no', 'q-swelling': 'no' } as const;

const rows: VignetteRow[] = [
  // Review brief: trouble breathing with a dental infection.
  { story: 'a 40-year-old with a toothache whose neck swells fast and who breathes with difficulty', answers: { 'q-airway': 'yes' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:airway-swelling' },
  { story: 'someone unsure whether breathing is harder (weet ik niet)', answers: { 'q-airway': 'unknown' }, age: adult, outcome: 'o-112', urgency: 'U1', source: 'spec:airway-swelling' },
  // Review brief: swelling spreading to the eye or neck. Before, without a fever, this ended at the dentist (U5).
  { story: 'a 30-year-old with a swollen cheek that spreads up to the eye, no fever', answers: { 'q-airway': 'no', 'q-swelling': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:swelling-towards-eye-or-neck' },
  { story: 'a 34-year-old with a swollen cheek, fever and a mouth that barely opens', answers: { 'q-airway': 'no', 'q-swelling': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:swelling-with-fever' },
  { story: 'a 50-year-old who drools and can hardly swallow since a wisdom tooth infection', answers: { 'q-airway': 'no', 'q-swelling': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:cannot-swallow-or-open-mouth' },
  { story: 'unsure whether the swelling counts (weet ik niet)', answers: { 'q-airway': 'no', 'q-swelling': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:swelling-towards-eye-or-neck' },
  // Review brief: out-of-hours dental problems. The dental emergency service is named in both dentist outcomes.
  { story: 'a 28-year-old with a swollen gum at a painful molar on Saturday night, no fever', answers: { ...noRedFlags, 'q-tooth': 'yes', 'q-dental': 'yes' }, age: adult, at: saturdayNight, outcome: 'o-dentist-today', urgency: 'U5', source: 'Dentpoint and Drentsche Aa Tandheelkunde: a swelling cheek is a dental emergency (dentist on duty)' },
  { story: 'a 10-year-old whose front tooth was knocked out at football', answers: { ...noRedFlags, 'q-tooth': 'yes', 'q-dental': 'yes' }, age: child, outcome: 'o-dentist-today', urgency: 'U5', source: 'Drentsche Aa Tandheelkunde: a knocked-out tooth needs the dentist at once' },
  { story: 'a 45-year-old with toothache on Saturday night and no swelling', answers: { ...noRedFlags, 'q-tooth': 'yes', 'q-dental': 'no' }, age: adult, at: saturdayNight, outcome: 'o-dentist', urgency: 'U5', source: 'NHS: Dental abscess (toothache belongs with the dentist, not the GP)' },
  { story: 'an 8-year-old with toothache', answers: { ...noRedFlags, 'q-tooth': 'yes', 'q-dental': 'no' }, age: child, outcome: 'o-dentist', urgency: 'U5', source: 'NHS: Dental abscess (toothache belongs with the dentist, not the GP)' },
  { story: 'a 2-year-old with many painful blisters in the mouth who refuses to drink', answers: { ...noRedFlags, 'q-tooth': 'no', 'q-child-drinking': 'yes' }, age: '1-to-4-years', outcome: 'o-today', urgency: 'U3', source: 'spec:child-not-drinking' },
  { story: 'a parent unsure whether the toddler drinks enough (weet ik niet)', answers: { ...noRedFlags, 'q-tooth': 'no', 'q-child-drinking': 'unknown' }, age: '1-to-4-years', outcome: 'o-today', urgency: 'U3', source: 'spec:child-not-drinking' },
  { story: 'a 63-year-old smoker with a sore on the tongue for 5 weeks', answers: { ...noRedFlags, 'q-tooth': 'no', 'q-ulcer': 'yes' }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:ulcer-over-three-weeks' },
  { story: 'someone who does not remember how long the patch has been there (weet ik niet)', answers: { ...noRedFlags, 'q-tooth': 'no', 'q-ulcer': 'unknown' }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:ulcer-over-three-weeks' },
  { story: 'a 28-year-old with two mouth ulcers for 4 days', answers: { ...noRedFlags, 'q-tooth': 'no', 'q-ulcer': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'NHS: Mouth ulcers (they clear up within 1 to 2 weeks)' },
  { story: 'a 6-year-old with a mouth ulcer, drinking fine', answers: { ...noRedFlags, 'q-tooth': 'no', 'q-child-drinking': 'no', 'q-ulcer': 'no' }, age: child, outcome: 'o-self-care-child', urgency: 'U5', source: 'NHS: Mouth ulcers (they clear up within 1 to 2 weeks)' },
];

vignetteTable('kiespijn-mond', rows);

describe('kiespijn-mond: outcomes and texts', () => {
  const nl = (key: string) => content.texts.nl!['kiespijn-mond']![key]!;
  it('both dentist outcomes name the dental emergency service for evenings and weekends', () => {
    expect(nl('o-dentist.what')).toMatch(/tandarts-spoeddienst/);
    expect(nl('o-dentist-today.what')).toMatch(/tandarts-spoeddienst/);
  });
  it('the swelling question names spreading to the eye or neck', () => {
    expect(nl('q-swelling.hint')).toMatch(/naar je oog of naar je hals/);
  });
  it('self-care for a child links to the Thuisarts child pages', () => {
    const result = triage('kiespijn-mond', {
      age: child,
      answers: { ...noRedFlags, 'q-tooth': 'no', 'q-child-drinking': 'no', 'q-ulcer': 'no' },
    });
    expect(result.outcome.thuisarts).toContain('mijn-kind-heeft-aften');
  });
});
