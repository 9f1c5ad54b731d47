/** The security headers deploy/nginx.conf must send on every response, as the tests expect them. */
import { expect, type APIResponse } from '@playwright/test';

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
];

/** Denied to the page and every frame: nothing the app uses (clipboard-write stays: the handover summary is copied). */
export const PERMISSIONS_DENIED = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** The security headers, exactly; also no header that gives the server away. */
export function expectSecurityHeaders(response: APIResponse, frameAncestors = "'self'"): void {
  const headers = response.headers();
  const where = `${response.status()} ${response.url()}`;
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, where).toBe(
    CSP_DIRECTIVES.map((directive) => directive.replace(/^frame-ancestors .*/, `frame-ancestors ${frameAncestors}`)).join('; '),
  );
  expect(csp, where).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*|https?:\/\/(?!127\.0\.0\.1)/);
  expect(headers['referrer-policy'], where).toBe('no-referrer');
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['cross-origin-opener-policy'], where).toBe('same-origin');
  expect(headers['cross-origin-resource-policy'], where).toBe('same-origin');
  expect(headers['permissions-policy'], where).toBe(PERMISSIONS_DENIED.map((feature) => `${feature}=()`).join(', '));
  // Superseded by frame-ancestors (see deploy/nginx.conf); it could not name a practice's site anyway.
  expect(headers['x-frame-options'], where).toBeUndefined();
  expect(headers['server'], where).toBe('nginx');
  expect(headers['x-powered-by'], where).toBeUndefined();
}
