/** Texts and links reach a review pack only escaped: a text can never become markup there. */
import { expect, it } from 'vitest';
import { escapeHtml, link, multiline } from '../../../web/review/html.ts';

it('escapes every character that could open markup or end an attribute', () => {
  expect(escapeHtml(`<b class="x">Tom's & Jerry</b>`)).toBe('&lt;b class=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&lt;/b&gt;');
  expect(multiline('regel 1\n- <regel 2>')).toBe('regel 1<br>- &lt;regel 2&gt;');
});

it('links only http(s) addresses; anything else stays text', () => {
  expect(link('https://www.thuisarts.nl/a?b=1&c=2', 'Thuisarts')).toBe('<a href="https://www.thuisarts.nl/a?b=1&amp;c=2">Thuisarts</a>');
  expect(link('javascript:alert(1)', 'klik')).toBe('klik');
});
