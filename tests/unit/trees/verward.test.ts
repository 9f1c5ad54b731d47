/**
 * Someone is confused: sudden severe confusion is 112 on the ABCDE screen; new confusion over hours
 * or days (delirium) is the GP now with diabetes, from 70, or with risk signs, else the GP today;
 * slow forgetfulness over months is a calm appointment. Spec: decision-trees/specs/verward.json.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../harness.ts';

describe('verward: what a row cannot say', () => {
  it('the sugar outcome says to give nothing by mouth and call 112 when swallowing fails', () => {
    expect(content.texts.nl!.verward!['o-sugar.safety-net']).toMatch(/niets te eten of te drinken en bel meteen 112/);
  });
});
