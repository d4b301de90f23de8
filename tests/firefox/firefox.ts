import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import type { RunInExtension } from '../e2e/records';
import { waitFor } from '../e2e/wait';
import { DUTCH_LANGUAGE_PACK, FIREFOX_EXTENSION_DIR, FIREFOX_PATH } from './firefox-path';

/** The add-on id in the manifest (`browser_specific_settings.gecko.id`). */
export const ADDON_ID = 'moedpauze@moedpauze.org';

export interface LaunchedFirefox {
  browser: Browser;
  /** The host of the extension's pages, fixed before launch. */
  uuid: string;
  /** Opens one of the extension's pages in a new tab and waits until its script has run. */
  openPage: (path: string, isReady?: (page: Page) => Promise<boolean>) => Promise<Page>;
  /** Runs `expression` in the browser's own window (privileged), and gives its JSON result. */
  inBrowserWindow: <T>(expression: string) => Promise<T>;
  /** Every error and warning the extension caused so far, in words. */
  readProblems: () => Promise<string[]>;
  close: () => Promise<void>;
}

/** Extension pages render asynchronously: a page is ready once its `<main>` has content. */
export const hasRendered = (page: Page) =>
  page
    .evaluate(() => (document.querySelector('main')?.childElementCount ?? 0) > 0)
    .catch(() => false);

/**
 * Starts Debian's Firefox ESR in Dutch, with the built extension installed as a temporary add-on.
 * WebDriver BiDi sends no load events and no console events for extension pages: pages are polled,
 * and errors are read where Firefox keeps them (its console service, and what it prints).
 */
export async function launchFirefox(): Promise<LaunchedFirefox> {
  const profileDir = await mkdtemp(join(tmpdir(), 'moedpauze-firefox-'));
  // A language pack in the profile, and the pref asking for it, make the whole browser Dutch.
  await mkdir(join(profileDir, 'extensions'));
  await copyFile(
    DUTCH_LANGUAGE_PACK,
    join(profileDir, 'extensions', basename(DUTCH_LANGUAGE_PACK)),
  );
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profileDir,
    // Evaluating in the browser's own window (notifications, console service) needs it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      // Notifications in Firefox's own small window, where no desktop notification service runs.
      'alerts.useSystemBackend': false,
      'intl.locale.requested': 'nl',
      // The pages' console calls are printed, the only place they can be read from outside.
      'devtools.console.stdout.content': true,
      // A camera and microphone of Firefox's own, granted without asking: a call, for the test.
      'media.navigator.streams.fake': true,
      'media.navigator.permission.disabled': true,
      'media.navigator.permission.fake': true,
    },
  });
  const printed: string[] = [];
  const child = browser.process();
  child?.stdout?.on('data', (chunk) => printed.push(String(chunk)));
  child?.stderr?.on('data', (chunk) => printed.push(String(chunk)));

  // WebDriver BiDi as it is: Firefox's own window is reached with commands Puppeteer does not wrap.
  const { connection } = browser as unknown as {
    connection: { send: (method: string, params: object) => Promise<{ result: unknown }> };
  };
  const send = (method: string, params: object) => connection.send(method, params);
  const inBrowserWindow = async <T>(expression: string): Promise<T> => {
    const tree = (await send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 }))
      .result as { contexts: { context: string; url: string }[] };
    const main = tree.contexts.find((each) => each.url.endsWith('/browser.xhtml'));
    if (!main) throw new Error('Firefox has no browser window');
    const { result } = (await send('script.evaluate', {
      expression: `JSON.stringify(${expression}) ?? "null"`,
      target: { context: main.context },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { result: { type: string; result?: { value?: string }; exceptionDetails?: unknown } };
    if (result.type !== 'success' || typeof result.result?.value !== 'string') {
      throw new Error(`In the browser window: ${JSON.stringify(result.exceptionDetails)}`);
    }
    return JSON.parse(result.result.value) as T;
  };

  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const language = await inBrowserWindow<string>('Services.locale.appLocaleAsBCP47');
    if (!language.startsWith('nl')) {
      throw new Error(
        `Firefox speaks "${language}", not Dutch: the language pack ${DUTCH_LANGUAGE_PACK} did not load.`,
      );
    }
  } catch (error) {
    await browser.close();
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }

  const origin = `moz-extension://${uuid}/`;
  return {
    browser,
    uuid,
    openPage: async (path, isReady = hasRendered) => {
      const page = await browser.newPage();
      await page.goto(`${origin}${path.replace(/^\//, '')}`, { waitUntil: [] });
      await waitFor(() => isReady(page), { timeoutMs: 15_000, what: `${path} rendered` });
      return page;
    },
    inBrowserWindow,
    readProblems: async () => [
      ...(await inBrowserWindow<string[]>(readLoggedProblems(origin))),
      ...readPrintedConsoleCalls(printed.join('')),
    ],
    close: async () => {
      await browser.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * An expression for the browser window: the errors and warnings in Firefox's console service
 * (uncaught errors, failed loads, CSS and security warnings) and the browser's own console
 * calls that come from the extension's pages or name the extension.
 */
function readLoggedProblems(origin: string): string {
  const names = JSON.stringify([origin, ADDON_ID]);
  return `(() => {
    const names = ${names};
    const isOurs = (text) => names.some((name) => String(text).includes(name));
    const logged = Services.console
      .getMessageArray()
      .filter((message) => message instanceof Ci.nsIScriptError)
      .filter((message) => !(message.flags & Ci.nsIScriptError.infoFlag))
      .filter((message) => isOurs(message.sourceName) || isOurs(message.errorMessage))
      .map((message) => message.sourceName + ': ' + message.errorMessage);
    const called = Cc['@mozilla.org/consoleAPI-storage;1']
      .getService(Ci.nsIConsoleAPIStorage)
      .getEvents()
      .filter((event) => event.level === 'error' || event.level === 'warn')
      .map((event) => event.level + ': ' + event.arguments.map(String).join(' '))
      .filter(isOurs);
    return [...logged, ...called];
  })()`;
}

/**
 * The console errors and warnings of the pages, as Firefox prints them: the suite opens no page
 * but the extension's, so each is the extension's. (The browser's own modules print theirs as
 * `console.error: <Module>: ` with the message on the lines below; those that concern the
 * extension are read from the console service.)
 */
function readPrintedConsoleCalls(printed: string): string[] {
  return printed
    .split('\n')
    .filter((line) => /^console\.(error|warn): /.test(line))
    .filter((line) => !/^console\.(error|warn): [\w .-]+: $/.test(line))
    .map((line) => `printed: ${line}`);
}

/** Runs functions inside one of the extension's pages, with its API. */
export const runIn =
  (page: Page): RunInExtension =>
  (run, arg) =>
    page.evaluate(run as (value: unknown) => never, arg);

/** Launches Firefox for the enclosing describe block and closes it after; call inside it. */
export function useFirefox(): () => LaunchedFirefox {
  let firefox: LaunchedFirefox | undefined;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(() => firefox?.close());
  return () => {
    if (!firefox) throw new Error('Firefox is not running (outside a test?)');
    return firefox;
  };
}
