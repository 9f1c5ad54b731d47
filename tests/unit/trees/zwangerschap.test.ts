/**
 * Complaints during pregnancy. Review 2026-12-04 judged version 0.1 unsafe: light bleeding ended in
 * self-care and the weeks were never asked (fixed in 0.2.0). This version adds a lung clot, a leg
 * clot, a fall or blow on the belly, belly pain that stays, painful urination, and a self-care
 * safety net that names the same limits as the triage.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe("zwangerschap: texts that keep the triage's promise", () => {
  const nl = content.texts.nl!.zwangerschap!;
  it('the self-care safety net names the limits of the triage (review: it contradicted them)', () => {
    const net = nl['o-self-care.safety-net']!;
    expect(net).toMatch(/16 weken/);
    expect(net).toMatch(/dezelfde dag/);
    expect(net).toMatch(/meteen/);
    expect(net).toMatch(/112/);
  });
  it('the fall outcomes name Veilig Thuis for a blow at home', () => {
    expect(nl['o-fall.safe']).toMatch(/Veilig Thuis.*0800-2000/);
    expect(content.planned.get('zwangerschap')!.tree.nodes['o-fall-early']).toMatchObject({
      advice: expect.arrayContaining(['o-fall.safe']),
    });
  });
});
