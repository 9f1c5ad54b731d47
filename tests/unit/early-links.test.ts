// @vitest-environment jsdom
/**
 * A person on a slow phone taps a link of the prerendered start page before the app has started.
 * The page that loads must keep the language and the practice the address asked for.
 */
import { afterEach, expect, it } from 'vitest';
import { keepSettingsOnEarlyLinks } from '../../web/navigation/early-links.ts';

let release: () => void = () => {};
afterEach(() => {
  release();
  document.body.innerHTML = '';
});

function tap(href: string): HTMLAnchorElement {
  document.body.innerHTML = `<a href="${href}">link</a>`;
  const link = document.querySelector('a')!;
  // jsdom does not navigate; the default action is stopped after the app's listener has run.
  link.addEventListener('click', (event) => event.preventDefault());
  link.click();
  return link;
}

it('a Dutch link opened with ?lang=nl&practice=de-kastanje keeps both on an early tap', () => {
  window.history.replaceState(null, '', '/?lang=nl&practice=de-kastanje');
  release = keepSettingsOnEarlyLinks(window);
  expect(tap('/requests').getAttribute('href')).toBe('/requests?lang=nl&practice=de-kastanje');
});

it('kiosk mode travels along, a link keeps its own query, and a setting not kept does not', () => {
  window.history.replaceState(null, '', '/?mode=kiosk&lang=en&utm=x');
  release = keepSettingsOnEarlyLinks(window);
  expect(new URL(tap('/complaints?q=1').href).search).toBe('?lang=en&mode=kiosk&q=1');
});

it('another site keeps its address as written', () => {
  window.history.replaceState(null, '', '/?lang=nl');
  release = keepSettingsOnEarlyLinks(window);
  expect(tap('https://www.thuisarts.nl/keelpijn').href).toBe('https://www.thuisarts.nl/keelpijn');
});

it('once the app has taken over, its own links decide: nothing is changed any more', () => {
  window.history.replaceState(null, '', '/?lang=nl');
  keepSettingsOnEarlyLinks(window)();
  expect(tap('/requests').getAttribute('href')).toBe('/requests');
});
