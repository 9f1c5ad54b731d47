import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

test('a repeat prescription at a practice that uses the pharmacy: call the repeat service', async ({ page }) => {
  await page.goto('/?lang=nl&practice=de-kastanje');
  await page.getByRole('link', { name: /iets regelen bij de praktijk/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat wil je regelen?');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Een herhaalrecept aanvragen' }).click();
  await expect(page.getByText('Bel de herhaalservice van je apotheek: 030-000 2010')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bel 030-000 2010' })).toHaveAttribute('href', 'tel:0300002010');
  await expectNoAxeViolations(page);
});

test('trouble with the portal leads into the helpdesk questions', async ({ page }) => {
  await page.goto('/requests?lang=nl&practice=de-linde');
  await page.getByRole('link', { name: /Hulp bij het portaal/ }).click();
  await expect(page).toHaveURL(/\/vragen\/1/);
});
