/**
 * The first screen is there before any JavaScript runs: a worried person on one bar of signal
 * reads it, and can call 112, while the app is still on its way. Then the app takes over the
 * same page without doubling or jumping.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

test.describe('before the app has loaded (its scripts never arrive)', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/assets/*.js', (route) => route.abort());
  });

  test('the start screen is readable, its choices are real links, and 112 can be called', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Waarmee kunnen we je helpen?');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waarmee kunnen we je helpen?');
    await expect(page.getByRole('link', { name: /Ik heb een klacht/ })).toHaveAttribute('href', '/complaints');
    await expect(page.getByRole('link', { name: /hulp nodig bij digitale zorg/ })).toHaveAttribute(
      'href',
      '/triage/helpdesk-digitale-zorg',
    );
    for (const link of await page.getByRole('link', { name: /112/ }).all()) await expect(link).toHaveAttribute('href', 'tel:112');
    await expectNoAxeViolations(page);
  });

  test('the About page is readable on its own', async ({ page }) => {
    await page.goto('/about');
    await expect(page).toHaveTitle('Over Wegwijzer');
    await expect(page.getByRole('heading', { level: 2, name: 'Je antwoorden blijven bij jou' })).toBeVisible();
    // The intended use, stated before anything else: which door and how soon, what not, and no CE marking.
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.slice(0, 3)).toEqual(['Waarvoor is Wegwijzer bedoeld?', 'Waarvoor is Wegwijzer niet bedoeld?', 'Geen CE-markering']);
    await expect(page.getByRole('listitem').filter({ hasText: '112, bij levensgevaar' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'in plaats van 112 bij levensgevaar' })).toBeVisible();
    await expect(page.getByText('Wegwijzer heeft geen CE-markering als medisch hulpmiddel.')).toBeVisible();
    await expect(page.getByText('Alle vragenlijsten zijn nog een concept: een arts heeft ze nog niet gecontroleerd.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a link into a triage shows the frame with the 112 link and a calm loading line, never the start screen', async ({ page }) => {
    await page.goto('/triage/keelpijn');
    await expect(page.getByRole('link', { name: /Bel 112/ }).first()).toHaveAttribute('href', 'tel:112');
    await expect(page.getByRole('status').filter({ hasText: 'de vragen worden geladen' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  });

  test('every prerendered page carries the calm page for an app that cannot start, hidden, in Dutch and English', async ({ page }) => {
    for (const address of ['/', '/about', '/triage/keelpijn']) {
      await page.goto(address);
      const built = page.locator('#load-failed');
      await expect(built, address).toBeHidden();
      await expect(built.locator('section'), address).toHaveCount(2);
      expect(
        await built
          .locator('section')
          .evaluateAll((pages) => pages.map((p) => [p.getAttribute('lang'), p.querySelector('h1')?.textContent])),
        address,
      ).toEqual([
        ['nl', 'Er ging iets mis'],
        ['en', 'Something went wrong'],
      ]);
    }
  });
});

test('the app takes over the prerendered start screen: nothing doubled, the same heading, links handled in the page', async ({ page }) => {
  await page.goto('/?lang=nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waarmee kunnen we je helpen?');
  // The app has rendered once the service worker bridge reports (its effect runs after render).
  await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then(Boolean));
  await expect(page.locator('header')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('#load-failed')).toBeHidden();
  // An in-app link now changes the page without loading a new document.
  await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
  await page.getByRole('link', { name: 'Hoe werkt Wegwijzer?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Over Wegwijzer');
  expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
});

test.describe('a tap while the app is still loading', () => {
  // Without a service worker every request is the page's own, so page.route sees each one.
  test.use({ serviceWorkers: 'block', locale: 'en-GB' });

  test('an English phone opens a Dutch practice link: the next page keeps the Dutch and the practice', async ({ page }) => {
    // The first page's texts hang, so the app never takes over and the link loads a new page.
    let hold = true;
    await page.route('**/data/i18n/*/common.*.json', (route) => (hold ? undefined : route.continue()));
    await page.goto('/?lang=nl&practice=de-kastanje');
    hold = false;
    await page.getByRole('link', { name: /iets regelen bij de praktijk/ }).click();
    await expect(page).toHaveURL(/\/requests\?lang=nl&practice=de-kastanje$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat wil je regelen?');
    await expect(page.getByRole('link', { name: 'Een herhaalrecept aanvragen' })).toBeVisible();
  });
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-GB' });

  test('gets the prerendered Dutch start screen replaced by English, with lang set', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How can we help you?');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('header')).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test('gets the About page in English, with the intended use and no CE marking', async ({ page }) => {
    await page.goto('/about');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Wegwijzer');
    await expect(page.getByRole('heading', { level: 2, name: 'What Wegwijzer is meant for' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'What Wegwijzer is not meant for' })).toBeVisible();
    await expect(page.getByText('Wegwijzer does not have a CE marking as a medical device.')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('a link into a triage shows its first question, not the start screen first', async ({ page }) => {
  const headings: string[] = [];
  await page.exposeFunction('reportHeading', (text: string) => headings.push(text));
  // Record every h1 the page ever shows, from the first parsed byte on.
  await page.addInitScript(() => {
    const report = (window as unknown as { reportHeading: (text: string) => void }).reportHeading;
    new MutationObserver(() => document.querySelectorAll('h1').forEach((h1) => report(h1.textContent ?? ''))).observe(document, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  await page.goto('/triage/helpdesk-digitale-zorg?lang=nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ben je patiënt bij een huisartsenpraktijk, of word je dat binnenkort?');
  expect(headings).not.toContain('Waarmee kunnen we je helpen?');
});
