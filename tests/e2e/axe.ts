import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { showColorScheme } from './extension';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Each failing node with axe's own explanation (for contrast: the colours and the ratio). */
  targets: string[];
}

/**
 * WCAG 2.2 AA violations axe-core finds on the page, in light and in dark. Injected through the
 * DevTools protocol: the extension's CSP would refuse a script tag, and rightly so.
 */
export async function findAxeViolations(page: Page): Promise<Record<string, AxeViolation[]>> {
  await page.evaluate(axeSource);
  const found: Record<string, AxeViolation[]> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await showColorScheme(page, colorScheme);
    found[colorScheme] = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.map(
          (node) => `${node.target.join(' ')}: ${node.any[0]?.message ?? node.failureSummary}`,
        ),
      }));
    });
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}
