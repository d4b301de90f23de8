import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { cards } from '@/assets/content/nl';
import { getCardLine } from '@/utils/core/card-text';
import {
  ALWAYS_ACTIVE,
  bringNextLookForwardWith,
  makePauseDueWith,
  readRecordWith,
  setPreferencesWith,
} from '../e2e/records';
import { waitFor } from '../e2e/wait';
import { type LaunchedFirefox, launchFirefox, runIn, useFirefox } from './firefox';
import { button, byLabel, readValue, reload, typeInto, waitForText } from './page';
import { saveFirefoxScreenshots } from './screenshots';

/**
 * A page of the test's own, on 127.0.0.1 (a secure context, so it may ask for the camera): the
 * window of a video call.
 */
async function serveCallPage(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html lang="nl"><title>Gesprek</title><h1>Gesprek</h1></html>');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}

/** The card line the popup shows, as a person reads it (without hidden helper text). */
const readCardLine = (page: Page) =>
  page.evaluate(() => {
    const text = document.querySelector('.card-text')?.cloneNode(true) as HTMLElement | undefined;
    if (!text) return null;
    for (const hidden of text.querySelectorAll('.visually-hidden, button')) hidden.remove();
    return (text.textContent ?? '').trim();
  });

/** The card of the Dutch deck whose words `shown` are (a reframe shows its critical thought first). */
const findShownCard = (shown: string) =>
  cards.find((card) =>
    shown.includes((card.kind === 'reframe' ? card.thought : getCardLine(card)).slice(1, 40)),
  );

/** The notifications Firefox shows now, as their title and text. */
const readNotifications = (firefox: LaunchedFirefox) =>
  firefox.inBrowserWindow<{ title: string; text: string }[]>(`[
    ...Services.wm.getEnumerator('alert:alert'),
  ].filter((window) => !window.closed).map((window) => ({
    title: window.document.getElementById('alertTitleLabel')?.getAttribute('value') ?? '',
    text: window.document.getElementById('alertTextLabel')?.textContent ?? '',
  }))`);

/** Waits until Firefox shows a notification with its title filled in; all it shows then. */
const waitForNotifications = (firefox: LaunchedFirefox, what: string) =>
  waitFor(
    async () => {
      const notifications = await readNotifications(firefox);
      return notifications.some((each) => each.title !== '') && notifications;
    },
    { what },
  );

/** The toolbar button of the extension, as Firefox names it. */
const TOOLBAR_BUTTON = 'moedpauze_moedpauze_org-browser-action';

/** Pins the toolbar button beside the address bar, as a person does from the puzzle menu. */
const pinToolbarButton = (firefox: LaunchedFirefox) =>
  firefox.inBrowserWindow(
    `CustomizableUI.addWidgetToArea('${TOOLBAR_BUTTON}', CustomizableUI.AREA_NAVBAR)`,
  );

/** What the pinned toolbar button's badge shows ('' for nothing). */
const readBadge = (firefox: LaunchedFirefox) =>
  firefox.inBrowserWindow<string>(
    `document.getElementById('${TOOLBAR_BUTTON}').querySelector('.toolbarbutton-badge').textContent`,
  );

/** Clicks the pinned toolbar button, as a person does: Firefox opens the popup in its panel. */
const clickToolbarButton = (firefox: LaunchedFirefox) =>
  firefox.inBrowserWindow(
    `document.getElementById('${TOOLBAR_BUTTON}').querySelector('toolbarbutton').click()`,
  );

/**
 * Waits for a tab that opens at the extension's `path`. Puppeteer does not see extension pages'
 * addresses (their navigation events are dropped): each new tab is asked where it is.
 */
async function waitForNewPage(firefox: LaunchedFirefox, path: string): Promise<Page> {
  const before = new Set(await firefox.browser.pages());
  return waitFor(
    async () => {
      for (const page of await firefox.browser.pages()) {
        if (before.has(page)) continue;
        const address = await page.evaluate(() => location.pathname).catch(() => '');
        if (address === `/${path}`) return page;
      }
      return null;
    },
    { what: `a tab with ${path}` },
  );
}

describe('Moedpauze in Firefox, in Dutch', () => {
  const firefox = useFirefox();

  it('shows a line of the article in Dutch in the popup, and "Nog een" gives another', async () => {
    const page = await firefox().openPage('popup.html');
    await page.setViewport({ width: 360, height: 600 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    const first = await waitFor(() => readCardLine(page), { what: 'a card in the popup' });
    expect(findShownCard(first)).toBeDefined();
    await saveFirefoxScreenshots(firefox(), page, 'popup');
    await button(page, 'Nog een').click();
    const second = await waitFor(
      async () => {
        const line = await readCardLine(page);
        return line !== first && line;
      },
      { what: 'another card' },
    );
    expect(second).not.toBe(first);
    await page.close();
  });

  it('keeps a changed setting over a reload, and refuses a bad value with a message', async () => {
    const page = await firefox().openPage('options.html');
    const interval = await byLabel(page, 'Tijd tussen pauzes (minuten)');
    expect(await readValue(page, interval)).toBe('30');
    await saveFirefoxScreenshots(firefox(), page, 'options');
    await typeInto(page, interval, '45');
    await waitForText(page, 'Opgeslagen.');
    await reload(page);
    expect(await readValue(page, await byLabel(page, 'Tijd tussen pauzes (minuten)'))).toBe('45');

    await typeInto(page, interval, '3', 'Enter');
    await waitForText(page, 'Minstens 5 minuten.');
    expect(await page.$eval(interval, (field) => field.getAttribute('aria-invalid'))).toBe('true');
    await saveFirefoxScreenshots(firefox(), page, 'options-error');
    await reload(page);
    expect(await readValue(page, await byLabel(page, 'Tijd tussen pauzes (minuten)'))).toBe('45');
    await page.close();
  });

  it('announces a due pause with a notification, and clicking it opens the pause page', async () => {
    const helper = await firefox().openPage('options.html');
    await setPreferencesWith(runIn(helper), ALWAYS_ACTIVE);
    expect(await readNotifications(firefox())).toEqual([]);
    await makePauseDueWith(runIn(helper), 500);
    const [shown] = await waitForNotifications(firefox(), 'a notification');
    expect(shown?.title).toBe('Tijd voor een korte pauze');
    const line = (shown?.text ?? '').toLowerCase();
    expect(cards.some((card) => line === getCardLine(card).toLowerCase())).toBe(true);
    // A person clicks the notification: Firefox's own small window, which answers a click anywhere.
    const opening = waitForNewPage(firefox(), 'pause.html');
    await firefox().inBrowserWindow(`(() => {
      const alert = Services.wm.getMostRecentWindow('alert:alert');
      alert.document.getElementById('alertTextLabel').click();
      return true;
    })()`);
    const pausePage = await opening;
    await waitForText(pausePage, 'Een korte pauze');
    await waitFor(async () => (await readNotifications(firefox())).length === 0, {
      what: 'the notification taken away',
    });
    await saveFirefoxScreenshots(firefox(), pausePage, 'pause');

    const note = 'Ik vraag vandaag om hulp.';
    await pausePage.type(await byLabel(pausePage, 'Je notitie (mag leeg blijven)'), note);
    await button(pausePage, 'Klaar').click();
    await waitForText(pausePage, 'Pauze genomen. Goed van je.');
    const log = (await readRecordWith(runIn(helper), 'pause-log')) as { entries: unknown[] };
    expect(log.entries.at(-1)).toMatchObject({ outcome: 'taken', note });
    await saveFirefoxScreenshots(firefox(), pausePage, 'pause-done');
    await pausePage.close();
    await helper.close();
  });

  it('shows a dot on the toolbar button in badge mode, which goes when the popup opens', async () => {
    const helper = await firefox().openPage('options.html');
    await setPreferencesWith(runIn(helper), { ...ALWAYS_ACTIVE, deliveryMode: 'badge' });
    await pinToolbarButton(firefox());
    expect(await readBadge(firefox())).toBe('');
    await makePauseDueWith(runIn(helper), 500);
    const dot = await waitFor(async () => (await readBadge(firefox())) || null, {
      what: 'a dot on the toolbar button',
    });
    expect(dot).toBe('•');
    expect(await readNotifications(firefox())).toEqual([]);
    await clickToolbarButton(firefox());
    const opened = await waitFor(
      () =>
        firefox().inBrowserWindow<string | null>(
          `[...document.querySelectorAll('browser.webextension-popup-browser')]
            .map((popup) => popup.currentURI.spec)
            .find((address) => address.startsWith('moz-extension:')) ?? null`,
        ),
      { what: 'the popup open in its panel' },
    );
    expect(new URL(opened).pathname).toBe('/popup.html');
    await waitFor(async () => (await readBadge(firefox())) === '', { what: 'the dot gone' });
    await helper.close();
  });

  it('holds a due pause while a tab uses the camera and microphone, and brings it when they stop', async () => {
    const server = await serveCallPage();
    try {
      const call = await firefox().browser.newPage();
      await call.goto(server.url);
      await call.evaluate(async () => {
        const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
        Object.assign(window, { callStream: stream });
      });
      const helper = await firefox().openPage('options.html');
      await setPreferencesWith(runIn(helper), ALWAYS_ACTIVE);
      await makePauseDueWith(runIn(helper), 300);
      await waitFor(
        async () => {
          const stored = (await readRecordWith(runIn(helper), 'pause-state')) as {
            state: { held?: { signal: string } };
          };
          return stored.state.held?.signal === 'call';
        },
        { what: 'the pause held for the call' },
      );
      expect(await readNotifications(firefox())).toEqual([]);
      const popup = await firefox().openPage('popup.html');
      await popup.setViewport({ width: 360, height: 600 });
      await waitForText(popup, 'Pauze wacht tot je gesprek voorbij is');
      await saveFirefoxScreenshots(firefox(), popup, 'popup-call');
      await popup.close();

      await call.evaluate(() => {
        const { callStream } = window as unknown as { callStream: MediaStream };
        for (const track of callStream.getTracks()) track.stop();
      });
      await bringNextLookForwardWith(runIn(helper), 100);
      const [shown] = await waitForNotifications(firefox(), 'the notification after the call');
      expect(shown?.title).toBe('Tijd voor een korte pauze');
      await call.close();
      await helper.close();
    } finally {
      await server.close();
    }
  });

  it('shows no card in the notification when the card is not to be shown', async () => {
    const helper = await firefox().openPage('options.html');
    await setPreferencesWith(runIn(helper), { ...ALWAYS_ACTIVE, cardInNotification: false });
    await makePauseDueWith(runIn(helper), 300);
    const shown = await waitFor(
      async () => {
        const notifications = await readNotifications(firefox());
        const titled = notifications.filter((each) => each.title !== '');
        return titled.length === 1 && titled[0]?.text === '' && titled;
      },
      { what: 'a notification without its card' },
    );
    expect(shown).toEqual([{ title: 'Tijd voor een korte pauze', text: '' }]);
    await helper.close();
  });

  it('logs no error and no warning', async () => {
    expect(await firefox().readProblems()).toEqual([]);
  });
});

describe('what the Firefox suite hears', () => {
  it('hears errors and warnings of an extension page, thrown or logged', async () => {
    const firefox = await launchFirefox();
    try {
      const page = await firefox.openPage('popup.html');
      await page.evaluate(() => {
        console.warn('a warning on purpose');
        console.error(new Error('a logged error on purpose'));
        setTimeout(() => {
          throw new Error('an error on purpose');
        });
      });
      const problems = await waitFor(
        async () => {
          const heard = await firefox.readProblems();
          return heard.length >= 3 && heard;
        },
        { what: 'the problems heard' },
      );
      expect(problems.join('\n')).toContain('a warning on purpose');
      expect(problems.join('\n')).toContain('an error on purpose');
      expect(problems.join('\n')).toContain('a logged error on purpose');
    } finally {
      await firefox.close();
    }
  });
});
