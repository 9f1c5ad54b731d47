import { describe, expect, it } from 'vitest';
import { content, triage } from '../harness.ts';

const child = '4-to-12-years';
/** No airway trouble, no spreading swelling, fever, or trouble swallowing or opening the mouth. */
const noRedFlags = { 'q-airway': 'no', 'q-swelling': 'no' } as const;

describe('kiespijn-mond: outcomes and texts', () => {
  const nl = (key: string) => content.texts.nl!['kiespijn-mond']![key]!;
  it('both dentist outcomes name the dental emergency service for evenings and weekends', () => {
    expect(nl('o-dentist.what')).toMatch(/tandarts-spoeddienst/);
    expect(nl('o-dentist-today.what')).toMatch(/tandarts-spoeddienst/);
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
