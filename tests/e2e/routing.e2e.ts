import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { QuestionnaireResponseR4 } from '../fixtures/fhir-r4-questionnaire-response.ts';
import { expectNoAxeViolations } from './axe.ts';
import { answerWhoItIsAbout } from './walk.ts';

const ABCDE = ['q-breathing', 'q-awake', 'q-stroke', 'q-bleeding-chest', 'q-spots'];

async function choose(page: Page, question: string, option: string) {
  await page.locator(`input[name="answer-${question}"][value="${option}"]`).check();
  await page.getByRole('button', { name: 'Verder' }).click();
}

/** Through the age question and the picker to the "not listed" tree, at a given moment and practice. */
async function startNotListed(page: Page, when: string, practice: string) {
  await page.clock.setFixedTime(new Date(when));
  await page.goto(`/complaints?lang=nl&practice=${practice}`);
  await answerWhoItIsAbout(page);
  await page.getByRole('link', { name: 'Mijn klacht staat er niet bij' }).click();
}

async function fill(page: Page, question: string, value: string) {
  await page.locator(`input[name="answer-${question}"]`).fill(value);
  await page.getByRole('button', { name: 'Verder' }).click();
}

/** "Not listed", nothing alarming and it can wait: on a Saturday or Friday night, the own GP on Monday. */
async function canWaitUntilMonday(page: Page) {
  await choose(page, 'q-alarm', 'no');
  await choose(page, 'q-pain', 'mild');
  await choose(page, 'q-risk', 'no');
  await choose(page, 'q-again', 'no');
  await choose(page, 'q-wait', 'can-wait');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neem maandag 30 november contact op met je huisarts');
}

/** Through the age question (every complaint tree asks it) and the ABCDE screen into a tree, by a link that names it. */
async function startTree(page: Page, when: string, tree: string, query: string) {
  await page.clock.setFixedTime(new Date(when));
  await page.goto(`/triage/${tree}?lang=nl${query}`);
  await page.getByLabel('18 tot 65 jaar').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  for (const question of ABCDE) await choose(page, question, 'no');
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
  await canWaitUntilMonday(page);
  await expectNoAxeViolations(page);
});

test('the handover summary copies, prints, and downloads as a valid FHIR R4 QuestionnaireResponse', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startNotListed(page, '2026-11-24T10:00:00+01:00', 'de-linde');
  for (const question of ABCDE) await choose(page, question, 'no');
  await choose(page, 'q-alarm', 'no');
  await choose(page, 'q-pain', 'mild');
  await choose(page, 'q-risk', 'no');
  await choose(page, 'q-again', 'no');
  await choose(page, 'q-wait', 'cannot-wait');
  const summary = page.getByRole('region', { name: 'Samenvatting voor je huisarts' });
  await expect(summary).toContainText('Kan dit wachten tot je je huisarts op een gewone werkdag kunt bellen? Nee, dit kan niet wachten');
  await expectNoAxeViolations(page);

  await summary.getByRole('button', { name: 'Kopiëren' }).click();
  await expect(summary.getByRole('status')).toHaveText('De samenvatting is gekopieerd.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Heeft iemand nu grote moeite met ademen? Nee.');
  expect(copied).toMatch(/sha256-[0-9a-f]{16}/);

  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await summary.getByRole('button', { name: 'Afdrukken' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  const [download] = await Promise.all([page.waitForEvent('download'), summary.getByRole('button', { name: /FHIR/ }).click()]);
  const resource = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  const parsed = QuestionnaireResponseR4.safeParse(resource);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  expect(resource.item.find((i: { linkId: string }) => i.linkId === 'overige-klacht/q-wait').answer[0].valueCoding.code).toBe(
    'cannot-wait',
  );
});

test('earache at Strijp on a Saturday: the own GP on Monday, and what to do until then is below, where the advice is', async ({ page }) => {
  await startTree(page, '2026-11-28T11:00:00+01:00', 'oorpijn', '&practice=strijp');
  for (const question of ['q-neck', 'q-serious', 'q-deaf', 'q-risk']) await choose(page, question, 'no');
  await fill(page, 'q-pain', '5');
  await choose(page, 'q-grommets', 'no');
  await fill(page, 'q-days', '4');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neem maandag 30 november contact op met je huisarts');
  const panel = page.locator('.action');
  await expect(panel).toContainText('Lees hieronder wat je tot die tijd zelf kunt doen.');
  await expect(page.getByRole('main')).not.toContainText('hierboven');
  // "Below" is true: the advice follows the panel.
  const adviceFollows = await page.evaluate(() => {
    const action = document.querySelector('.action')!;
    const advice = [...document.querySelectorAll('h2')].find((h2) => h2.textContent === 'Wat kun je doen?')!;
    return Boolean(action.compareDocumentPosition(advice) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(adviceFollows).toBe(true);
  await expectNoAxeViolations(page);
});

test('urgent at night without a practice: how to find the post’s number, 112, and a region to choose that gives it', async ({ page }) => {
  await startTree(page, '2026-11-27T23:00:00+01:00', 'overige-klacht', '');
  await choose(page, 'q-alarm', 'yes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bel nu de huisartsenpost in je regio');
  const panel = page.locator('.action');
  await expect(panel).toContainText(
    'Bel het nummer van je eigen huisarts. Is de praktijk dicht? Dan hoor je een bandje met het nummer van de huisartsenpost.',
  );
  await expect(panel).toContainText('Of zoek het nummer op de website van je huisarts.');
  await expect(panel.getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
  await expectNoAxeViolations(page);

  await panel.getByRole('combobox', { name: 'Kies je huisartsenpraktijk of je regio' }).selectOption('region:utrecht-stad');
  await panel.getByRole('button', { name: 'Kiezen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bel nu de huisartsenpost: 030-000 0100');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Bel 030-000 0100' })).toHaveAttribute('href', 'tel:0300000100');
  await expect(panel).not.toContainText('bandje');
  await expectNoAxeViolations(page);
});

test('the 112 link stays within reach on a long page, at 320 px and at 400% zoom, and never hides the focus', async ({ page }) => {
  await startTree(page, '2026-11-27T23:00:00+01:00', 'overige-klacht', '&practice=de-linde');
  await canWaitUntilMonday(page);
  const emergency = page.getByRole('banner').getByRole('link', { name: 'Levensgevaar? Bel 112' });
  // 320 × 640: a phone; 320 × 256: 1280 × 1024 at 400% zoom.
  for (const [width, height, rowAtMost] of [
    [320, 640, 64],
    [320, 256, 48],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    const header = (await page.getByRole('banner').boundingBox())!;
    expect(header.height, `${width}×${height}: one low row`).toBeLessThanOrEqual(rowAtMost);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY), 'a long page').toBeGreaterThan(500);
    await expect(emergency).toBeInViewport({ ratio: 1 });
    // Every focus stop, forwards and back, shows at least part of itself below the row.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('heading', { level: 1 }).focus();
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let stop = 0; stop < 40; stop++) {
        await page.keyboard.press(key);
        const hidden = await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement | null;
          if (!focused || focused === document.body) return null;
          // Seen if some point of it, in the window, is not under something else (the sticky row).
          const rect = focused.getBoundingClientRect();
          for (let x = rect.left + 2; x < rect.right; x += 8)
            for (let y = rect.top + 2; y < rect.bottom; y += 8) {
              if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
              const top = document.elementFromPoint(x, y);
              if (top && (focused === top || focused.contains(top))) return null;
            }
          return focused.outerHTML.slice(0, 80);
        });
        expect(hidden, `${width}×${height} ${key} stop ${stop}`).toBeNull();
      }
    }
  }
  await expectNoAxeViolations(page);
});

test('self-care says so once: in the page’s own title, with no second headline under it', async ({ page }) => {
  await startTree(page, '2026-11-24T10:00:00+01:00', 'hooikoorts', '&practice=de-linde');
  for (const question of ['q-asthma', 'q-eye', 'q-tried']) await choose(page, question, 'no');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je kunt dit zelf goed aanpakken');
  await expect(page.locator('.action')).toContainText('Lees hieronder wat je zelf kunt doen.');
  await expect(page.locator('.action__headline')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('Je kunt dit zelf aanpakken');
  await expectNoAxeViolations(page);
});
