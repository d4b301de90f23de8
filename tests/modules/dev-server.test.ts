import { describe, expect, it } from 'vitest';
import { chooseBrowser, findMissingBrowser, hasDisplay } from '@/modules/dev-server/browsers';
import { sayStarted } from '@/modules/dev-server/words';

const exists =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('the browser npm start opens', () => {
  it.each([
    ['the variable, wherever', 'chrome', { CHROME_PATH: '/opt/c' }, 'darwin', exists(), '/opt/c'],
    ["Debian's on Linux", 'chrome', {}, 'linux', exists('/usr/bin/chromium'), '/usr/bin/chromium'],
    [
      "Debian's ESR on Linux",
      'firefox',
      {},
      'linux',
      exists('/usr/bin/firefox-esr'),
      '/usr/bin/firefox-esr',
    ],
    ['a search on Linux without Debian’s', 'chrome', {}, 'linux', exists(), undefined],
    ['a search on macOS', 'chrome', {}, 'darwin', exists('/usr/bin/chromium'), undefined],
    ['a search on Windows', 'firefox', {}, 'win32', exists(), undefined],
  ] as const)('%s', (_name, browser, env, platform, isThere, path) => {
    expect(chooseBrowser(browser, env, platform, isThere).path).toBe(path);
  });

  it('names a browser given by its variable and not there, in one line', () => {
    const choice = chooseBrowser('chrome', { CHROME_PATH: '/nope' }, 'linux', exists());
    const missing = findMissingBrowser('chrome', choice, exists());
    expect(missing).toBe(
      'No Chromium at /nope (from CHROME_PATH): set CHROME_PATH to a Chromium binary, or unset it.',
    );
    expect(missing?.split('\n')).toHaveLength(1);
    expect(findMissingBrowser('chrome', choice, exists('/nope'))).toBeNull();
    expect(findMissingBrowser('firefox', { path: undefined, from: 'search' }, exists())).toBeNull();
  });

  it.each([
    [{}, 'linux', false],
    [{ DISPLAY: ':0' }, 'linux', true],
    [{ WAYLAND_DISPLAY: 'wayland-0' }, 'linux', true],
    [{}, 'darwin', true],
    [{}, 'win32', true],
  ] as const)('a display with %j on %s: %s', (env, platform, expected) => {
    expect(hasDisplay(env, platform)).toBe(expected);
  });
});

describe('what npm start says once built', () => {
  it('says where the icon is, in the browser that opens', () => {
    expect(sayStarted('chrome', true, '.output/chrome-mv3-dev')).toContain('puzzle piece');
    expect(sayStarted('firefox', true, '.output/firefox-mv3-dev')).toContain('extensions button');
    for (const browser of ['chrome', 'firefox'] as const) {
      expect(sayStarted(browser, true, 'x')).toMatch(/^Moedpauze is built/);
    }
  });

  it('says what to load by hand where no browser can be shown', () => {
    expect(sayStarted('chrome', false, '.output/chrome-mv3-dev')).toContain(
      'pick .output/chrome-mv3-dev',
    );
    expect(sayStarted('firefox', false, '.output/firefox-mv3-dev')).toContain(
      'pick .output/firefox-mv3-dev/manifest.json',
    );
  });
});
