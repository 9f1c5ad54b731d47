import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Time one page of a walk may take on a busy 2-core machine: the scan itself, and the render and
 * click that led to it. Every scan adds it to the test's timeout, so a walk gets time for its
 * length and a tree that gains questions never turns a test into a race against the clock.
 */
const PER_SCANNED_PAGE_MS = 5_000;

/** What axe reports against WCAG 2.2 A and AA, as the project promises: "rule: help (where)". */
export async function axeViolations(page: Page): Promise<string[]> {
  test.info().setTimeout(test.info().timeout + PER_SCANNED_PAGE_MS);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

/** Every page a test visits goes through this. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page), `axe on ${page.url()}`).toEqual([]);
}
