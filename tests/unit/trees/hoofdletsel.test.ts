/**
 * A fall or blow to the head: the NHG criteria for an ambulance first, then signs of injury inside
 * the head and of a skull-base fracture, then the risk factors (alcohol or drugs, clotting problems,
 * anticoagulants, platelet inhibitors, age). Spec: decision-trees/specs/hoofdletsel.json.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('hoofdletsel: what a row cannot say', () => {
  it('asks anticoagulants and platelet inhibitors with the shared texts, so aspirin is no longer a blood thinner', () => {
    const nodes = content.planned.get('hoofdletsel')!.tree.nodes;
    expect(nodes['q-thinners']).toMatchObject({ text: 'common:risk.blood-thinners.text', hint: 'common:risk.blood-thinners.hint' });
    expect(nodes['q-platelets']).toMatchObject({ text: 'common:risk.platelet-inhibitors.text' });
  });
  it('the self-care watch list names a bruise behind the ear or around the eyes', () => {
    expect(content.texts.nl!.hoofdletsel!['o-self-care.safety-net']).toMatch(/achter je oor/);
  });
});
