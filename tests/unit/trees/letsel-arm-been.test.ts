/**
 * Arm or leg injuries: a crooked limb, poor circulation or not bearing weight first (urgent line), then the pulled
 * elbow in young children, the pain score, blood thinners with swelling, bone tenderness and the course after a week.
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../harness.ts';

const adult = '18-to-65-years';

describe('letsel-arm-been: the field case', () => {
  it('a painful wrist in a visibly abnormal position goes to the urgent line, never e-consult or the next day', () => {
    const result = triage('letsel-arm-been', { age: adult, answers: { 'q-deformity': 'yes' } });
    expect(result.outcome.channel).toBe('urgent-gp');
  });
});
