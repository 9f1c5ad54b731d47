import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { answerWhoItIsAbout } from './walk.ts';

const ABCDE = ['q-breathing', 'q-awake', 'q-stroke', 'q-bleeding-chest', 'q-spots'];

test('sore throat for two weeks at a practice with e-consult: red-flag screen first, then e-consult', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00+01:00'));
  await page.goto('/complaints?lang=nl&practice=de-linde');
  await answerWhoItIsAbout(page);
  await page.getByRole('searchbox', { name: 'Zoek je klacht' }).fill('keelpijn');
  await page.locator('#search-results a').first().click();
  for (const question of [...ABCDE, 'q-swallow', 'q-immunity', 'q-very-ill']) {
    await expect(page.locator(`input[name="answer-${question}"]`).first()).toBeVisible();
    await page.locator(`input[name="answer-${question}"][value="no"]`).check();
    await page.getByRole('button', { name: 'Verder' }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoeveel dagen heb je al keelpijn?');
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await page.getByLabel('Hoeveel dagen heb je al keelpijn?').fill('14');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stuur je huisarts een e-consult');
  await expect(page.getByRole('link', { name: 'Naar MijnOmgeving' })).toHaveAttribute('href', 'https://de-linde.example.org/mijnomgeving');
  await expect(page.getByRole('link', { name: '030-000 1002' })).toHaveAttribute('href', 'tel:0300001002');
  await expect(page.getByRole('link', { name: /Ik heb keelpijn/ })).toHaveAttribute(
    'href',
    'https://www.thuisarts.nl/keelpijn/ik-heb-keelpijn',
  );
  await expectNoAxeViolations(page);
});

test('"weet ik niet" on a life-threat question goes straight to 112', async ({ page }) => {
  await page.goto('/complaints?lang=nl');
  await answerWhoItIsAbout(page);
  await page.getByRole('link', { name: 'Mijn klacht staat er niet bij' }).click();
  await page.locator('input[name="answer-q-breathing"][value="unknown"]').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bel nu 112');
  await expect(page.getByRole('main').getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
  await expectNoAxeViolations(page);
});
