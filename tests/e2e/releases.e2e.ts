/**
 * A release cannot break a device. A data file that arrives damaged (here: cut short, and still
 * served with 200) does not match the digest in its address, so the service worker refuses the
 * whole release: it never takes over, and every open tab keeps working on the last good version.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildRelease, builtDataFile, deployment, OLD_VERSION } from './deploy.ts';
import { PORTS } from './ports.ts';
import { untilControlled } from './service-worker.ts';
import { answerCalmlyToOutcome, chooseAgeIfAsked } from './walk.ts';

// One server and its releases, shared by these tests in order.
const deployed = deployment(PORTS.release);

/** Ask the service worker for the new release and wait until its install has ended: 'installed' or 'redundant'. */
async function tryUpdate(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    await registration.update();
    const worker = registration.installing ?? registration.waiting;
    if (!worker) return 'no new release';
    if (worker.state === 'installed' || worker.state === 'redundant') return worker.state;
    return new Promise<string>((done) =>
      worker.addEventListener('statechange', () => (worker.state === 'installed' || worker.state === 'redundant') && done(worker.state)),
    );
  });
}

/** The sore-throat triage from the start screen to its outcome, the calm way; returns the version line. */
async function soreThroat(page: Page) {
  await page.goto(`${deployed.server.url}/complaints?lang=nl`);
  await chooseAgeIfAsked(page, '18 tot 65 jaar');
  await page.getByRole('searchbox', { name: 'Zoek je klacht' }).fill('keelpijn');
  await page.locator('#search-results a').first().click();
  await answerCalmlyToOutcome(page, 'Verder');
  return page.getByText(/Keelpijn, versie \d+\.\d+\.\d+, inhoud/);
}

test('a release with a damaged data file served with 200 is refused, and every tab keeps the last good version', async ({ context }) => {
  test.setTimeout(240_000);
  const tabs = [await context.newPage(), await context.newPage()];
  for (const tab of tabs) {
    await tab.goto(`${deployed.server.url}/?lang=nl`);
    await untilControlled(tab);
  }

  const release = buildRelease(deployed.work, 'damaged');
  const treeFile = builtDataFile(release, 'decision-trees/keelpijn.json');
  const whole = readFileSync(treeFile, 'utf8');
  writeFileSync(treeFile, whole.slice(0, Math.floor(whole.length / 2)));
  deployed.server.serve(release);

  expect(await tryUpdate(tabs[0]!)).toBe('redundant');
  for (const tab of tabs) {
    await tab.reload();
    await expect(tab.getByRole('button', { name: 'Nu bijwerken' })).toBeHidden();
    await expect(await soreThroat(tab)).toHaveText(new RegExp(`versie ${OLD_VERSION.replaceAll('.', '\\.')},`));
  }
});

test('control: the same release undamaged is accepted (so the refusal above was the digest)', async ({ page }) => {
  test.setTimeout(180_000);
  deployed.server.serve(deployed.current);
  await page.goto(`${deployed.server.url}/?lang=nl`);
  await untilControlled(page);
  deployed.server.serve(buildRelease(deployed.work, 'whole'));
  expect(await tryUpdate(page)).toBe('installed');
});
