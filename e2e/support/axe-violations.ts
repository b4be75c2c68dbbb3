import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** What the desktop promises: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeScanOptions {
  /** Every rule axe has, its best practices too, rather than WCAG A and AA alone. */
  everyRule?: boolean;
  /** Left out of the scan: content that is not ours to fix (an email's own frame). */
  exclude?: string;
  /** Only what axe rates serious or critical. */
  seriousOnly?: boolean;
}

/**
 * axe's findings on the page as it is now, one line each: the rule, then where ("color-contrast: #accept,
 * .x"); empty when there are none, so `expect(...).toEqual([])` names every problem when it fails.
 */
export async function axeViolations(page: Page, { everyRule = false, exclude, seriousOnly = false }: AxeScanOptions = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (!everyRule) builder = builder.withTags(WCAG_A_AA);
  if (exclude) builder = builder.exclude(exclude);
  const results = await builder.analyze();
  // The current axe-core (package.json pins it under @axe-core/playwright) checks WCAG 2.5.3 "label in name"
  // by default; an older one skips it without a word.
  const checked = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id);
  expect(checked, 'label-in-name is among the rules run').toContain('label-content-name-mismatch');
  return results.violations
    .filter((v) => !seriousOnly || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The WCAG A and AA violations axe rates serious or critical, one line each: what the desktop's scans allow none of. */
export function seriousViolations(page: Page): Promise<string[]> {
  return axeViolations(page, { seriousOnly: true });
}
