// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { parseNumber } from '../../web/ui/parts/QuestionForm.tsx';
import { RichText } from '../../web/ui/parts/RichText.tsx';

afterEach(() => cleanup());

it('turns translator lines starting with "- " into a list and other lines into paragraphs', () => {
  const { container } = render(<RichText text={'Let op:\n- blauwe lippen\n- stikken\nBel 112.'} />);
  expect([...container.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Let op:', 'Bel 112.']);
  expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['blauwe lippen', 'stikken']);
});

it('reads numbers written the Dutch way and refuses anything else', () => {
  expect(parseNumber('38,5')).toBe(38.5);
  expect(parseNumber(' 14 ')).toBe(14);
  expect(parseNumber('veertien')).toBeUndefined();
  expect(parseNumber('1e3')).toBeUndefined();
  expect(parseNumber('')).toBeUndefined();
});
