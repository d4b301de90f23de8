import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The browser the Firefox suite drives: `FIREFOX_PATH`, else Debian's Firefox ESR. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The built Firefox extension the suite installs. */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');

const LANGUAGE_PACK_NAME = 'langpack-nl@firefox-esr.mozilla.org.xpi';

/**
 * Firefox's Dutch language pack: `FIREFOX_LANGPACK_NL`, else where Debian's firefox-esr-l10n-nl
 * puts it, beside the browser.
 */
export const DUTCH_LANGUAGE_PACK =
  process.env.FIREFOX_LANGPACK_NL ??
  join(
    dirname(existsSync(FIREFOX_PATH) ? realpathSync(FIREFOX_PATH) : FIREFOX_PATH),
    'browser/extensions',
    LANGUAGE_PACK_NAME,
  );

const INSTALL = 'Install it with:  sudo apt-get install -y firefox-esr firefox-esr-l10n-nl';

/** Says what is missing before any test runs, and how to get it. */
export function findFirefoxSetupProblem(): string | null {
  if (!existsSync(FIREFOX_PATH)) {
    return [
      `Firefox was not found at ${FIREFOX_PATH}.`,
      INSTALL,
      'or point FIREFOX_PATH at a Firefox binary:  FIREFOX_PATH=/path/to/firefox npm test',
    ].join('\n');
  }
  if (!existsSync(DUTCH_LANGUAGE_PACK)) {
    return [
      `Firefox's Dutch language pack was not found at ${DUTCH_LANGUAGE_PACK}.`,
      INSTALL,
      'or point FIREFOX_LANGPACK_NL at a Dutch language pack (.xpi) for this Firefox.',
    ].join('\n');
  }
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    return `No build at ${FIREFOX_EXTENSION_DIR}. Run "npm run build:firefox" first (npm test does this for you).`;
  }
  return null;
}
