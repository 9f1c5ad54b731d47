/**
 * A baby who cries a lot: a bulging fontanel is 112; a parent afraid to hurt the baby, a very ill
 * baby, a fall or shaking, attacks of screaming (intussusception), a hair around a toe and fever
 * under 3 months go to the GP now; fever later, crying differently with other complaints, or a
 * worried parent the GP today; otherwise support or self-care.
 */
import { describe, expect, it } from 'vitest';
import { triage, vignetteTable, type VignetteRow } from './harness.ts';

const newborn = 'under-1-month';
const young = '1-to-3-months';
const infant = '3-to-12-months';
/** The fontanel is not bulging and the parent is not afraid of hurting the baby. */
const start = { 'q-fontanel': 'no', 'q-hurt': 'no' } as const;
/** No red flag at all: the fever question comes next. */
const noRedFlags = { ...start, 'q-ill': 'no', 'q-injury': 'no', 'q-attacks': 'no', 'q-tourniquet': 'no' } as const;
const calm = { ...noRedFlags, 'q-fever': 'no', 'q-different': 'no', 'q-worried': 'no' } as const;

const rows: VignetteRow[] = [
  // More urgent than before: the bulging fontanel was one line of "very ill" (GP now).
  // Module fever-stiff-neck: 112 in every tree that can meet it.
  { story: 'a 4-month-old crying for hours whose fontanelle stays bulging when calm and upright', answers: { 'q-fontanel': 'yes' }, age: infant, outcome: 'o-112', urgency: 'U1', source: 'spec:bulging-fontanel' },
  { story: 'a parent unsure whether the fontanelle bulges (weet ik niet)', answers: { 'q-fontanel': 'unknown' }, age: newborn, outcome: 'o-112', urgency: 'U1', source: 'spec:bulging-fontanel' },
  { story: 'a parent of a 6-week-old, afraid of hurting the baby', answers: { 'q-fontanel': 'no', 'q-hurt': 'yes' }, age: young, outcome: 'o-safe-call', urgency: 'U2', source: 'spec:parent-afraid-to-harm' },
  { story: 'a parent who does not know whether they might hurt the baby (weet ik niet)', answers: { 'q-fontanel': 'no', 'q-hurt': 'unknown' }, age: infant, outcome: 'o-safe-call', urgency: 'U2', source: 'spec:parent-afraid-to-harm' },
  { story: 'a 2-month-old who is floppy and hardly drinks', answers: { ...start, 'q-ill': 'yes' }, age: young, outcome: 'o-urgent', urgency: 'U2', source: 'spec:very-ill-baby' },
  { story: 'a parent unsure whether the baby is more drowsy than usual (weet ik niet)', answers: { ...start, 'q-ill': 'unknown' }, age: newborn, outcome: 'o-urgent', urgency: 'U2', source: 'spec:very-ill-baby' },
  { story: 'a 5-month-old who fell off the changing table and keeps crying', answers: { ...start, 'q-ill': 'no', 'q-injury': 'yes' }, age: infant, outcome: 'o-urgent', urgency: 'U2', source: 'spec:fall-blow-or-shaken' },
  // Review 2026-12-04, huilende-baby: the intussusception pattern was asked only in buikpijn-kind.
  { story: 'a 7-month-old screaming in attacks with the legs pulled up, pale and quiet in between', answers: { ...start, 'q-ill': 'no', 'q-injury': 'no', 'q-attacks': 'yes' }, age: infant, outcome: 'o-urgent', urgency: 'U2', source: 'spec:intussusception-pattern' },
  { story: 'a parent unsure whether the crying comes in attacks (weet ik niet)', answers: { ...start, 'q-ill': 'no', 'q-injury': 'no', 'q-attacks': 'unknown' }, age: infant, outcome: 'o-urgent', urgency: 'U2', source: 'spec:intussusception-pattern' },
  // Review 2026-12-04, huilende-baby: hair tourniquet missing.
  { story: 'a 3-month-old crying inconsolably with a swollen red toe and a thin groove around it', answers: { ...start, 'q-ill': 'no', 'q-injury': 'no', 'q-attacks': 'no', 'q-tourniquet': 'yes' }, age: infant, outcome: 'o-tourniquet', urgency: 'U2', source: 'spec:hair-tourniquet' },
  { story: 'a parent who cannot see well whether a hair is wound around a toe (weet ik niet)', answers: { ...start, 'q-ill': 'no', 'q-injury': 'no', 'q-attacks': 'no', 'q-tourniquet': 'unknown' }, age: young, outcome: 'o-tourniquet', urgency: 'U2', source: 'spec:hair-tourniquet' },
  { story: 'a 6-week-old crying with a temperature of 38.2 °C', answers: { ...noRedFlags, 'q-fever': 'yes' }, age: young, outcome: 'o-urgent', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'a parent of a 3-week-old who has not measured the temperature (weet ik niet)', answers: { ...noRedFlags, 'q-fever': 'unknown' }, age: newborn, outcome: 'o-urgent', urgency: 'U2', source: 'spec:young-infant-fever' },
  { story: 'an 8-month-old with fever who keeps crying', answers: { ...noRedFlags, 'q-fever': 'yes' }, age: infant, outcome: 'o-today', urgency: 'U3', source: 'spec:fever-older-baby' },
  { story: 'a 4-month-old crying shrilly and vomiting, no fever', answers: { ...noRedFlags, 'q-fever': 'no', 'q-different': 'yes' }, age: infant, outcome: 'o-today', urgency: 'U3', source: 'spec:crying-differently-with-symptoms' },
  { story: 'a parent with an uneasy feeling who already called about the crying', answers: { ...noRedFlags, 'q-fever': 'no', 'q-different': 'no', 'q-worried': 'yes' }, age: newborn, outcome: 'o-today', urgency: 'U3', source: 'spec:parent-worried-or-second-contact' },
  { story: 'an exhausted parent of a healthy 7-week-old who cries every evening', answers: { ...calm, 'q-exhausted': 'yes' }, age: young, outcome: 'o-support', urgency: 'U5', source: 'calm path: the baby seems well, the parent needs support' },
  { story: 'a healthy 5-week-old who cries a lot in the evening, parents coping', answers: { ...calm, 'q-exhausted': 'no' }, age: young, outcome: 'o-self-care', urgency: 'U5', source: 'calm self-care path: no alarm sign, parents coping' },
];

vignetteTable('huilende-baby', rows);

describe('huilende-baby: what a row cannot say', () => {
  it('the parent at risk is told to put the baby safely in the cot first', () => {
    const result = triage('huilende-baby', { age: young, answers: { 'q-fontanel': 'no', 'q-hurt': 'yes' } });
    expect(result.outcome).toMatchObject({ urgency: 'U2', channel: 'urgent-gp' });
    expect(result.outcome.advice[0]).toBe('o-safe-call.now');
  });
  it('self-care links the Thuisarts page on crying babies', () => {
    expect(triage('huilende-baby', { age: young, answers: { ...calm, 'q-exhausted': 'no' } }).outcome.thuisarts).toContain('mijn-baby-huilt-wat-kan-ik-doen');
  });
});
