import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

test('waiting-room kiosk: the inactivity dialog is accessible, and the screen resets for the next person', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?lang=nl&mode=kiosk');
  // An expat switches the screen to English and starts.
  await page.getByRole('link', { name: 'English' }).click();
  await page.getByRole('link', { name: /help with digital care/ }).click();
  await page.getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is your question about your health?');
  // The kiosk runs in memory: the browser's address (and history) never shows a step.
  await expect(page).toHaveURL(/\/\?lang=nl&mode=kiosk$/);

  await page.clock.fastForward(91_000);
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('button', { name: 'I am still here' })).toBeFocused();
  await expectNoAxeViolations(page);

  await page.clock.fastForward(31_000);
  await expect(dialog).toBeHidden();
  // Back at the start, in the screen's own language (Dutch), with nothing of the previous person.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waarmee kunnen we je helpen?');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
});

test('waiting-room kiosk: an outcome opens no mail program; "Klopt dit advies niet?" goes to the desk', async ({ page }) => {
  await page.goto('/?lang=nl&mode=kiosk&practice=de-linde');
  await page.getByRole('link', { name: /hulp nodig bij digitale zorg/ }).click();
  for (const option of ['Ja', 'Nee', 'Ja', 'Ja', 'Ja']) {
    await page.getByLabel(option, { exact: true }).check();
    await page.getByRole('button', { name: 'Verder' }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('De Helpdesk Digitale Zorg helpt je graag');
  await expect(page.getByText('Klopt dit advies niet? Zeg het aan de balie.')).toBeVisible();
  await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
