/**
 * A prerendered page's links work before the app has started, as plain links that load a new page.
 * That page must keep the settings this address carries (?lang=, ?practice=, kiosk mode), as the
 * app's own links do: a person who clicks while the app is still loading on a slow phone would
 * otherwise land in the browser's language, at no practice.
 */
import { hrefFrom, locationOf } from './navigation.ts';

/** Until the returned function is called, a click on a same-origin link carries the current settings along. */
export function keepSettingsOnEarlyLinks(window: Window): () => void {
  const onClick = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
    const here = locationOf(window.location.pathname + window.location.search);
    link.href = hrefFrom(here, link.pathname, Object.fromEntries(new URLSearchParams(link.search)));
  };
  // Capture: the href is set before the browser follows it.
  window.document.addEventListener('click', onClick, true);
  return () => window.document.removeEventListener('click', onClick, true);
}
