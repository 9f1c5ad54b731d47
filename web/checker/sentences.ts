/**
 * A text as the plain-language check reads it: sentences and words. Sentences end at . ! or ?
 * (not at ; or ,), at a line break, and every list item is a sentence of its own, because the
 * reader takes each line of the text format (web/i18n/text-format.ts) as one thought.
 */
import { parseTextFormat } from '../i18n/text-format.ts';

const SENTENCE_END = /(?<=[.!?])\s+/;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The sentences of a text, in reading order. */
export function sentencesOf(text: string): string[] {
  const lines = parseTextFormat(text).flatMap((block) =>
    block.kind === 'paragraph' ? [block.text] : [...(block.lead ? [block.lead] : []), ...block.items],
  );
  return lines.flatMap((line) => line.split(SENTENCE_END)).filter((sentence) => HAS_LETTER_OR_DIGIT.test(sentence));
}

/** The words of a sentence: the tokens between spaces that hold a letter or a digit ("112" is a word, "–" is not). */
export function wordsOf(sentence: string): string[] {
  return sentence.split(/\s+/).filter((token) => HAS_LETTER_OR_DIGIT.test(token));
}
