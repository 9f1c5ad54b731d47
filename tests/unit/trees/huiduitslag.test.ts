/**
 * Rash: a severe allergy, a stiff neck or spots that do not fade with fever are 112; such spots
 * without fever and a serious skin reaction the GP now; fever or feeling ill, a spreading red area,
 * shingles in the face, low immunity and chickenpox in pregnancy the GP today.
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const adult = '18-to-65-years';
const toddler = '1-to-4-years';
/** No 112 sign and no serious skin reaction: fever or feeling ill comes next. */
const noRedFlags = { 'q-allergy': 'no', 'q-neck': 'no', 'q-petechiae': 'no', 'q-skin-serious': 'no' } as const;
/** Also not ill, no spreading red area, no shingles in the face, immunity fine. */
const calm = { ...noRedFlags, 'q-ill': 'no', 'q-cellulitis': 'no', 'q-face': 'no', 'q-immunity': 'no' } as const;
/** An adult of 12 to 65 is asked about pregnancy next. */
const calmAdult = { ...calm, 'q-pregnant': 'no' } as const;

describe('huiduitslag: what a row cannot say', () => {
  it('fever with spots that do not fade is caught by the ABCDE screen first: 112', () => {
    const result = triage('huiduitslag', { age: toddler, answers: { 'q-spots': 'yes' } });
    expect(result.id).toBe('o-call-112');
    expect(result.outcome.channel).toBe('emergency-112');
  });
  it('self-care links the Thuisarts pages on hives and eczema', () => {
    const adultCare = triage('huiduitslag', { age: adult, answers: { ...calmAdult, 'q-medicine': 'no', 'q-days': 0 } });
    expect(adultCare.outcome.thuisarts).toEqual(expect.arrayContaining(['ik-heb-netelroos', 'ik-heb-eczeem-wat-kan-ik-zelf-doen']));
    const childCare = triage('huiduitslag', { age: toddler, answers: { ...calm, 'q-medicine': 'no', 'q-days': 5 } });
    expect(childCare.outcome.thuisarts).toContain('mijn-kind-heeft-eczeem');
    expect(triage('huiduitslag', { age: toddler, answers: { ...noRedFlags, 'q-ill': 'yes' } }).outcome.thuisarts).toContain(
      'mijn-kind-is-ziek-en-heeft-vlekjes',
    );
  });
});
