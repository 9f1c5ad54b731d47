import type { Channel, Urgency } from './tree-model.ts';

/**
 * Which urgencies fit which channel (NTS levels, ../shared/domain.md §2). An outcome outside
 * this table is a contradiction, e.g. "U2" with "self-care"; the checker rejects it.
 */
export const CHANNEL_URGENCIES: Readonly<Record<Channel, readonly Urgency[]>> = {
  'emergency-112': ['U0', 'U1'],
  'crisis-113': ['U1', 'U2'],
  'urgent-gp': ['U2'],
  'gp-today': ['U3'],
  'gp-next-working-day': ['U4'],
  'own-practice': ['U4', 'U5'],
  'e-consult': ['U4', 'U5'],
  'app-prescription': ['U5'],
  'verkennend-gesprek': ['U4', 'U5'],
  'helpdesk-digitale-zorg': ['U5'],
  'self-care': ['U5'],
  'social-domain': ['U5'],
  pharmacy: ['U4', 'U5'],
  midwife: ['U2', 'U3', 'U4', 'U5'],
  'sexual-violence-centre': ['U2', 'U3', 'U4', 'U5'],
  dentist: ['U2', 'U3', 'U4', 'U5'],
  'palliative-care': ['U2', 'U3', 'U4'],
  'medical-triage': [],
};
