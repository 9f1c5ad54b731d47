import { describe, expect, it } from 'vitest';
import { REQUESTS, resolveRequest, type Request } from '../../web/care/resolve-request.ts';
import { settingOf } from './harness.ts';

/** What each request must reach, per example practice: [kind, the big button's number or address]. */
const expected: Record<string, Record<Request, [string, string | undefined]>> = {
  'de-linde': {
    'repeat-prescription': ['repeat-prescription-portal', 'https://de-linde.example.org/mijnomgeving/herhaalrecept'],
    'test-results': ['portal', 'https://de-linde.example.org/mijnomgeving'],
    'referral-letter': ['portal', 'https://de-linde.example.org/mijnomgeving'],
    appointment: ['portal', 'https://de-linde.example.org/mijnomgeving'],
    'medication-question': ['pharmacy', '030-000 1010'],
    'non-medical': ['social-domain', 'https://buurtteam.example.org'],
    'new-patient': ['register-new-patient', 'https://de-linde.example.org/inschrijven'],
  },
  'de-kastanje': {
    'repeat-prescription': ['repeat-prescription-pharmacy', '030-000 2010'],
    'test-results': ['call-practice', '030-000 2002'],
    'referral-letter': ['call-practice', '030-000 2002'],
    appointment: ['call-practice', '030-000 2002'],
    'medication-question': ['pharmacy', '030-000 2010'],
    'non-medical': ['social-domain', 'https://buurtteam.example.org'],
    'new-patient': ['practice-full', undefined],
  },
  strijp: {
    'repeat-prescription': ['repeat-prescription-portal', 'https://strijp.example.org/portaal/herhaalrecepten'],
    'test-results': ['portal', 'https://strijp.example.org/portaal'],
    'referral-letter': ['portal', 'https://strijp.example.org/portaal'],
    appointment: ['portal', 'https://strijp.example.org/portaal'],
    'medication-question': ['pharmacy', '040-000 3010'],
    'non-medical': ['social-domain', '040-000 0300'],
    'new-patient': ['register-new-patient', 'https://strijp.example.org/inschrijven'],
  },
};

describe.each(Object.keys(expected))('front-door requests at %s', (practiceId) => {
  it.each(REQUESTS)('%s reaches its channel', (request) => {
    const action = resolveRequest(request, settingOf(practiceId));
    const primary = action.primary?.kind === 'tel' ? action.primary.number : action.primary?.url;
    expect([action.kind, primary]).toEqual(expected[practiceId]![request]);
  });

  it('puts the phone route beside every digital route', () => {
    for (const request of REQUESTS) {
      const action = resolveRequest(request, settingOf(practiceId));
      if (action.primary?.kind === 'link' && request !== 'non-medical') expect(action.alternative?.kind, request).toBe('tel');
    }
  });
});

it('a practice without e-consult never sends a request to a portal', () => {
  for (const request of REQUESTS) {
    expect(['portal', 'repeat-prescription-portal'], request).not.toContain(resolveRequest(request, settingOf('de-kastanje')).kind);
  }
});

it('without a practice, requests name the place without inventing a number', () => {
  expect(resolveRequest('repeat-prescription', {})).toEqual({ kind: 'call-practice' });
});

it('without a practice there is no "this practice" to register with: how to find one instead', () => {
  expect(resolveRequest('new-patient', {})).toEqual({ kind: 'find-practice' });
});
