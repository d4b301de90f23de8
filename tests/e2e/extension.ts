import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from '@wxt-dev/browser';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROME_PATH, EXTENSION_DIR } from './chromium-path';
import { settleTransitions } from './settle';

// Functions passed to `worker.evaluate` run inside the extension, where `chrome` is its API.
declare const chrome: typeof Browser;

export type Language = 'nl' | 'en';
export type ColorScheme = 'light' | 'dark';

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** The background service worker as it is now (it may be replaced after a stop). */
  getWorker: () => Promise<Worker>;
  /** Opens one of the extension's pages in a new tab. */
  openPage: (path: string) => Promise<Page>;
  /** The page the toolbar button opens now, e.g. `popup.html?card=…` (set by the worker). */
  getPopupPath: () => Promise<string>;
  close: (options?: { keepProfile?: boolean }) => Promise<void>;
}

const BROWSER_LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-US' };

/** Starts the system Chromium with the built extension loaded, speaking `language`. */
export async function launchExtension(options: {
  language: Language;
  profileDir?: string;
  /** A built extension other than the default build, e.g. a copy with extra pages. */
  extensionDir?: string;
  /** Lets pages play sound (Playwright mutes them), so a tab can be audible. */
  withSound?: boolean;
}): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'moedpauze-e2e-')));
  const locale = BROWSER_LOCALE[options.language];
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROME_PATH,
    headless: true,
    locale,
    // On Linux, Chromium takes its UI language (what chrome.i18n reports) from the environment.
    env: { ...process.env, LANGUAGE: options.language, LANG: `${locale.replace('-', '_')}.UTF-8` },
    ...(options.withSound ? { ignoreDefaultArgs: ['--mute-audio'] } : {}),
    args: [
      ...(options.withSound ? ['--autoplay-policy=no-user-gesture-required'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${locale}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Any uncaught error or console error on the extension's pages fails the run at close.
  const pageErrors: string[] = [];
  context.on('weberror', (webError) => pageErrors.push(String(webError.error())));
  context.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${message.location().url}: ${message.text()}`);
  });
  // The worker may be stopped and started again (by the browser, or a test): track the live one.
  let liveWorker: Worker | undefined;
  const follow = (worker: Worker) => {
    liveWorker = worker;
    worker.on('close', () => {
      if (liveWorker === worker) liveWorker = undefined;
    });
  };
  context.serviceWorkers().forEach(follow);
  context.on('serviceworker', follow);
  const getWorker = async () =>
    liveWorker ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const worker = await getWorker();
  const extensionId = new URL(worker.url()).host;
  // Playwright's `locale` only reaches the pages it opens; the extension's own windows and its
  // worker hear the browser's real UI language, which needs the browser's locale files.
  const uiLanguage = await worker.evaluate(() => chrome.i18n.getUILanguage());
  if (!uiLanguage.startsWith(options.language)) {
    await context.close();
    throw new Error(
      `Chromium speaks "${uiLanguage}", not "${options.language}": its locale files are missing. ` +
        'On Debian: sudo apt-get install -y chromium-l10n',
    );
  }
  return {
    context,
    extensionId,
    profileDir,
    getWorker,
    openPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    getPopupPath: async () => {
      const url = new URL(await (await getWorker()).evaluate(() => chrome.action.getPopup({})));
      return `${url.pathname.slice(1)}${url.search}`;
    },
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) await rm(profileDir, { recursive: true, force: true });
      if (pageErrors.length > 0) {
        throw new Error(`The extension's pages reported errors:\n${pageErrors.join('\n')}`);
      }
    },
  };
}

/** Launches one browser for the enclosing describe block and closes it after; call inside it. */
export function useExtension(language: Language): () => LaunchedExtension {
  let extension: LaunchedExtension | undefined;
  beforeAll(async () => {
    extension = await launchExtension({ language });
  });
  afterAll(() => extension?.close());
  return () => {
    if (!extension) throw new Error('The browser is not running (outside a test?)');
    return extension;
  };
}

/**
 * Shows the page in a colour scheme (null: the browser's own) and waits until it has settled:
 * colours ease between themes, and a frame of the transition is not what a person sees.
 */
export async function showColorScheme(page: Page, colorScheme: ColorScheme | null): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.evaluate(settleTransitions);
}

const SCREENSHOT_DIR = resolve('test-results/screenshots');

/** Saves what a person sees, as `<name>-<language>-<scheme>.png`, for a human to look at. */
export async function saveScreenshots(page: Page, name: string, language: Language): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await showColorScheme(page, colorScheme);
    await page.screenshot({
      path: join(SCREENSHOT_DIR, `${name}-${language}-${colorScheme}.png`),
      fullPage: true,
      // A card just revealed fades in: shown as it ends, not caught halfway.
      animations: 'disabled',
    });
  }
  await page.emulateMedia({ colorScheme: null });
}
