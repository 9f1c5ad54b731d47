import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { HELPDESK_PATHS } from '../fixtures/helpdesk-paths.ts';
import { expectNoAxeViolations } from './axe.ts';

const texts = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../i18n/${lang}/trees/helpdesk-digitale-zorg.json`, import.meta.url), 'utf8'));
const nl = texts('nl');
const { version } = JSON.parse(readFileSync(new URL('../../decision-trees/helpdesk-digitale-zorg.json', import.meta.url), 'utf8'));

async function answer(page: Page, question: string, option: string) {
  await expect(page.locator(`input[name="answer-${question}"]`).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator(`input[name="answer-${question}"][value="${option}"]`).check();
  await page.getByRole('button', { name: 'Verder' }).click();
}

test.describe('Helpdesk Digitale Zorg, patient voice', () => {
  for (const path of HELPDESK_PATHS) {
    test(`${path.vignette} → ${path.outcome}`, async ({ page }) => {
      await page.goto('/?lang=nl');
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: /hulp nodig bij digitale zorg/ }).click();
      for (const [question, option] of path.answers) await answer(page, question, option);

      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(nl[path.outcome].title);
      await expect(heading).toBeFocused();
      // The document title names no outcome: a history or tab list on a shared device shows it.
      await expect(page).toHaveTitle('Advies – Wegwijzer');
      // Every ending carries a safety net, and every "no referral" says where to go instead.
      await expect(page.getByRole('region', { name: 'Wanneer bel je toch?' })).toContainText('112');
      if (nl[path.outcome].instead) await expect(page.getByText(nl[path.outcome].instead)).toBeVisible();
      await expect(page.getByText(new RegExp(`versie ${version.replaceAll('.', '\\.')}, inhoud sha256-[0-9a-f]{16}`))).toBeVisible();
      await expect(page.getByText(/nog een concept/)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test('staff voice shows the worksheet wording', async ({ page }) => {
  await page.goto('/triage/helpdesk-digitale-zorg?lang=nl&voice=staff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is de persoon (binnenkort) patiënt bij ons?');
  await answer(page, 'q-patient', 'no');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niet doorverwijzen');
  await expect(page.getByText(nl['o-not-patient'].reason)).toBeVisible();
});

test('a medical question leads on to the medical triage', async ({ page }) => {
  await page.goto('/triage/helpdesk-digitale-zorg?lang=nl');
  await answer(page, 'q-patient', 'yes');
  await answer(page, 'q-medical', 'unknown');
  await page.getByRole('link', { name: 'Naar de vragen over je klacht' }).click();
  // The picker asks the age first.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe oud is de persoon om wie het gaat?');
  await expectNoAxeViolations(page);
});

test('no answer chosen: an error summary takes focus and the title says Fout', async ({ page }) => {
  await page.goto('/triage/helpdesk-digitale-zorg?lang=nl');
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: /);
  await expectNoAxeViolations(page);
});

test('browser Back returns to the previous question with its answer', async ({ page }) => {
  await page.goto('/triage/helpdesk-digitale-zorg?lang=nl');
  await answer(page, 'q-patient', 'yes');
  await expect(page).toHaveURL(/\/vragen\/2/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl['q-patient'].text);
  await expect(page.locator('input[value="yes"]')).toBeChecked();
});

test('English sets lang and shows English text', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How can we help you?');
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waarmee kunnen we je helpen?');
});
