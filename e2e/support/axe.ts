import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Audits the page as it is now against WCAG 2.1 A/AA and axe's best practices and returns
 * the serious and critical violations, one readable line each, so a failing test says what
 * to fix and where.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('; ')}`);
}
