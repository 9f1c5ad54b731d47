/**
 * Vaginal discharge. The review's quick pass found no clear under-triage; the spec adds sudden
 * severe illness (toxic shock syndrome) and, in pregnancy, fluid like water or blood.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('afscheiding: texts', () => {
  it('the severe-illness outcome tells to take out a tampon or cup', () => {
    expect(content.texts.nl!.afscheiding!['o-urgent.meanwhile']).toMatch(/tampon/);
  });
  it('self-care keeps the Thuisarts yeast page', () => {
    expect(content.planned.get('afscheiding')!.tree.nodes['o-self-care']).toMatchObject({
      thuisarts: ['ik-heb-ontsteking-in-mijn-vagina-door-schimmel'],
    });
  });
});
