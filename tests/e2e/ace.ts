/**
 * The second rule engine beside axe: IBM Equal Access (accessibility-checker-engine), injected into
 * the page from node_modules (never fetched from elsewhere) and run with its WCAG 2.2 A and AA
 * policy. Only violations count: its "potential" and "manual" results are questions for a person.
 */
import { expect, test, type Page } from '@playwright/test';
import { createRequire } from 'node:module';

const ENGINE = createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js');
/** A scan, and the injection of 700 KB of engine before the first, on a busy 2-core machine. */
const PER_SCANNED_PAGE_MS = 8_000;

interface AceResult {
  readonly ruleId: string;
  readonly value: readonly [string, string];
  readonly message: string;
  readonly path: { readonly dom: string };
}
declare const ace: { Checker: new () => { check(scope: Document, policies: string[]): Promise<{ results: AceResult[] }> } };

/** What the engine reports as a WCAG 2.2 A/AA violation on the page as it is now: "rule: message (where)". */
export async function aceViolations(page: Page): Promise<string[]> {
  test.info().setTimeout(test.info().timeout + PER_SCANNED_PAGE_MS);
  if (!(await page.evaluate(() => 'ace' in window))) await page.addScriptTag({ path: ENGINE });
  return page.evaluate(async () => {
    const report = await new ace.Checker().check(document, ['WCAG_2_2']);
    return report.results
      .filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL')
      .map((result) => `${result.ruleId}: ${result.message} (${result.path.dom})`);
  });
}

export async function expectNoAceViolations(page: Page): Promise<void> {
  expect(await aceViolations(page), `IBM Equal Access on ${page.url()}`).toEqual([]);
}
