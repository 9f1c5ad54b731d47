/**
 * Every load ends. A load that fails or hangs shows a calm page with "Probeer opnieuw", the phone
 * route and 112 (in the person's language where its texts are there, else the Dutch and English
 * built into every prerendered page), and the retry really loads again once the network is back.
 * Also: a mistyped address is a page not found, never the resume prompt; "works offline now"
 * never appears in the middle of a triage; the notice about unreadable saved answers shows on
 * whichever screen the app opened.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { untilControlled } from './service-worker.ts';

const COMMON_TEXTS = '**/data/i18n/*/common.*.json';
const TREES = '**/data/decision-trees/**';
const HELPDESK = '/triage/helpdesk-digitale-zorg';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** A question is on screen, its heading focused as on every new page. */
async function expectQuestion(page: Page) {
  await expect(page.locator('form.question')).toBeVisible();
  await expect(page.getByRole('radio').first()).toBeVisible();
}

test.describe('a first visit while the network fails (nothing cached yet)', () => {
  // Without a service worker every request is the page's own, so page.route sees each one.
  test.use({ serviceWorkers: 'block' });

  test('the texts cannot load: the calm page built into the shell, in Dutch; "Probeer opnieuw" works once the network is back', async ({
    page,
  }) => {
    await page.route(COMMON_TEXTS, (route) => route.abort('internetdisconnected'));
    await page.goto(`${HELPDESK}?lang=nl`);
    await expect(heading(page)).toHaveText('Er ging iets mis');
    await expect(page).toHaveTitle('Er ging iets mis');
    await expect(page.getByText('de vragen worden geladen')).toHaveCount(0);
    // Only the page in the person's language shows; the other stays hidden outside the main region.
    await expect(page.getByRole('main').getByText('Something went wrong')).toHaveCount(0);
    await expect(
      page.getByRole('main').getByText('Bel dan je huisartsenpraktijk. Buiten kantoortijden bel je de huisartsenpost.'),
    ).toBeVisible();
    const call112 = page.getByRole('main').getByRole('link', { name: 'Bel 112' });
    await expect(call112).toHaveAttribute('href', 'tel:112');
    await expectNoAxeViolations(page);

    await page.unroute(COMMON_TEXTS);
    await page.getByRole('link', { name: 'Probeer opnieuw' }).click();
    await expectQuestion(page);
  });

  test('the texts do not answer at all: the loading line, then the calm page; it never waits for ever', async ({ page }) => {
    test.setTimeout(60_000);
    await page.route(COMMON_TEXTS, () => undefined); // never answered
    await page.goto(`${HELPDESK}?lang=nl`, { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('status').filter({ hasText: 'de vragen worden geladen' })).toBeVisible();
    await expect(heading(page)).toHaveText('Er ging iets mis', { timeout: 30_000 });
    await expect(page.getByRole('link', { name: 'Probeer opnieuw' })).toBeVisible();
  });

  test('the start screen too: the app that cannot start says so instead of leaving links that lead nowhere', async ({ page }) => {
    await page.route(COMMON_TEXTS, (route) => route.abort('internetdisconnected'));
    await page.goto('/?lang=nl');
    await expect(heading(page)).toHaveText('Er ging iets mis');
    await expect(page.getByRole('link', { name: 'Probeer opnieuw' })).toBeVisible();
    await page.unroute(COMMON_TEXTS);
    await page.getByRole('link', { name: 'Probeer opnieuw' }).click();
    await expect(heading(page)).toHaveText('Waarmee kunnen we je helpen?');
  });

  test.describe('an English browser', () => {
    test.use({ locale: 'en-GB' });

    test('gets the built-in calm page in English', async ({ page }) => {
      await page.route(COMMON_TEXTS, (route) => route.abort('internetdisconnected'));
      await page.goto(HELPDESK);
      await expect(heading(page)).toHaveText('Something went wrong');
      await expect(page.getByRole('link', { name: 'Try again' })).toBeVisible();
      await expect(page.getByRole('main').getByText('Er ging iets mis')).toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  });

  test('the trees cannot load: the calm page in the person’s language; its retry loads them once the network is back', async ({ page }) => {
    await page.route(TREES, (route) => route.abort('internetdisconnected'));
    await page.goto(`${HELPDESK}?lang=en`);
    await expect(heading(page)).toHaveText('Something went wrong');
    await expect(page.getByRole('main').getByText('Perhaps the connection is down for a moment.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
    await expectNoAxeViolations(page);

    await page.unroute(TREES);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expectQuestion(page);
    await expect(heading(page)).toBeFocused();
  });

  test('a page whose code cannot load: the calm page; its retry fetches the code again once the network is back', async ({ page }) => {
    await page.goto('/?lang=nl');
    await expect(heading(page)).toHaveText('Waarmee kunnen we je helpen?');
    // The app has taken over the page once its texts are in and nothing more is on its way.
    await page.waitForLoadState('networkidle');
    await page.route('**/assets/*.js', (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: /Ik heb een klacht/ }).click();
    await expect(heading(page)).toHaveText('Er ging iets mis');
    await expect(page.getByRole('button', { name: 'Probeer opnieuw' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.unroute('**/assets/*.js');
    await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
    await expectQuestion(page);
  });
});

test('a mistyped address shows "page not found" with the way back, never the question whether to continue', async ({ page }) => {
  // A triage under way, kept on the device: a reload of its address offers to continue.
  await page.goto(`${HELPDESK}?lang=nl`);
  await page.getByRole('radio', { name: 'Ja' }).check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page).toHaveURL(/\/vragen\/2/);
  await page.reload();
  await expect(heading(page)).toHaveText('Wil je verdergaan waar je was?');

  for (const address of ['/vragne/2?lang=nl', '/triage/keelpjin?lang=nl']) {
    await page.goto(address);
    await expect(heading(page), address).toHaveText('Deze pagina bestaat niet');
    await expect(page).toHaveTitle(/Deze pagina bestaat niet/);
    await expect(page.getByText('Wil je verdergaan waar je was?')).toHaveCount(0);
    await expectNoAxeViolations(page);
  }
  // The way back: the start, which offers to continue.
  await page.getByRole('link', { name: 'Naar het begin' }).click();
  await expect(heading(page)).toHaveText('Wil je verdergaan waar je was?');
});

test('"works offline now" never appears in the middle of a triage; it waits for the start screen', async ({ page }) => {
  // Every text the status line ever shows, and on which address.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { statusSeen: string[] }).statusSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.status-line')?.textContent ?? '';
      const entry = `${location.pathname}: ${text}`;
      if (text && seen.at(-1) !== entry) seen.push(entry);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  // A link straight into a triage: the service worker is installed while the first question shows.
  await page.goto(`${HELPDESK}?lang=nl`);
  await expectQuestion(page);
  await untilControlled(page);
  await expect(page.locator('.status-line')).toHaveText('');

  await page.getByRole('link', { name: 'Terug' }).click();
  await expect(heading(page)).toHaveText('Waarmee kunnen we je helpen?');
  await expect(page.locator('.status-line')).toHaveText('Wegwijzer werkt nu ook zonder internet.');
  const seen = await page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
  expect(seen.filter((entry) => entry.startsWith('/vragen'))).toEqual([]);
});

test('unreadable saved answers: the notice shows on the question the app opened on, then goes', async ({ page }) => {
  // A file of the same origin where the app does not run (it would find the record and delete it first).
  await page.goto('/robots.txt');
  // What a broken write or another app version could leave in the device store.
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('wegwijzer', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('sessions');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const write = open.result.transaction('sessions', 'readwrite');
          write.objectStore('sessions').put({ format: 1, treeIds: 'keelpijn', session: 'not a session' }, 'current');
          write.oncomplete = () => {
            open.result.close();
            done();
          };
        };
      }),
  );
  await page.goto(`${HELPDESK}?lang=nl`);
  await expectQuestion(page);
  const notice = page.getByText('We konden je vorige antwoorden niet terugzetten. Begin gerust opnieuw.');
  await expect(notice).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: 'Ja' }).check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page).toHaveURL(/\/vragen\/2/);
  await expect(notice).toHaveCount(0);
});
