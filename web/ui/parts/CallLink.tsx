import type { ComponentChildren } from 'preact';
import { kioskMode } from '../../app/device-mode.ts';

const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;
/** Out of a button's look: text on a kiosk must not look like something to press. */
const kioskClass = (className: string | undefined) =>
  [...(className ?? '').split(' ').filter((name) => name && !name.startsWith('button')), 'kiosk-number'].join(' ');

/**
 * A number to call: a tel: link, or, on the waiting-room screen (which cannot call), the same
 * words large as text to read and call from one's own phone.
 */
export function CallLink({ number, class: className, children }: { number: string; class?: string; children: ComponentChildren }) {
  if (kioskMode()) return <strong class={kioskClass(className)}>{children}</strong>;
  return (
    <a class={className} href={telHref(number)}>
      {children}
    </a>
  );
}

/**
 * A link to another site: it opens in a new window, or, on the waiting-room screen (whose reset
 * could not close that window), it is its address as text, to look up later.
 */
export function OutLink({ url, class: className, children }: { url: string; class?: string; children: ComponentChildren }) {
  if (kioskMode())
    return (
      <span>
        {children}: <span class="kiosk-address">{url.replace(/^https?:\/\//, '').replace(/\/$/, '')}</span>
      </span>
    );
  return (
    <a class={className} href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
