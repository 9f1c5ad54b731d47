import { describe, expect, it } from 'vitest';
import { content, triage } from '../harness.ts';

const adult = '18-to-65-years';
const noRedFlags = { 'q-long': 'no', 'q-faint': 'no', 'q-blow': 'no' } as const;
/** No urgent sign, no blood thinners, no platelet medicine or bleeding disorder: how often comes next. */
const noRisk = { ...noRedFlags, 'q-thinners': 'no', 'q-bleeding-risk': 'no' } as const;

describe('neusbloeding: outcomes and texts', () => {
  it('self-care first explains how to press, and links to Thuisarts', () => {
    const result = triage('neusbloeding', { age: adult, answers: { ...noRisk, 'q-recurring': 'no' } });
    expect(result.outcome).toMatchObject({ thuisarts: ['ik-heb-bloedneus'] });
    expect(result.outcome.advice[0]).toBe('o-self-care.press');
  });
  it('the blood-thinner question uses the shared text', () => {
    expect(content.planned.get('neusbloeding')!.tree.nodes['q-thinners']).toMatchObject({ text: 'common:risk.blood-thinners.text' });
  });
});
