/** The front-door requests that are not complaints (resolved in resolve-request.ts). */
export const REQUESTS = [
  'repeat-prescription',
  'test-results',
  'referral-letter',
  'appointment',
  'medication-question',
  'non-medical',
  'new-patient',
] as const;
export type Request = (typeof REQUESTS)[number];
