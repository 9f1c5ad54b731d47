/**
 * The cases from the field (../shared/domain.md §6), end to end: the tree's answers, the moment
 * of use and an example practice, to the concrete action a person would be given.
 */
import { describe, expect, it } from 'vitest';
import { HELPDESK_PATHS } from '../fixtures/helpdesk-paths.ts';
import { act, FIELD_SETTING } from './harness.ts';

const { practice } = FIELD_SETTING;
const TUESDAY_MORNING = '2026-11-24T09:00:00+01:00';

const adult = '18-to-65-years' as const;
const cystitis = (pain: string, at: string) =>
  act('plasklachten', {
    age: adult,
    at,
    answers: { 'q-very-ill': 'no', 'q-kidney': 'no', 'q-who': 'woman', 'q-risk': 'no', 'q-pain': pain },
  });
const notListedCanWait = (at: string) =>
  act('overige-klacht', {
    age: adult,
    at,
    answers: { 'q-alarm': 'no', 'q-pain': 'mild', 'q-risk': 'no', 'q-again': 'no', 'q-wait': 'can-wait' },
  });

describe('cases from the field', () => {
  it('someone not breathing: 112 at once, with no further questions', () => {
    const { result, action } = act('overige-klacht', {
      age: adult,
      at: TUESDAY_MORNING,
      screen: 'given',
      answers: { 'q-breathing': 'yes' },
    });
    expect(result.tree.tree.id).toBe('abcde');
    expect(action.kind).toBe('call-112');
  });

  it.each([
    ["on a Tuesday morning: the practice's urgent line", TUESDAY_MORNING, 'call-practice-urgent'],
    ['on a Saturday night: phone the spoedpost', '2026-11-28T22:00:00+01:00', 'call-post'],
  ])('a painful wrist in a visibly abnormal position, %s (urgent physical assessment by phone, never e-consult or wait)', (_, at, kind) => {
    expect(act('letsel-arm-been', { age: adult, at, answers: { 'q-deformity': 'yes' } }).action.kind).toBe(kind);
  });

  it.each([
    ['on a Saturday night: the tandartsenspoedpost, with its number', '2026-11-28T22:00:00+01:00', 'call-dental-emergency', '030-000 0500'],
    ['on a Tuesday morning: the own dentist', TUESDAY_MORNING, 'call-dentist', undefined],
  ])('a 10-year-old whose front tooth was knocked out at football, %s (the dentist, never the huisartsenpost)', (_, at, kind, number) => {
    const { action } = act('kiespijn-mond', {
      age: '4-to-12-years',
      at,
      answers: { 'q-airway': 'no', 'q-swelling': 'no', 'q-tooth': 'yes', 'q-dental': 'yes' },
    });
    expect(action.kind).toBe(kind);
    expect(action.primary?.kind === 'tel' ? action.primary.number : undefined).toBe(number);
  });

  describe('care beyond the GP, with the number for the moment (De Linde, Utrecht)', () => {
    const SATURDAY_NIGHT = '2026-11-28T03:00:00+01:00';
    const numberOf = (contact: { kind: string; number?: string } | undefined) => (contact?.kind === 'tel' ? contact.number : undefined);

    it('regular contractions at 33 weeks, at 3 at night: the midwife now, on her own line (not the post)', () => {
      const { result, action } = act('bevalling-vruchtwater', {
        age: adult,
        at: SATURDAY_NIGHT,
        answers: { 'q-coming': 'no', 'q-cord': 'no', 'q-heavy-bleeding': 'no', 'q-term': 'no' },
      });
      expect(result.outcome.channel).toBe('midwife');
      expect([action.kind, numberOf(action.primary)]).toEqual(['call-midwife-now', '030-000 1020']);
    });

    it('a 5-day-old in the kraamweek with 38.2 °C, at night: the midwife now', () => {
      const { action } = act('pasgeborene', {
        age: 'under-1-month',
        at: SATURDAY_NIGHT,
        answers: { 'q-emergency': 'no', 'q-week': 'yes', 'q-fever': 'yes' },
      });
      expect([action.kind, numberOf(action.primary)]).toEqual(['call-midwife-now', '030-000 1020']);
    });

    it('raped last night, safe at home: the Centrum Seksueel Geweld now, 0800-0188, with 112 beside it', () => {
      const { action } = act('seksueel-geweld', {
        age: adult,
        at: SATURDAY_NIGHT,
        answers: { 'q-danger': 'no', 'q-injured': 'no', 'q-when': 'recent' },
      });
      expect([action.kind, numberOf(action.primary), numberOf(action.alternative)]).toEqual([
        'call-sexual-violence-centre',
        '0800-0188',
        '112',
      ]);
    });

    it('a mother dying at home as agreed, at night: the huisartsenpost, with the palliative team beside it (not 112)', () => {
      const { action } = act('palliatieve-zorg', {
        age: '70-years-or-older',
        at: SATURDAY_NIGHT,
        answers: { 'q-status': 'dying', 'q-agreed': 'yes' },
      });
      expect([action.kind, numberOf(action.primary), numberOf(action.alternative)]).toEqual(['call-post', '030-000 0100', '030-000 1030']);
    });

    it('a blood-pressure pill taken twice, on Saturday night: the dienstapotheek; on a Tuesday morning: the own pharmacy', () => {
      const answers = {
        'q-battery': 'no',
        'q-deliberate': 'no',
        'q-co': 'no',
        'q-complaints': 'no',
        'q-what': 'usual-dose',
        'q-risky-medicine': 'no',
        'q-check-medicine': 'no',
      };
      const night = act('vergiftiging', { age: adult, at: SATURDAY_NIGHT, answers }).action;
      expect([night.kind, numberOf(night.primary)]).toEqual(['pharmacy-on-duty', '030-000 0600']);
      const morning = act('vergiftiging', { age: adult, at: TUESDAY_MORNING, answers }).action;
      expect([morning.kind, numberOf(morning.primary)]).toEqual(['pharmacy', '030-000 1010']);
    });
  });

  it('cystitis symptoms on a Friday evening, painful: phone the spoedpost to discuss', () => {
    expect(cystitis('quite', '2026-11-27T19:30:00+01:00').action).toMatchObject({
      kind: 'call-post-to-discuss',
      nextWorkingDay: '2026-11-30',
    });
  });

  it('cystitis symptoms on a Tuesday morning, no alarm signs: own practice today or e-consult, with Thuisarts "blaasontsteking"', () => {
    const { result, action } = cystitis('hardly', TUESDAY_MORNING);
    expect(action.kind).toBe('contact-practice-today');
    expect(action.alternative).toMatchObject({ kind: 'link', url: practice.eConsult!.url });
    expect(result.outcome.thuisarts).toContain('ik-denk-dat-ik-blaasontsteking-heb-vrouw');
  });

  it('any U4 problem on a Saturday: self-care and safety net, own GP on the next working day, not the post', () => {
    const { result, action } = notListedCanWait('2026-11-28T11:00:00+01:00');
    expect(result.outcome.urgency).toBe('U4');
    expect(action).toMatchObject({ kind: 'practice-next-working-day', nextWorkingDay: '2026-11-30' });
  });

  it('"no time to call my GP this afternoon" (non-urgent, evening): own GP next working day', () => {
    expect(notListedCanWait('2026-11-24T20:00:00+01:00').action).toMatchObject({
      kind: 'practice-next-working-day',
      nextWorkingDay: '2026-11-25',
    });
  });

  it.each([
    [
      'which contraception is there?',
      'anticonceptie',
      { 'q-emergency': 'no', 'q-want': 'options' },
      'ik-wil-niet-zwanger-worden-welk-voorbehoedmiddel-kan-ik-kiezen',
    ],
    ['hay fever', 'hooikoorts', { 'q-asthma': 'no', 'q-eye': 'no', 'q-tried': 'no' }, 'ik-heb-hooikoorts'],
    ['preventing sunstroke', 'zonnesteek-voorkomen', { 'q-complaints-now': 'no' }, 'wat-kan-ik-doen-bij-warm-weer'],
  ])('%s: self-care with the Thuisarts page', (_, treeId, answers, page) => {
    const { result, action } = act(treeId, { age: adult, at: TUESDAY_MORNING, answers });
    expect(action.kind).toBe('self-care');
    expect(result.outcome.thuisarts).toContain(page);
  });

  it('positional vertigo, no alarm signs: ask the own GP (e-consult) about the Vertigo Training app', () => {
    const { action } = act('duizelig', {
      age: adult,
      at: TUESDAY_MORNING,
      answers: {
        'q-alarm': 'no',
        'q-co': 'no',
        'q-heart': 'no',
        'q-hearing': 'no',
        'q-diabetes': 'no',
        'q-ear-constant': 'no',
        'q-positional': 'yes',
      },
    });
    expect(action).toMatchObject({
      kind: 'ask-gp-about-app',
      app: 'vertigo-training',
      primary: { kind: 'link', url: practice.eConsult!.url },
    });
  });

  it('low mood and life problems, no danger: the verkennend gesprek (self-registration in this region)', () => {
    const { action } = act('somber-levensproblemen', {
      age: adult,
      at: TUESDAY_MORNING,
      answers: { 'q-suicide': 'no', 'q-psychosis': 'no', 'q-neglect': 'no', 'q-main': 'mood-and-life' },
    });
    expect(action.kind).toBe('verkennend-gesprek-register');
  });

  it('suicidal thoughts with a plan: 113 now, 112 beside it', () => {
    const { action } = act('somber-levensproblemen', {
      age: adult,
      at: '2026-11-28T03:00:00+01:00',
      answers: { 'q-suicide': 'yes', 'q-acting': 'no', 'q-plan': 'yes' },
    });
    expect(action).toMatchObject({ kind: 'call-113', primary: { number: '0800-0113' }, alternative: { number: '112' } });
  });

  it('a patient who wants help using the portal and is willing to learn: the Helpdesk Digitale Zorg', () => {
    const path = HELPDESK_PATHS.find((p) => p.outcome === 'o-refer-helpdesk')!;
    const { action } = act('helpdesk-digitale-zorg', { at: TUESDAY_MORNING, answers: Object.fromEntries(path.answers) });
    expect(action).toMatchObject({ kind: 'helpdesk', primary: { url: FIELD_SETTING.region.helpdesk.url } });
  });

  it("a question about their child's fever, asked at the helpdesk: not the helpdesk, on to medical triage", () => {
    const path = HELPDESK_PATHS.find((p) => p.vignette.includes('fever'))!;
    expect(act('helpdesk-digitale-zorg', { at: TUESDAY_MORNING, answers: Object.fromEntries(path.answers) }).action.kind).toBe(
      'medical-triage',
    );
  });
});
