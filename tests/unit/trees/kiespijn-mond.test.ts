import { describe, expect, it } from 'vitest';
import { content, triage, outcomeChannels } from '../harness.ts';

const child = '4-to-12-years';
/** No airway trouble, no spreading swelling, fever, or trouble swallowing or opening the mouth. */
const noRedFlags = { 'q-airway': 'no', 'q-swelling': 'no' } as const;

describe('kiespijn-mond: outcomes and texts', () => {
  const nl = (key: string) => content.texts.nl!['kiespijn-mond']![key]!;
  it('both dentist outcomes go to the dentist channel: the own dentist, out of hours the tandartsenspoedpost for the urgent one', () => {
    const channels = outcomeChannels('kiespijn-mond');
    expect([channels['o-dentist'], channels['o-dentist-today']]).toEqual(['dentist', 'dentist']);
    // The texts no longer say whom to call at night: the action on the page does, with the number.
    expect(nl('o-dentist.what')).not.toMatch(/spoeddienst/);
  });
  it('the swelling question names spreading to the eye or neck', () => {
    expect(nl('q-swelling.hint')).toMatch(/naar je oog of naar je hals/);
  });
  it('self-care for a child links to the Thuisarts child pages', () => {
    const result = triage('kiespijn-mond', {
      age: child,
      answers: { ...noRedFlags, 'q-tooth': 'no', 'q-child-drinking': 'no', 'q-ulcer': 'no' },
    });
    expect(result.outcome.thuisarts).toContain('mijn-kind-heeft-aften');
  });
});
