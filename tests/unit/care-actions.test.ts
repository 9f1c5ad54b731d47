import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../web/build/content-files.ts';
import { momentOf } from '../../web/engine/context.ts';
import { CHANNELS, URGENCIES } from '../../web/engine/tree-model.ts';
import { CHANNEL_URGENCIES } from '../../web/engine/channels.ts';
import { resolveAction, type OutcomeForRouting } from '../../web/care/resolve-action.ts';
import { settingOf } from './harness.ts';

const deLinde = settingOf('de-linde');
const at = (iso: string) => momentOf(new Date(iso));

const U1: OutcomeForRouting = { urgency: 'U1', channel: 'emergency-112' };
const U2: OutcomeForRouting = { urgency: 'U2', channel: 'urgent-gp' };
const U3: OutcomeForRouting = { urgency: 'U3', channel: 'gp-today' };
const U4: OutcomeForRouting = { urgency: 'U4', channel: 'gp-next-working-day' };
const U5: OutcomeForRouting = { urgency: 'U5', channel: 'self-care' };

const moments = [
  ['Tuesday 10:00', '2026-11-24T10:00:00+01:00', false, undefined],
  ['Friday 19:00', '2026-11-27T19:00:00+01:00', true, '2026-11-30'],
  ['Saturday 11:00', '2026-11-28T11:00:00+01:00', true, '2026-11-30'],
  ['Christmas Day 10:00', '2026-12-25T10:00:00+01:00', true, '2026-12-28'],
  ['Easter Monday 10:00', '2026-04-06T10:00:00+02:00', true, '2026-04-07'],
  ['Ascension Day 10:00', '2026-05-14T10:00:00+02:00', true, '2026-05-15'],
  ['Koningsdag on 26 April 2025 (27 April is a Sunday)', '2025-04-26T10:00:00+02:00', true, '2025-04-28'],
] as const;

describe.each(moments)('at %s (De Linde, Utrecht)', (_, when, anw, nextDay) => {
  const moment = at(when);

  it('U1: call 112, whatever the hour', () => {
    expect(resolveAction(U1, deLinde, moment)).toMatchObject({ kind: 'call-112', primary: { kind: 'tel', number: '112' } });
  });

  it(`U2: ${anw ? 'phone the spoedpost now' : "the practice's urgent line"}`, () => {
    const action = resolveAction(U2, deLinde, moment);
    if (anw) expect(action).toMatchObject({ kind: 'call-post', anw: true, primary: { number: '030-000 0100' } });
    else expect(action).toMatchObject({ kind: 'call-practice-urgent', anw: false, primary: { number: '030-000 1001' } });
  });

  it(`U3: ${anw ? 'phone the spoedpost' : 'the practice today'}`, () => {
    const action = resolveAction(U3, deLinde, moment);
    expect(action.kind).toBe(anw ? 'call-post' : 'call-practice-today');
    expect(action.primary).toMatchObject({ number: anw ? '030-000 0100' : '030-000 1002' });
  });

  it(`U4: ${anw ? `not the post: self-care, then the own GP on ${nextDay}` : 'the own practice today, by phone or e-consult'}`, () => {
    const action = resolveAction(U4, deLinde, moment);
    if (anw) expect(action).toMatchObject({ kind: 'practice-next-working-day', nextWorkingDay: nextDay });
    else
      expect(action).toMatchObject({
        kind: 'contact-practice-today',
        alternative: { kind: 'link', url: 'https://de-linde.example.org/mijnomgeving' },
      });
    expect(action.primary).toMatchObject({ number: '030-000 1002' });
  });

  it('U5: self-care, with the phone route beside it', () => {
    expect(resolveAction(U5, deLinde, moment)).toMatchObject({ kind: 'self-care', alternative: { kind: 'tel', number: '030-000 1002' } });
  });
});

describe('cystitis, the field cases', () => {
  const cystitis = (painful: boolean): OutcomeForRouting => ({ urgency: 'U4', channel: 'gp-next-working-day', painful });

  it('painful on a Friday evening: phone the spoedpost to discuss, rather than wait until Monday', () => {
    expect(resolveAction(cystitis(true), deLinde, at('2026-11-27T19:30:00+01:00'))).toMatchObject({
      kind: 'call-post-to-discuss',
      primary: { number: '030-000 0100' },
      nextWorkingDay: '2026-11-30',
    });
  });

  it('on a Tuesday morning without alarm signs: own practice today or e-consult', () => {
    expect(resolveAction(cystitis(false), deLinde, at('2026-11-24T09:00:00+01:00')).kind).toBe('contact-practice-today');
    expect(resolveAction(cystitis(true), deLinde, at('2026-11-24T09:00:00+01:00')).kind).toBe('contact-practice-today');
  });

  it('painful on a Tuesday evening (practice open tomorrow): the own GP tomorrow, not the post', () => {
    expect(resolveAction(cystitis(true), deLinde, at('2026-11-24T19:30:00+01:00'))).toMatchObject({
      kind: 'practice-next-working-day',
      nextWorkingDay: '2026-11-25',
    });
  });

  it('"no time to call my GP this afternoon", a non-urgent problem in the evening: own GP next working day', () => {
    expect(resolveAction(U4, deLinde, at('2026-11-24T20:00:00+01:00'))).toMatchObject({
      kind: 'practice-next-working-day',
      nextWorkingDay: '2026-11-25',
    });
  });
});

describe('per practice and region', () => {
  it('a practice without e-consult never shows an e-consult action', () => {
    const kastanje = settingOf('de-kastanje');
    for (const when of moments.map((m) => m[1])) {
      for (const channel of CHANNELS) {
        for (const urgency of CHANNEL_URGENCIES[channel].length ? CHANNEL_URGENCIES[channel] : [undefined]) {
          const action = resolveAction({ urgency, channel, app: 'untire' }, kastanje, at(when));
          expect(action.kind, `${channel} ${urgency}`).not.toBe('e-consult');
          for (const contact of [action.primary, action.alternative])
            expect(contact?.kind === 'link' && contact.url.includes('kastanje')).toBe(false);
        }
      }
    }
  });

  it('an app the practice does not offer becomes "ask your GP", never an app it cannot prescribe', () => {
    expect(
      resolveAction({ urgency: 'U5', channel: 'app-prescription', app: 'vertigo-training' }, deLinde, at('2026-11-24T10:00:00+01:00')),
    ).toMatchObject({
      kind: 'ask-gp-about-app',
      app: 'vertigo-training',
    });
    expect(
      resolveAction(
        { urgency: 'U5', channel: 'app-prescription', app: 'untire' },
        settingOf('de-kastanje'),
        at('2026-11-24T10:00:00+01:00'),
      ).kind,
    ).toBe('call-practice');
  });

  it('the verkennend gesprek: self-registration in Utrecht, through the GP in Eindhoven', () => {
    const talk: OutcomeForRouting = { urgency: 'U5', channel: 'verkennend-gesprek' };
    expect(resolveAction(talk, deLinde, at('2026-11-24T10:00:00+01:00'))).toMatchObject({
      kind: 'verkennend-gesprek-register',
      primary: { kind: 'link' },
    });
    expect(resolveAction(talk, settingOf('strijp'), at('2026-11-24T10:00:00+01:00'))).toMatchObject({
      kind: 'verkennend-gesprek-via-gp',
      primary: { url: 'https://strijp.example.org/portaal' },
    });
  });

  it('Goede Vrijdag is ANW in Eindhoven, not in Utrecht', () => {
    const goodFriday = at('2026-04-03T10:00:00+02:00');
    expect(resolveAction(U2, settingOf('strijp'), goodFriday).kind).toBe('call-post');
    expect(resolveAction(U2, deLinde, goodFriday).kind).toBe('call-practice-urgent');
  });

  it('a suicidal crisis: 113 first, 112 beside it, day and night', () => {
    expect(resolveAction({ urgency: 'U1', channel: 'crisis-113' }, deLinde, at('2026-11-28T03:00:00+01:00'))).toMatchObject({
      kind: 'call-113',
      primary: { number: '0800-0113' },
      alternative: { number: '112' },
    });
  });
});

describe('care beyond the GP: midwife, Centrum Seksueel Geweld, dentist, pharmacy on duty, care at the end of life', () => {
  const tuesdayMorning = at('2026-11-24T10:00:00+01:00');
  const saturdayNight = at('2026-11-28T03:00:00+01:00');

  it('waters broken at 3 at night: call the midwife now, on her own line, not the huisartsenpost', () => {
    const action = resolveAction({ urgency: 'U2', channel: 'midwife' }, deLinde, saturdayNight);
    expect(action).toMatchObject({ kind: 'call-midwife-now', primary: { number: '030-000 1020' } });
  });

  it('a question for the midwife that can wait, and a practice that names no midwife: no invented number', () => {
    expect(resolveAction({ urgency: 'U5', channel: 'midwife' }, deLinde, tuesdayMorning).kind).toBe('contact-midwife');
    expect(resolveAction({ urgency: 'U2', channel: 'midwife' }, settingOf('strijp'), saturdayNight)).toEqual({
      kind: 'call-midwife-now',
      anw: true,
    });
  });

  it('raped last night: the Centrum Seksueel Geweld now, 0800-0188, with 112 beside it, at any hour', () => {
    for (const moment of [tuesdayMorning, saturdayNight])
      expect(resolveAction({ urgency: 'U2', channel: 'sexual-violence-centre' }, settingOf('strijp'), moment)).toMatchObject({
        kind: 'call-sexual-violence-centre',
        primary: { number: '0800-0188' },
        alternative: { number: '112' },
      });
    expect(resolveAction({ urgency: 'U5', channel: 'sexual-violence-centre' }, {}, tuesdayMorning)).toMatchObject({
      kind: 'contact-sexual-violence-centre',
      primary: { number: '0800-0188' },
    });
  });

  it('a knocked-out tooth on Saturday night: the tandartsenspoedpost; on a Tuesday morning: the own dentist', () => {
    expect(resolveAction({ urgency: 'U2', channel: 'dentist' }, deLinde, saturdayNight)).toMatchObject({
      kind: 'call-dental-emergency',
      primary: { number: '030-000 0500' },
    });
    expect(resolveAction({ urgency: 'U2', channel: 'dentist' }, deLinde, tuesdayMorning).kind).toBe('call-dentist');
    // Toothache that can wait, at night: the own dentist on Monday, not the emergency service.
    expect(resolveAction({ urgency: 'U4', channel: 'dentist' }, deLinde, saturdayNight)).toMatchObject({
      kind: 'call-dentist',
      nextWorkingDay: '2026-11-30',
    });
    // Eindhoven names no tandartsenspoedpost: the action says who, without a number.
    expect(resolveAction({ urgency: 'U3', channel: 'dentist' }, settingOf('strijp'), saturdayNight)).toEqual({
      kind: 'call-dental-emergency',
      anw: true,
    });
  });

  it('out of medicine on Saturday night (U4): the pharmacy on duty; a question that can wait: the own pharmacy', () => {
    expect(resolveAction({ urgency: 'U4', channel: 'pharmacy' }, deLinde, saturdayNight)).toMatchObject({
      kind: 'pharmacy-on-duty',
      primary: { number: '030-000 0600' },
    });
    expect(resolveAction({ urgency: 'U5', channel: 'pharmacy' }, deLinde, saturdayNight).kind).toBe('pharmacy');
    expect(resolveAction({ urgency: 'U4', channel: 'pharmacy' }, deLinde, tuesdayMorning).kind).toBe('pharmacy');
  });

  it('pain out of control at the end of a life, at night: the post, with the palliative team beside it; by day the practice', () => {
    expect(resolveAction({ urgency: 'U2', channel: 'palliative-care' }, deLinde, saturdayNight)).toMatchObject({
      kind: 'call-post',
      primary: { number: '030-000 0100' },
      alternative: { number: '030-000 1030' },
    });
    expect(resolveAction({ urgency: 'U2', channel: 'palliative-care' }, deLinde, tuesdayMorning)).toMatchObject({
      kind: 'call-practice-urgent',
      primary: { number: '030-000 1001' },
      alternative: { number: '030-000 1030' },
    });
    // A question that could wait for the GP is not left until Monday at the end of a life.
    expect(resolveAction({ urgency: 'U4', channel: 'palliative-care' }, deLinde, saturdayNight)).toMatchObject({
      kind: 'call-post-to-discuss',
      nextWorkingDay: '2026-11-30',
    });
  });
});

describe('without a practice: the safe generic set-up', () => {
  it.each(URGENCIES.filter((u) => u === 'U2' || u === 'U3'))('%s names who to call, without inventing a number', (urgency) => {
    const outcome = { urgency, channel: urgency === 'U2' ? 'urgent-gp' : 'gp-today' } as const;
    const office = resolveAction(outcome, {}, at('2026-11-24T10:00:00+01:00'));
    const night = resolveAction(outcome, {}, at('2026-11-24T23:00:00+01:00'));
    expect([office.kind, office.primary]).toEqual([urgency === 'U2' ? 'call-practice-urgent' : 'call-practice-today', undefined]);
    expect([night.kind, night.primary]).toEqual(['call-post', undefined]);
  });

  it('112 still has its number', () => {
    expect(resolveAction(U1, {}, at('2026-11-24T10:00:00+01:00')).primary).toEqual({ kind: 'tel', number: '112' });
  });
});

describe('a practice’s own closing day', () => {
  const closingDay = at('2026-12-31T10:00:00+01:00'); // a Thursday De Linde lists in closingDays

  it('counts as ANW, and says it is the practice’s closing day, not evening, night or weekend', () => {
    expect(resolveAction(U2, deLinde, closingDay)).toMatchObject({ kind: 'call-post', anw: true, closingDay: true });
    expect(resolveAction(U3, deLinde, closingDay)).toMatchObject({ kind: 'call-post', closingDay: true });
  });

  it('evenings, weekends and holidays are not closing days, nor is any moment without a practice', () => {
    for (const when of ['2026-12-31T19:00:00+01:00', '2026-11-28T11:00:00+01:00', '2026-12-25T10:00:00+01:00', '2026-11-24T10:00:00+01:00'])
      expect(resolveAction(U2, deLinde, at(when)).closingDay, when).toBeUndefined();
    expect(resolveAction(U2, {}, closingDay).closingDay).toBeUndefined();
    // A closing day that is also a holiday is the holiday.
    const onChristmas = { ...deLinde, practice: { ...deLinde.practice, closingDays: ['2026-12-25'] } };
    expect(resolveAction(U2, onChristmas, at('2026-12-25T10:00:00+01:00')).closingDay).toBeUndefined();
  });
});

describe('the action texts say where things are on the page', () => {
  // The action panel stands at the top of the outcome, above the advice ("Wat kun je doen?"):
  // nothing it says can be "above", and "below" only where the advice follows it.
  const ADVICE_FOLLOWS = new Set(['self-care', 'practice-next-working-day']);
  for (const [language, above, below] of [
    ['nl', /hierboven|bovenaan|boven staat/i, /hieronder/i],
    ['en', /\babove\b/i, /\bbelow\b/i],
  ] as const) {
    it(`${language}: no action text points up, and only those above the advice point down`, () => {
      const content = JSON.parse(readFileSync(join(PROJECT_ROOT, 'i18n', language, 'content.json'), 'utf8')) as {
        action: Record<string, Record<string, string>>;
      };
      for (const [kind, texts] of Object.entries(content.action))
        for (const [key, text] of Object.entries(texts)) {
          expect(text, `${kind}.${key}`).not.toMatch(above);
          if (!ADVICE_FOLLOWS.has(kind)) expect(text, `${kind}.${key}`).not.toMatch(below);
        }
      expect(content.action['practice-next-working-day']!.why).toMatch(below);
    });
  }
});
