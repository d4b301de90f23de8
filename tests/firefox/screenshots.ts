import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { settleTransitions } from '../e2e/settle';
import type { LaunchedFirefox } from './firefox';

const SCREENSHOT_DIR = resolve('test-results/screenshots');

/** Firefox's own override of the pages' colour scheme: 0 dark, 1 light, 2 the browser's. */
const SCHEME_OVERRIDE = { dark: 0, light: 1, browser: 2 } as const;

/** Shows the extension's pages in a colour scheme, and waits until `page` has settled in it. */
async function showColorScheme(
  firefox: LaunchedFirefox,
  page: Page,
  scheme: keyof typeof SCHEME_OVERRIDE,
): Promise<void> {
  await firefox.inBrowserWindow(
    `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${SCHEME_OVERRIDE[scheme]})`,
  );
  const wanted = scheme === 'dark';
  // The page hears the change in its own time; then its colours ease, and a frame of the
  // transition is not what a person sees.
  for (;;) {
    const isDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    if (scheme === 'browser' || isDark === wanted) break;
    await new Promise((settle) => setTimeout(settle, 20));
  }
  await page.evaluate(settleTransitions);
}

/** Saves what a person sees in Firefox, as `firefox-<name>-nl-<scheme>.png`, for a human to look at. */
export async function saveFirefoxScreenshots(
  firefox: LaunchedFirefox,
  page: Page,
  name: string,
): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await showColorScheme(firefox, page, scheme);
    await page.screenshot({
      path: join(SCREENSHOT_DIR, `firefox-${name}-nl-${scheme}.png`) as `${string}.png`,
      fullPage: true,
    });
  }
  await showColorScheme(firefox, page, 'browser');
}
