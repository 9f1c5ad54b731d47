import { describe, expect, it } from 'vitest';
import { content, triage, vignetteTable, type VignetteRow } from './harness.ts';

const adult = '18-to-65-years';
const elderly = '70-years-or-older';
const child = '4-to-12-years';
const baby = '3-to-12-months';
const noRedFlags = { 'q-long': 'no', 'q-faint': 'no', 'q-blow': 'no' } as const;
/** No urgent sign, no blood thinners, no platelet medicine or bleeding disorder: how often comes next. */
const noRisk = { ...noRedFlags, 'q-thinners': 'no', 'q-bleeding-risk': 'no' } as const;

const rows: VignetteRow[] = [
  { story: 'a 60-year-old whose nose still bleeds after 20 minutes of proper pinching', answers: { 'q-long': 'yes' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:not-stopping-after-pressing' },
  { story: 'someone unsure whether it has been 20 minutes (weet ik niet)', answers: { 'q-long': 'unknown' }, age: adult, outcome: 'o-urgent', urgency: 'U2', source: 'spec:not-stopping-after-pressing' },
  // Review brief: a nosebleed over 30 minutes on anticoagulants (LTA: specialist at once). q-long is asked
  // before blood thinners, so such a bleed is U2 whatever the medicine.
  { story: 'a 78-year-old on rivaroxaban whose nosebleed has gone on for 40 minutes despite pinching', answers: { 'q-long': 'yes' }, age: elderly, outcome: 'o-urgent', urgency: 'U2', source: 'spec:not-stopping-after-pressing' },
  { story: 'a 75-year-old who feels faint and pale with blood running down the throat', answers: { 'q-long': 'no', 'q-faint': 'yes' }, age: elderly, outcome: 'o-urgent', urgency: 'U2', source: 'spec:heavy-loss-or-faint' },
  { story: 'a carer who cannot tell how much blood was lost (weet ik niet)', answers: { 'q-long': 'no', 'q-faint': 'unknown' }, age: elderly, outcome: 'o-urgent', urgency: 'U2', source: 'spec:heavy-loss-or-faint' },
  { story: 'a 24-year-old with a crooked, bleeding nose after a punch', answers: { 'q-long': 'no', 'q-faint': 'no', 'q-blow': 'yes', 'q-thinners': 'no' }, age: adult, outcome: 'o-blow', urgency: 'U3', source: 'spec:after-a-blow' },
  { story: 'a 9-year-old with a nosebleed after a football to the face', answers: { 'q-long': 'no', 'q-faint': 'no', 'q-blow': 'yes', 'q-thinners': 'no' }, age: child, outcome: 'o-blow-child', urgency: 'U3', source: 'spec:after-a-blow' },
  { story: 'a 30-year-old who woke with a nosebleed and is not sure whether she bumped her nose (weet ik niet)', answers: { 'q-long': 'no', 'q-faint': 'no', 'q-blow': 'unknown', 'q-thinners': 'no' }, age: adult, outcome: 'o-blow', urgency: 'U3', source: 'spec:after-a-blow' },
  // New: the blow-to-the-head module. Before, a blow on blood thinners ended at o-blow (U3), never asking thinners.
  { story: 'an 80-year-old on apixaban who fell on her face and has a nosebleed', answers: { 'q-long': 'no', 'q-faint': 'no', 'q-blow': 'yes', 'q-thinners': 'yes' }, age: elderly, outcome: 'o-blow-thinners', urgency: 'U2', source: 'spec:blow-on-blood-thinners' },
  { story: 'a 76-year-old after a fall who does not know whether his pills are blood thinners (weet ik niet)', answers: { 'q-long': 'no', 'q-faint': 'no', 'q-blow': 'yes', 'q-thinners': 'unknown' }, age: elderly, outcome: 'o-blow-thinners', urgency: 'U2', source: 'spec:blow-on-blood-thinners' },
  { story: 'a 72-year-old on apixaban with a nosebleed', answers: { ...noRedFlags, 'q-thinners': 'yes' }, age: elderly, outcome: 'o-thinners', urgency: 'U3', source: 'spec:anticoagulants-nosebleed' },
  { story: 'not sure whether the pills are blood thinners (weet ik niet)', answers: { ...noRedFlags, 'q-thinners': 'unknown' }, age: elderly, outcome: 'o-thinners', urgency: 'U3', source: 'spec:anticoagulants-nosebleed' },
  { story: 'a 66-year-old on clopidogrel after a stent, with a nosebleed that has stopped', answers: { ...noRedFlags, 'q-thinners': 'no', 'q-bleeding-risk': 'yes' }, age: '65-to-70-years', outcome: 'o-thinners', urgency: 'U3', source: 'spec:platelets-or-bleeding-disorder' },
  { story: 'a 12-year-old with haemophilia and a nosebleed', answers: { ...noRedFlags, 'q-thinners': 'no', 'q-bleeding-risk': 'yes' }, age: '12-to-16-years', outcome: 'o-thinners', urgency: 'U3', source: 'spec:platelets-or-bleeding-disorder' },
  { story: 'someone unsure whether a medicine slows the platelets (weet ik niet)', answers: { ...noRedFlags, 'q-thinners': 'no', 'q-bleeding-risk': 'unknown' }, age: adult, outcome: 'o-thinners', urgency: 'U3', source: 'spec:platelets-or-bleeding-disorder' },
  { story: 'an 8-month-old baby with a nosebleed that stopped', answers: noRisk, age: baby, outcome: 'o-baby', urgency: 'U4', source: 'spec:baby-under-one' },
  { story: 'a 10-year-old with nosebleeds every week', answers: { ...noRisk, 'q-recurring': 'yes' }, age: child, outcome: 'o-gp', urgency: 'U4', source: 'spec:recurring-nosebleeds' },
  { story: 'someone who cannot say how often the nose bleeds (weet ik niet)', answers: { ...noRisk, 'q-recurring': 'unknown' }, age: adult, outcome: 'o-gp', urgency: 'U4', source: 'spec:recurring-nosebleeds' },
  { story: 'a 30-year-old with a first nosebleed that stopped after pinching', answers: { ...noRisk, 'q-recurring': 'no' }, age: adult, outcome: 'o-self-care', urgency: 'U5', source: 'NHS: Nose bleeds (treat at home with pressure)' },
];

vignetteTable('neusbloeding', rows);

describe('neusbloeding: outcomes and texts', () => {
  it('self-care first explains how to press, and links to Thuisarts', () => {
    const result = triage('neusbloeding', { age: adult, answers: { ...noRisk, 'q-recurring': 'no' } });
    expect(result.outcome).toMatchObject({ thuisarts: ['ik-heb-bloedneus'] });
    expect(result.outcome.advice[0]).toBe('o-self-care.press');
  });
  it('the blood-thinner question uses the shared text', () => {
    expect(content.planned.get('neusbloeding')!.tree.nodes['q-thinners']).toMatchObject({ text: 'common:risk.blood-thinners.text' });
  });
});
