import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The browser the suite drives: `CHROME_PATH`, else Debian's Chromium. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The built Chrome extension the suite loads. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Says what is missing before any test runs, and how to get it. */
export function findSetupProblem(): string | null {
  if (!existsSync(CHROME_PATH)) {
    return [
      `Chromium was not found at ${CHROME_PATH}.`,
      'Install it with:  sudo apt-get install -y chromium chromium-l10n',
      'or point CHROME_PATH at a Chromium or Chrome binary:  CHROME_PATH=/path/to/chrome npm test',
    ].join('\n');
  }
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    return `No build at ${EXTENSION_DIR}. Run "npm run build" first (npm test does this for you).`;
  }
  return null;
}
