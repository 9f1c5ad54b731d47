import { untilControlled } from './service-worker.ts';
import { expect, test } from '@playwright/test';
import { answerCalmlyToOutcome, answerWhoItIsAbout } from './walk.ts';

test('after one visit, a whole triage works offline', async ({ page, context }) => {
  await page.goto('/?lang=nl&practice=de-linde');
  await untilControlled(page);
  await expect(page.getByRole('status').first()).toHaveText('Wegwijzer werkt nu ook zonder internet.');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waarmee kunnen we je helpen?');
  await expect(page.getByText('Je bent offline.', { exact: false })).toBeVisible();

  await page.getByRole('link', { name: /klacht of maak me zorgen/ }).click();
  await answerWhoItIsAbout(page);
  await page.getByRole('searchbox', { name: 'Zoek je klacht' }).fill('hoofdpijn');
  await page.locator('#search-results a').first().click();
  expect(await answerCalmlyToOutcome(page, 'Verder')).toBeGreaterThan(5);
  await expect(page.getByRole('region', { name: 'Wanneer bel je toch?' })).toBeVisible();
  await expect(page.getByText(/inhoud sha256-[0-9a-f]{16}/)).toBeVisible();
});

test.describe('control: without a service worker', () => {
  test.use({ serviceWorkers: 'block' });
  test('the same offline reload fails, so the test above really ran without a network', async ({ page, context }) => {
    await page.goto('/?lang=nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waarmee kunnen we je helpen?');
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow();
  });
});

test('installable: the manifest and icons meet Chromium’s install criteria', async ({ page }) => {
  await page.goto('/?lang=nl');
  await untilControlled(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's throwaway profile counts as incognito, where Chromium never offers installs;
  // that one reason is about the test browser, every other one would be about the app.
  expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ short_name: 'Wegwijzer', display: 'standalone', start_url: '/', theme_color: '#0b4f6c' });
  for (const icon of manifest.icons) expect((await page.request.get(icon.src)).status(), icon.src).toBe(200);
  expect(manifest.icons.map((icon: { purpose: string }) => icon.purpose)).toContain('maskable');
});
