/**
 * Texts that misled a new user: a question that "Ja" or "Nee" cannot answer, "this practice"
 * where none may be set, a baby in a tree that speaks to the person with the headache, and a
 * child's tree that asks some questions of the parent ("Zie je…") and others of nobody ("Is er…").
 */
import { describe, expect, it } from 'vitest';
import { content } from './harness.ts';

const text = (language: string, tree: string, key: string) => content.texts[language]?.[tree]?.[key] ?? '';

/** Every question (and its hint) of a tree, in one language. */
function questions(language: string, tree: string): { id: string; text: string; hint?: string }[] {
  const nodes = content.planned.get(tree)!.tree.nodes;
  return Object.entries(nodes).flatMap(([id, node]) =>
    node.type === 'question'
      ? [{ id, text: text(language, tree, node.text), ...(node.hint ? { hint: text(language, tree, node.hint) } : {}) }]
      : [],
  );
}

describe('the helpdesk worksheet, in the patient’s words', () => {
  it('asks whether to act oneself as one yes/no question, the worksheet’s staff wording kept as it is', () => {
    expect(text('nl', 'helpdesk-digitale-zorg', 'q-self-action.text')).toBe('Wil of moet je dit voortaan zelf doen?');
    expect(text('en', 'helpdesk-digitale-zorg', 'q-self-action.text')).toBe('Do you want or need to do this yourself from now on?');
    expect(text('nl', 'helpdesk-digitale-zorg', 'q-self-action.text_staff')).toBe('Wil of moet de patiënt hiervoor zelf actie ondernemen?');
    // No yes/no question offers two alternatives, of which "Ja" could mean either.
    for (const language of ['nl', 'en'])
      for (const q of questions(language, 'helpdesk-digitale-zorg')) expect(q.text, q.id).not.toMatch(/, (of|or) (moet|do) (je|you)\b/);
  });

  it('never says "this practice": the app may run without one', () => {
    for (const q of questions('nl', 'helpdesk-digitale-zorg')) expect(q.text, q.id).not.toMatch(/\bdeze (huisartsen)?praktijk\b/i);
    for (const q of questions('en', 'helpdesk-digitale-zorg')) expect(q.text, q.id).not.toMatch(/\bthis (GP )?practice\b/i);
  });
});

describe('a tree speaks to one person', () => {
  it('the headache tree, which speaks to the person with the headache, has no hint about a baby', () => {
    for (const language of ['nl', 'en'])
      for (const q of questions(language, 'hoofdpijn')) expect(`${q.text} ${q.hint ?? ''}`, q.id).not.toMatch(/\bbaby\b/i);
  });

  it.each(['buikpijn-kind', 'huilende-baby', 'koorts-kind'])('%s asks every question of the parent, none as "Is er…"', (tree) => {
    for (const q of questions('nl', tree)) expect(q.text, q.id).not.toMatch(/^Is er\b/);
    for (const q of questions('en', tree)) expect(q.text, q.id).not.toMatch(/^Is there\b/);
  });
});
