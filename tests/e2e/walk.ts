import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/**
 * Answer every question with the calmest choice ("no", else the first option, numbers 1) until
 * the outcome page, checking focus and axe on each page. Returns the number of questions asked.
 */
export async function answerCalmlyToOutcome(page: Page, continueLabel: string): Promise<number> {
  for (let asked = 0; asked < 40; asked++) {
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
