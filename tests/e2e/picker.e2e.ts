import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { answerCalmlyToOutcome, answerWhoItIsAbout } from './walk.ts';

test('an expat types "stomach ache" and answers through to an outcome', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('link', { name: /health complaint/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How old is the person this is about?');
  await expectNoAxeViolations(page);
  await answerWhoItIsAbout(page, { band: '18 to 65 years', sex: 'Female or girl', next: 'Continue' });

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
  await answerWhoItIsAbout(page);
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

test('the youngest age band: the list holds only trees for babies, and a link into the adults’ stomach-ache tree runs the children’s', async ({
  page,
}) => {
  await page.goto('/complaints?lang=nl');
  await answerWhoItIsAbout(page, { band: 'Jonger dan 1 maand', sex: 'Man of jongen' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waar gaat je klacht over?');
  // The list by body area arrives with the search index, after the heading: wait for it, not a race.
  const list = page.locator('section[aria-labelledby="all-complaints"] a');
  await expect(list.first()).toBeVisible();
  const listed = await list.allTextContents();
  expect(listed).toContain('Pasgeboren baby: geel, slecht drinken of suf');
  expect(listed).toContain('Koorts bij een kind');
  for (const forOlder of ['Buikpijn', 'Keelpijn', 'Rugpijn', 'Pijn bij je menstruatie']) expect(listed).not.toContain(forOlder);
  await expectNoAxeViolations(page);

  // The band is kept in this tab: a link from outside into the adults' tree asks nothing again.
  await page.goto('/triage/buikpijn-volwassene?lang=nl');
  const heading = page.getByRole('heading', { level: 1 });
  // The shared screen for danger first (each answered "no"), then the children's stomach-ache questions.
  for (let step = 0; step < 8 && (await heading.textContent()) !== 'Is je kind erg ziek, suf of slap?'; step++) {
    await expect(page.locator('form.question input[value="no"]')).toBeVisible();
    await page.locator('form.question input[value="no"]').check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(heading).not.toHaveText('');
  }
  await expect(heading).toHaveText('Is je kind erg ziek, suf of slap?');
  await expect(page).toHaveURL(/\/vragen\/\d+\?lang=nl$/);
  await expectNoAxeViolations(page);
});
