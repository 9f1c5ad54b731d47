/**
 * The one format of a text in a translation file, read the same way by the UI (RichText) and
 * the build-time plain-language check: every line is a paragraph, lines starting with "- " form
 * a list, and a line ending in ":" right before a list is that list's lead ("Bel je huisarts als:").
 */

export type TextBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly lead?: string; readonly items: readonly string[] };

const ITEM = '- ';

export function parseTextFormat(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (const line of lines) {
    const last = blocks.at(-1);
    if (!line.startsWith(ITEM)) blocks.push({ kind: 'paragraph', text: line });
    else if (last?.kind === 'list') blocks[blocks.length - 1] = { ...last, items: [...last.items, line.slice(ITEM.length)] };
    // A paragraph ending in ":" introduces the list it stands before.
    else if (last?.kind === 'paragraph' && last.text.endsWith(':'))
      blocks[blocks.length - 1] = { kind: 'list', lead: last.text, items: [line.slice(ITEM.length)] };
    else blocks.push({ kind: 'list', items: [line.slice(ITEM.length)] });
  }
  return blocks;
}
