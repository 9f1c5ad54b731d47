import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/** What one page of a walk (focus check, axe, one answer) may take on a busy 2-core machine. */
const PAGE_ALLOWANCE = 10_000;

/**
 * Answer every question with the calmest choice ("no", else the first option, numbers 1) until
 * the outcome page, checking focus and axe on each page. Returns the number of questions asked.
 * Each page adds its own allowance to the test's time limit: a long walk gets time for its
 * length, so a busy machine slows it down without failing it.
 */
export async function answerCalmlyToOutcome(page: Page, continueLabel: string): Promise<number> {
  for (let asked = 0; asked < 40; asked++) {
    test.info().setTimeout(test.info().timeout + PAGE_ALLOWANCE);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expectNoAxeViolations(page);
    if ((await page.locator('form.question').count()) === 0) return asked;
    const no = page.locator('input[value="no"]');
    if ((await no.count()) > 0) await no.check();
    else if ((await page.locator('input[type="text"]').count()) > 0) await page.locator('input[type="text"]').fill('1');
    else await page.locator('input[type="radio"]').first().check();
    await page.getByRole('button', { name: continueLabel }).click();
  }
  throw new Error('no outcome after 40 questions');
}

/**
 * The two questions before the complaint list: the age band, then sex at birth. In Dutch unless
 * English labels are given.
 */
export async function answerWhoItIsAbout(
  page: Page,
  { band = '18 tot 65 jaar', sex = 'Vrouw of meisje', next = 'Verder' }: { band?: string; sex?: string; next?: string } = {},
): Promise<void> {
  await page.getByLabel(band).check();
  await page.getByRole('button', { name: next }).click();
  await page.getByLabel(sex).check();
  await page.getByRole('button', { name: next }).click();
}

/**
 * On the way to the complaint list: where the age is asked, choose `band`, and where sex at birth
 * is asked, "Vrouw of meisje"; what was chosen earlier in this browser session (kept, WCAG 3.3.7)
 * is not asked again, and the list comes at once.
 */
export async function chooseAgeIfAsked(page: Page, band: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  const AGE = 'Hoe oud is de persoon om wie het gaat?';
  const SEX = 'Wat was het geslacht bij de geboorte?';
  const oneOf = (...texts: string[]) => new RegExp(`^(${texts.map((text) => text.replace(/[?.*+()]/g, '\\$&')).join('|')})$`);
  await expect(heading).toHaveText(oneOf(AGE, SEX, 'Waar gaat je klacht over?'));
  if ((await heading.textContent()) === AGE) {
    await page.getByLabel(band).check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(heading).toHaveText(oneOf(SEX, 'Waar gaat je klacht over?'));
  }
  if ((await heading.textContent()) === SEX) {
    await page.getByLabel('Vrouw of meisje').check();
    await page.getByRole('button', { name: 'Verder' }).click();
  }
}
