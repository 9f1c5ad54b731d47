/**
 * The app in Chromium behind nginx with the strict CSP: no violation, no console error, only
 * same-origin requests (asserted by fixtures.ts after every test), and offline after one visit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectClean, expect, test, untilControlled } from './fixtures.ts';
import { ORIGIN, ROOT } from './nginx.ts';

const helpdesk = JSON.parse(readFileSync(join(ROOT, 'i18n/nl/trees/helpdesk-digitale-zorg.json'), 'utf8'));
const START_HEADING = 'Waarmee kunnen we je helpen?';

test('start page → "iets regelen" → repeat prescription: zero CSP violations', async ({ page, watch }) => {
  const heading = page.getByRole('heading', { level: 1 });
  await page.goto('/?lang=nl');
  await expect(heading).toHaveText(START_HEADING);
  await page.getByRole('link', { name: /Ik wil iets regelen bij de praktijk/ }).click();
  await expect(heading).toHaveText('Wat wil je regelen?');
  await page.getByRole('link', { name: /Een herhaalrecept aanvragen/ }).click();
  await expect(heading).toHaveText('Een herhaalrecept aanvragen');
  await expect(page.getByRole('heading', { name: 'Wanneer bel je toch?' })).toBeVisible();
  // Let the service worker install and precache everything too: its fetches count as well.
  await untilControlled(page);
  expectClean(watch);
  expect(watch.requests.length).toBeGreaterThan(10);
});

test('a question and its outcome (Helpdesk Digitale Zorg, "Nee"): zero CSP violations', async ({ page, watch }) => {
  const heading = page.getByRole('heading', { level: 1 });
  await page.goto('/triage/helpdesk-digitale-zorg?lang=nl');
  await expect(page.locator('form.question')).toBeVisible();
  await expect(heading).not.toHaveText(START_HEADING);
  await page.locator('input[value="no"]').first().check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(heading).toHaveText(helpdesk['o-not-patient'].title);
  await expect(page.getByRole('region', { name: 'Wanneer bel je toch?' })).toContainText('112');
  await untilControlled(page);
  expectClean(watch);
});

test('the service worker registers and controls the page under nginx; a reload works offline', async ({ page, context, watch }) => {
  await page.goto('/?lang=nl');
  await untilControlled(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${ORIGIN}/sw.js`);
  await expect(page.getByRole('status').first()).toHaveText('Wegwijzer werkt nu ook zonder internet.');

  await context.setOffline(true);
  const reload = await page.reload();
  expect(reload?.fromServiceWorker(), 'the reload was answered by the service worker').toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(START_HEADING);
  await expect(page.getByText('Je bent offline.', { exact: false })).toBeVisible();
  expectClean(watch);
});

test.describe('control: without a service worker', () => {
  test.use({ serviceWorkers: 'block' });
  test('the same offline reload fails, so the offline test really had no network', async ({ page, context }) => {
    await page.goto('/?lang=nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(START_HEADING);
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow();
  });
});
