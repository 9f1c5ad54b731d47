import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

const ABCDE = ['q-breathing', 'q-awake', 'q-stroke', 'q-bleeding-chest', 'q-spots'];

async function choose(page: Page, question: string, option: string) {
  await page.locator(`input[name="answer-${question}"][value="${option}"]`).check();
  await page.getByRole('button', { name: 'Verder' }).click();
}

/** Through the age question and the picker to the "not listed" tree, at a given moment and practice. */
async function startNotListed(page: Page, when: string, practice: string) {
  await page.clock.setFixedTime(new Date(when));
  await page.goto(`/complaints?lang=nl&practice=${practice}`);
  await page.getByLabel('18 tot 70 jaar').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('link', { name: 'Mijn klacht staat er niet bij' }).click();
}

test('a life-threat answer: "Bel nu 112" with a call button', async ({ page }) => {
  await startNotListed(page, '2026-11-24T10:00:00+01:00', 'de-linde');
  await choose(page, 'q-breathing', 'yes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bel nu 112');
  await expect(page.getByRole('main').getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
  await expectNoAxeViolations(page);
});

test('urgent on a Friday evening: phone the huisartsenpost now, with its number', async ({ page }) => {
  await startNotListed(page, '2026-11-27T19:00:00+01:00', 'de-linde');
  for (const question of ABCDE) await choose(page, question, 'no');
  await choose(page, 'q-alarm', 'yes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bel nu de huisartsenpost: 030-000 0100');
  await expect(page.getByRole('link', { name: 'Bel 030-000 0100' })).toHaveAttribute('href', 'tel:0300000100');
  await expect(page.getByText(/Bel eerst: ga er niet zomaar heen/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the same answers on a Tuesday morning: the practice’s own urgent line', async ({ page }) => {
  await startNotListed(page, '2026-11-24T10:00:00+01:00', 'de-linde');
  for (const question of ABCDE) await choose(page, question, 'no');
  await choose(page, 'q-alarm', 'yes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bel nu de spoedlijn van je huisarts: 030-000 1001');
  await expectNoAxeViolations(page);
});

test('not urgent on a Saturday: the own GP on Monday, named in words', async ({ page }) => {
  await startNotListed(page, '2026-11-28T11:00:00+01:00', 'de-linde');
  for (const question of ABCDE) await choose(page, question, 'no');
  await choose(page, 'q-alarm', 'no');
  await choose(page, 'q-risk', 'no');
  await choose(page, 'q-wait', 'can-wait');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neem maandag 30 november contact op met je huisarts');
  await expectNoAxeViolations(page);
});
