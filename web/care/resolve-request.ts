/**
 * Front-door requests that are not complaints: each ends at the right channel of the configured
 * practice, with the phone route beside every digital one. Digital-care trouble has its own
 * tree (the Helpdesk Digitale Zorg worksheet) and is not resolved here.
 */
import type { Action, Contact, Setting } from './resolve-action.ts';

import type { Request } from './requests.ts';

export { REQUESTS, type Request } from './requests.ts';

export type RequestActionKind =
  | 'repeat-prescription-portal'
  | 'repeat-prescription-pharmacy'
  | 'portal'
  | 'call-practice'
  | 'pharmacy'
  | 'social-domain'
  | 'register-new-patient'
  | 'find-practice'
  | 'practice-full';

export interface RequestAction extends Omit<Action, 'kind' | 'anw'> {
  readonly kind: RequestActionKind;
}

const tel = (number: string | undefined, name?: string): Contact | undefined =>
  number ? { kind: 'tel', number, ...(name ? { name } : {}) } : undefined;
const link = (url: string | undefined, name?: string): Contact | undefined =>
  url ? { kind: 'link', url, ...(name ? { name } : {}) } : undefined;

function action(kind: RequestActionKind, primary: Contact | undefined, alternative?: Contact): RequestAction {
  return { kind, ...(primary ? { primary } : {}), ...(alternative && alternative !== primary ? { alternative } : {}) };
}

export function resolveRequest(request: Request, { practice, region }: Setting): RequestAction {
  const practiceLine = tel(practice?.phones.normal, practice?.name);
  const portal = link(practice?.eConsult?.url, practice?.eConsult?.portalName);
  switch (request) {
    case 'repeat-prescription': {
      const repeat = practice?.repeatPrescription;
      if (repeat?.via === 'portal')
        return action('repeat-prescription-portal', link(repeat.url, practice?.eConsult?.portalName) ?? portal, practiceLine);
      if (repeat?.via === 'pharmacy')
        return action('repeat-prescription-pharmacy', tel(repeat.phone ?? practice?.pharmacy.phone, practice?.pharmacy.name));
      return action('call-practice', practiceLine);
    }
    case 'test-results':
    case 'referral-letter':
    case 'appointment':
      return portal ? action('portal', portal, practiceLine) : action('call-practice', practiceLine);
    case 'medication-question':
      return action('pharmacy', tel(practice?.pharmacy.phone, practice?.pharmacy.name));
    case 'non-medical':
      return action(
        'social-domain',
        link(region?.socialDomain.url, region?.socialDomain.name) ?? tel(region?.socialDomain.phone, region?.socialDomain.name),
        tel(region?.socialDomain.phone, region?.socialDomain.name),
      );
    case 'new-patient':
      // Without a practice there is no "this practice" to register with: how to find one.
      if (!practice) return action('find-practice', undefined);
      if (!practice.acceptsNewPatients) return action('practice-full', undefined);
      return action('register-new-patient', link(practice?.registrationUrl, practice?.name) ?? practiceLine, practiceLine);
  }
}
