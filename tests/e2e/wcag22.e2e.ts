/**
 * WCAG 2.2 AA, criterion by criterion, on every kind of page the app shows (page-types.ts): one
 * test per criterion. Each page type is opened once per group, in a browser context of its own,
 * and every test of the group looks at it; a test changes only what it puts back (the window's
 * size, emulated media, an injected style). Beside them: a second rule engine next to axe, and
 * proof that each engine reports a fault planted on purpose.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { aceViolations, expectNoAceViolations } from './ace.ts';
import { axeViolations, expectNoAxeViolations } from './axe.ts';
import { contrastRatio, over, parseColor } from './contrast.ts';
import { eachFocusStop, indicatorContrast, painted, readFocusStop } from './focus-stops.ts';
import { answer, chooseAdult, intoTree, PAGE_TYPES, type PageType } from './page-types.ts';
import { answerWhoItIsAbout } from './walk.ts';

test.use({ serviceWorkers: 'block' });

/** Opening one page type (up to a dozen answers) and a check on it, on a busy 2-core machine. */
const PER_PAGE_TYPE_MS = 15_000;
const PHONE = { width: 412, height: 839 };

interface Opened {
  readonly type: PageType;
  readonly page: Page;
}

/** Every page type, opened once for the tests of one group (each group runs in one worker, in order). */
function openEveryPageType(): readonly Opened[] {
  const opened: Opened[] = [];
  test.describe.configure({ mode: 'default' });
  test.beforeAll(async ({ browser }: { browser: Browser }) => {
    test.setTimeout(PER_PAGE_TYPE_MS * PAGE_TYPES.length);
    const use = test.info().project.use;
    for (const type of PAGE_TYPES) {
      const context = await browser.newContext({ ...use, serviceWorkers: 'block' });
      const page = await context.newPage();
      await test.step(`open: ${type.name}`, () => type.open(page));
      opened.push({ type, page });
    }
  });
  test.afterAll(async () => {
    await Promise.all(opened.map(({ page }) => page.context().close()));
  });
  return opened;
}

/** Run `check` on each opened page type, with time for each; the window and media are put back after. */
async function onEach(opened: readonly Opened[], check: (page: Page, type: PageType) => Promise<void>, filter = (_: PageType) => true) {
  for (const { type, page } of opened.filter(({ type }) => filter(type))) {
    test.info().setTimeout(test.info().timeout + PER_PAGE_TYPE_MS);
    await test.step(type.name, async () => {
      try {
        await check(page, type);
      } finally {
        await page.setViewportSize(PHONE);
        await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
        await page.evaluate(() => window.scrollTo(0, 0));
      }
    });
  }
}

/** Focus where a keyboard user starts: the top of the page, or in a dialog that holds the page. */
async function fromTheTop(page: Page) {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur();
    // Focused anew, as when the dialog opened: the browser scrolls it into view in this window.
    document.querySelector<HTMLElement>('[aria-modal="true"] button')?.focus({ focusVisible: true } as FocusOptions);
  });
}

test.describe('the engines', () => {
  const opened = openEveryPageType();

  test('axe and IBM Equal Access (WCAG 2.2 A and AA) find no violation on any page type', async () => {
    await onEach(opened, async (page) => {
      await expectNoAxeViolations(page);
      await expectNoAceViolations(page);
    });
  });
});

test.describe('each engine reports a fault planted on purpose, so a silent engine cannot pass', () => {
  /** An image without a text alternative and a button without a name, in the start page's main region. */
  async function plantFaults(page: Page) {
    await page.goto('/?lang=nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waarmee kunnen we je helpen?');
    await page.evaluate(() => {
      const main = document.getElementById('main')!;
      main.insertAdjacentHTML(
        'beforeend',
        '<img id="planted-image" src="/favicon.svg"><button id="planted-button" type="button"></button>',
      );
    });
  }

  test('axe', async ({ page }) => {
    await plantFaults(page);
    expect(await axeViolations(page)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^image-alt: .*\(#planted-image\)$/),
        expect.stringMatching(/^button-name: .*\(#planted-button\)$/),
      ]),
    );
  });

  test('IBM Equal Access', async ({ page }) => {
    await plantFaults(page);
    const found = await aceViolations(page);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^img_alt_valid: .*main\[1\]\/img\[1\]\)$/),
        expect.stringMatching(/^input_label_exists: .*main\[1\]\/button\[1\]\)$/),
      ]),
    );
  });
});

test.describe('WCAG 2.2 criteria on every page type', () => {
  const opened = openEveryPageType();

  test('1.4.10 reflow: at 320 px nothing needs scrolling sideways', async () => {
    await onEach(opened, async (page, type) => {
      await page.setViewportSize({ width: 320, height: 640 });
      // A phone widens its layout to fit what is too wide, so the measure is the screen's 320 px, not the layout's.
      const wider = await page.evaluate((width) => {
        const tooWide = [...document.querySelectorAll('body *')]
          .filter((e) => getComputedStyle(e).clipPath === 'none' && e.getBoundingClientRect().right > width + 1)
          .map((e) => e.outerHTML.slice(0, 80));
        return { page: document.documentElement.scrollWidth, tooWide };
      }, 320);
      expect.soft(wider, type.name).toEqual({ page: 320, tooWide: [] });
    });
  });

  test('1.4.11 non-text contrast: every focus indicator and the chosen answer stand out at least 3 : 1 from what is next to them', async () => {
    const figures: string[] = [];
    await onEach(opened, async (page, type) => {
      await fromTheTop(page);
      let lowest = Infinity;
      await eachFocusStop(page, async () => {
        const stop = await readFocusStop(page);
        const ratio = indicatorContrast(stop);
        lowest = Math.min(lowest, ratio);
        expect.soft(ratio, `${type.name}: ${stop.html}`).toBeGreaterThanOrEqual(3);
      });
      let chosen = '';
      if (type.answers) {
        const radio = page.getByRole('radio').first();
        await radio.check();
        const [accent, background] = await radio.evaluate((input) => {
          const chain: string[] = [];
          for (let node: Element | null = input.parentElement; node; node = node.parentElement)
            chain.push(getComputedStyle(node).backgroundColor);
          return [getComputedStyle(input).accentColor, chain] as const;
        });
        const ratio = contrastRatio(parseColor(accent), painted(background));
        expect.soft(ratio, `${type.name}: the chosen answer`).toBeGreaterThanOrEqual(3);
        chosen = `, chosen answer ${ratio.toFixed(2)}`;
      }
      figures.push(`${type.name}: focus ≥ ${lowest.toFixed(2)}${chosen}`);
    });
    test.info().annotations.push({ type: 'figures', description: figures.join('; ') });
  });
  test('1.4.12 text spacing: with WCAG’s line, paragraph, letter and word spacing nothing is cut off or overflows', async () => {
    await onEach(opened, async (page, type) => {
      const spacing = await page.addStyleTag({
        content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
          p { margin-block-end: 2em !important; }`,
      });
      const cut = await page.evaluate((width) => {
        return [...document.querySelectorAll('body *')]
          .filter((e) => {
            const style = getComputedStyle(e);
            // Hidden on purpose (visually hidden, the skip link above the page), or a box of no size (inline text).
            if (style.clipPath !== 'none' || e.getBoundingClientRect().bottom + scrollY <= 0 || e.clientHeight === 0) return false;
            const spills = e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
            return spills || e.getBoundingClientRect().right > width + 1;
          })
          .map((e) => `${e.outerHTML.slice(0, 80)} (${e.clientWidth}×${e.clientHeight}, content ${e.scrollWidth}×${e.scrollHeight})`);
      }, PHONE.width);
      await spacing.evaluate((style) => (style as HTMLStyleElement).remove());
      expect.soft(cut, type.name).toEqual([]);
    });
  });

  test('2.4.11 focus not obscured: at 400 % zoom (320 × 256), no focus stop, forwards or back, is hidden behind the sticky 112 row or "Snel weg"', async () => {
    await onEach(opened, async (page, type) => {
      await page.setViewportSize({ width: 320, height: 256 });
      for (const key of ['Tab', 'Shift+Tab']) {
        await fromTheTop(page);
        await eachFocusStop(
          page,
          async (stop) => {
            const hidden = await page.evaluate(() => {
              const focused = document.activeElement as HTMLElement;
              const rect = focused.getBoundingClientRect();
              const [left, top] = [Math.max(rect.left, 0), Math.max(rect.top, 0)];
              const [right, bottom] = [Math.min(rect.right, innerWidth), Math.min(rect.bottom, innerHeight)];
              if (right <= left || bottom <= top) return `${focused.outerHTML.slice(0, 80)}: outside the window`;
              // What stays put while the page scrolls, and is not the focused element or around it.
              const bars = [...document.querySelectorAll('body *')]
                .filter((e) => ['sticky', 'fixed'].includes(getComputedStyle(e).position) && !e.contains(focused) && !focused.contains(e))
                .map((e) => e.getBoundingClientRect());
              const under = (x: number, y: number) => bars.some((b) => x >= b.left && x < b.right && y >= b.top && y < b.bottom);
              for (let x = left + 1; x < right; x += 4) for (let y = top + 1; y < bottom; y += 4) if (!under(x, y)) return null;
              return `${focused.outerHTML.slice(0, 80)}: under a bar`;
            });
            expect.soft(hidden, `${type.name}, ${key} stop ${stop}`).toBeNull();
          },
          { key, most: 40 },
        );
      }
    });
  });

  test('2.5.8 target size: every target at least 24 × 24 px, answers and buttons at least 44 × 44 px', async () => {
    const smallest: Record<string, number> = {};
    await onEach(opened, async (page, type) => {
      const targets = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, textarea')]
          .filter((e) => getComputedStyle(e).clipPath === 'none' && e.getClientRects().length > 0)
          // The skip link is a target once focused (then 53 px high); until then it waits above the page.
          .filter((e) => e.getBoundingClientRect().bottom + scrollY > 0)
          .map((e) => {
            const answer = e.matches('input[type="radio"], input[type="checkbox"]');
            // An answer is its box and its label: both choose it.
            const boxes = [e, ...(answer ? [...((e as HTMLInputElement).labels ?? [])] : [])].map((b) => b.getBoundingClientRect());
            const width = Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
            const height = Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
            // A link in a sentence is exempt (WCAG 2.2, 2.5.8 "inline"): its line sets its height.
            let block = e.parentElement!;
            while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement!;
            const inSentence = getComputedStyle(e).display === 'inline' && block.textContent!.trim() !== e.textContent!.trim();
            const kind = answer
              ? 'answer'
              : e.matches('button, .button, [type="submit"]')
                ? 'button'
                : inSentence
                  ? 'link in a sentence'
                  : 'other';
            return { kind, html: e.outerHTML.slice(0, 80), width: Math.floor(width), height: Math.floor(height) };
          }),
      );
      for (const target of targets) {
        smallest[target.kind] = Math.min(smallest[target.kind] ?? Infinity, target.width, target.height);
        if (target.kind === 'link in a sentence') continue;
        const least = target.kind === 'other' ? 24 : 44;
        expect
          .soft(Math.min(target.width, target.height), `${type.name}: ${target.kind} ${target.html} is ${target.width} × ${target.height}`)
          .toBeGreaterThanOrEqual(least);
      }
    });
    test.info().annotations.push({ type: 'figures', description: `smallest side, px: ${JSON.stringify(smallest)}` });
  });

  test('3.2.6 consistent help: the 112 link sits in the same place on every page; the phone route where it is given, in the same order', async ({
    browser,
  }) => {
    const places = new Map<string, string[]>();
    await onEach(opened, async (page, type) => {
      const place = await page.evaluate(() => {
        const banner = document.querySelector('header')!;
        const help = [...banner.querySelectorAll('a, strong')].find((e) => e.textContent!.includes('112'))!;
        const box = help.getBoundingClientRect();
        const beforeMain = Boolean(banner.compareDocumentPosition(document.getElementById('main')!) & Node.DOCUMENT_POSITION_FOLLOWING);
        return `${help.tagName} at ${[box.x, box.y, box.width, box.height].map(Math.round).join(',')}, ${beforeMain ? 'before' : 'after'} the main region`;
      });
      const kind = type.kiosk ? 'kiosk (112 as text)' : 'personal device';
      places.set(kind, [...(places.get(kind) ?? []), `${place} (${type.name})`]);
    });
    for (const [kind, list] of places) {
      const first = list[0]!.replace(/ \(.*\)$/, '');
      expect(list, kind).toEqual(list.map((entry) => entry.replace(/^.* \(/, `${first} (`)));
      expect(first, kind).toMatch(/before the main region$/);
    }

    // The phone route, where a page gives it because something failed: the app's own calm page, and the
    // one built into every page for when the app cannot start. Both: what went wrong, try again, whom to call, 112.
    const order = async (page: Page) => {
      const text = await page.getByRole('main').innerText();
      return ['Probeer opnieuw', 'Heb je nu hulp nodig? Bel', 'Bel 112'].map((marker) => text.indexOf(marker));
    };
    const inApp = opened.find(({ type }) => type.name === 'error page')!.page;
    const context = await browser.newContext({ ...test.info().project.use, serviceWorkers: 'block' });
    const builtIn = await context.newPage();
    await builtIn.route('**/data/i18n/*/common.*.json', (route) => route.abort('internetdisconnected'));
    await builtIn.goto('/triage/helpdesk-digitale-zorg?lang=nl');
    await expect(builtIn.getByRole('heading', { level: 1 })).toHaveText('Er ging iets mis');
    for (const page of [inApp, builtIn]) {
      const [retry, phone, emergency] = await order(page);
      expect(retry, page.url()).toBeGreaterThanOrEqual(0);
      expect([retry! < phone!, phone! < emergency!], page.url()).toEqual([true, true]);
    }
    await context.close();
  });

  test('forced colours: every focus stop keeps a visible outline, and the chosen answer looks chosen', async () => {
    await onEach(opened, async (page, type) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await fromTheTop(page);
      await eachFocusStop(page, async () => {
        // The system's colours replace the app's and drop its dark ring: the outline alone must stand out from the page.
        const stop = await readFocusStop(page);
        const around = Math.min(
          ...stop.outer.map((chain) => contrastRatio(over(parseColor(stop.outline.color), painted(chain)), painted(chain))),
        );
        expect
          .soft([stop.outline.style, stop.outline.width >= 2, around >= 3], `${type.name}: ${stop.html} (${around.toFixed(2)} : 1)`)
          .toEqual(['solid', true, true]);
      });
      if (type.answers) {
        const [chosen, other] = [page.getByRole('radio').nth(0), page.getByRole('radio').nth(1)];
        await chosen.check();
        expect
          .soft((await chosen.screenshot()).equals(await other.screenshot()), `${type.name}: the chosen answer looks like the others`)
          .toBe(false);
      }
    });
  });

  test('reduced motion: nothing moves, not even the loading line', async () => {
    /** Every animation and transition with a duration, on any element or its ::before and ::after. */
    const moving = (page: Page) =>
      page.evaluate(() => {
        const found = document.getAnimations().map((a) => `running: ${(a as CSSAnimation).animationName ?? a.constructor.name}`);
        for (const element of document.querySelectorAll('*'))
          for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(element, pseudo);
            const lasts = (list: string) => list.split(',').some((duration) => parseFloat(duration) > 0);
            if (
              (style.animationName !== 'none' && lasts(style.animationDuration)) ||
              lasts(style.transitionDuration) ||
              style.scrollBehavior === 'smooth'
            )
              found.push(`${element.outerHTML.slice(0, 60)}${pseudo ?? ''}: ${style.animationName} ${style.transitionProperty}`);
          }
        return found;
      });
    // The check can fail: without the preference, the loading line fades in.
    const start = opened[0]!.page;
    await start.evaluate(() =>
      document.getElementById('main')!.insertAdjacentHTML('beforeend', '<p class="loading" id="motion-probe">…</p>'),
    );
    expect((await moving(start)).join('\n')).toContain('loading-appears');
    await start.emulateMedia({ reducedMotion: 'reduce' });
    expect(await moving(start)).toEqual([]);
    await start.evaluate(() => document.getElementById('motion-probe')!.remove());

    await onEach(opened, async (page, type) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect.soft(await moving(page), type.name).toEqual([]);
    });
  });
});

test('3.3.7 redundant entry: the age, sex at birth, the practice and the language survive a reload and Back; the address never holds them', async ({
  page,
}) => {
  const addresses: string[] = [];
  page.on('framenavigated', (frame) => frame === page.mainFrame() && addresses.push(frame.url()));
  await page.goto('/?lang=nl');
  await page.getByRole('link', { name: 'English' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('How can we help you?');
  const practiceLine = page.getByRole('paragraph').filter({ hasText: /^Your GP practice: .*De Linde/ });
  await page.getByRole('button', { name: 'Choose a practice' }).click();
  await page.getByRole('combobox', { name: 'Choose your GP practice or your region' }).selectOption('practice:de-linde');
  await page.getByRole('button', { name: 'Choose', exact: true }).click();
  await expect(practiceLine).toBeVisible();
  await page.getByRole('link', { name: /health complaint/ }).click();
  await answerWhoItIsAbout(page, { band: '18 to 65 years', sex: "Other, or I'd rather not say", next: 'Continue' });
  await expect(heading).toHaveText('What is your complaint about?');

  await page.reload();
  await expect(heading).toHaveText('What is your complaint about?');
  await expect(page.getByText('Age: 18 to 65 years')).toBeVisible();
  await expect(page.getByText("Sex at birth: Other, or I'd rather not say")).toBeVisible();
  await page.goBack();
  await expect(heading).toHaveText('What was the sex at birth?');
  await expect(page.getByLabel("Other, or I'd rather not say")).toBeChecked();
  await page.goBack();
  await expect(heading).toHaveText('How old is the person this is about?');
  await expect(page.getByLabel('18 to 65 years')).toBeChecked();
  await page.goBack();
  await expect(heading).toHaveText('How can we help you?');
  await page.reload();
  await expect(heading).toHaveText('How can we help you?');
  await expect(practiceLine).toBeVisible();
  await page.goForward();
  await page.goForward();
  await page.goForward();
  await expect(page.getByText('Age: 18 to 65 years')).toBeVisible();
  // At every step on the way the address named no age: it was kept in the browser session, not in the link.
  expect(addresses.length).toBeGreaterThan(5);
  expect(addresses.filter((address) => /18|65|jaar|years|female|male|other/i.test(address))).toEqual([]);
});

test('page titles: each step of a triage has its own, also after going back; none names the complaint', async ({ page }) => {
  await page.goto('/triage/overige-klacht?lang=nl');
  await chooseAdult(page);
  const titles: string[] = [];
  for (const [question, option] of [
    ['q-breathing', 'no'],
    ['q-awake', 'no'],
    ['q-stroke', 'no'],
    ['q-bleeding-chest', 'no'],
    ['q-spots', 'no'],
    ['q-alarm', 'no'],
  ]) {
    await expect(page.locator(`input[name="answer-${question}"]`).first()).toBeVisible();
    titles.push(await page.title());
    await answer(page, question!, option!);
  }
  expect(titles).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Vraag ${n} – Wegwijzer`));
  await page.goBack();
  await expect(page).toHaveTitle('Vraag 6 – Wegwijzer');
});

test('3.1.2 language of parts: the language menu and the English title of a Thuisarts page carry their own language', async ({ page }) => {
  await page.goto('/?lang=nl');
  const menu = page.getByRole('navigation', { name: 'Taal' }).getByRole('link');
  await expect(menu).toHaveCount(2);
  for (const link of await menu.all()) expect(await link.getAttribute('lang')).toBe(await link.getAttribute('hreflang'));
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');

  // A question about a medicine, in Dutch: the pharmacy, and Thuisarts' English page on medicines in the Netherlands.
  await intoTree(page, 'bijwerkingen');
  for (const question of ['q-airway', 'q-serious', 'q-fever', 'q-bleeding', 'q-liver']) await answer(page, question, 'no');
  await answer(page, 'q-kind', 'question');
  const link = page.getByRole('link', { name: /Use of medication in the Netherlands/ });
  await expect(link).toHaveAttribute('hreflang', 'en');
  await expect(link.locator('[lang="en"]')).toHaveText('Use of medication in the Netherlands');
  // The note around it is Dutch, like the page.
  expect(await link.evaluate((a) => a.closest('[lang]')!.getAttribute('lang'))).toBe('nl');
  await expect(link).toContainText('(Engelstalig)');
});
