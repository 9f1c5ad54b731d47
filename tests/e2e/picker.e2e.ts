import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { answerCalmlyToOutcome } from './walk.ts';

test('an expat types "stomach ache" and answers through to an outcome', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('link', { name: /health complaint/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How old is the person this is about?');
  await expectNoAxeViolations(page);
  await page.getByLabel('18 to 65 years').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is your complaint about?');
  await page.getByRole('searchbox', { name: 'Search for your complaint' }).fill('stomach ache');
  await expect(page.getByRole('status').filter({ hasText: /found/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator('#search-results a').first().click();
  await expect(page).toHaveURL(/\/vragen\/1\?lang=en$/);

  expect(await answerCalmlyToOutcome(page, 'Continue')).toBeGreaterThan(5);
  await expect(page.getByRole('region', { name: 'When should you call after all?' })).toBeVisible();
  await expect(page.getByText(/Questionnaire .*, version \d+\.\d+\.\d+, content sha256-[0-9a-f]{16}/)).toBeVisible();
});

test('more than one complaint: tick two, answer both, one advice comes first and the other is listed', async ({ page }) => {
  // Two trees and the ABCDE screen, with axe on every page: long on a busy 2-core machine.
  test.setTimeout(90_000);
  await page.goto('/complaints?lang=nl');
  await page.getByLabel('18 tot 65 jaar').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('link', { name: 'Ik heb meer dan één klacht' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welke klachten heb je?');
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('checkbox', { name: 'Keelpijn' }).check();
  await page.getByRole('checkbox', { name: 'Hoesten' }).check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page).toHaveURL(/\/vragen\/1\?lang=nl$/);

  await answerCalmlyToOutcome(page, 'Verder');
  await expect(page.getByRole('region', { name: 'Je andere klachten' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Wanneer bel je toch?' })).toBeVisible();
});
