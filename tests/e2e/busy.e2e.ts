import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from '@wxt-dev/browser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAxeViolations } from './axe';
import {
  type Language,
  type LaunchedExtension,
  launchExtension,
  saveScreenshots,
  useExtension,
} from './extension';
import { bringNextLookForwardWith } from './records';
import { waitFor } from './wait';
import {
  ALWAYS_ACTIVE,
  getNotificationIds,
  makePauseDueSoon,
  readPauseState,
  setPreferences,
  waitForReservedPopupPath,
} from './worker';

// Functions passed to `worker.evaluate` run inside the extension, where `chrome` is its API.
declare const chrome: typeof Browser;

const TEXT = {
  nl: {
    waits: 'Pauze wacht tot je het volledige scherm verlaat',
    region: 'Pauzes',
    take: 'Pauze nemen',
    heading: 'Een korte pauze',
  },
  en: {
    waits: 'Pause waits until you leave full screen',
    region: 'Pauses',
    take: 'Take a pause',
    heading: 'A short pause',
  },
} as const;

/** Puts the browser's window in a state, as a full-screen video or presentation does. */
async function setWindowState(extension: LaunchedExtension, state: 'fullscreen' | 'normal') {
  const worker = await extension.getWorker();
  await worker.evaluate(async (wanted) => {
    const [window] = await chrome.windows.getAll();
    if (window?.id === undefined) throw new Error('No window');
    await chrome.windows.update(window.id, { state: wanted });
  }, state);
}

/** Waits until the background holds the due pause back for a full-screen window. */
const waitForHold = (extension: LaunchedExtension) =>
  waitFor(
    async () => {
      const state = (await readPauseState(extension)) as { held?: { signal: string } } | null;
      return state?.held?.signal === 'fullscreen';
    },
    { what: 'the pause held for full screen' },
  );

async function openPopup(extension: LaunchedExtension): Promise<Page> {
  const page = await extension.openPage(await waitForReservedPopupPath(extension));
  await page.setViewportSize({ width: 360, height: 600 });
  await page.locator('.card-kind').waitFor();
  return page;
}

describe.each(['nl', 'en'] as const)('a pause due in full screen, in %s', (language: Language) => {
  const extension = useExtension(language);
  const text = TEXT[language];

  it('waits: no notification, and the popup says why', async () => {
    await setPreferences(extension(), ALWAYS_ACTIVE);
    await setWindowState(extension(), 'fullscreen');
    await makePauseDueSoon(extension(), 300);
    await waitForHold(extension());
    expect(await getNotificationIds(extension())).toEqual([]);
    expect((await readPauseState(extension()))?.phase.kind).toBe('waiting');
    const popup = await openPopup(extension());
    const status = popup.getByRole('region', { name: text.region }).locator('p').first();
    await expect.poll(() => status.textContent()).toBe(text.waits);
    expect(await findAxeViolations(popup)).toEqual({ light: [], dark: [] });
    await saveScreenshots(popup, 'popup-busy', language);
    await popup.close();
  });

  it('comes at its next look once full screen is left', async () => {
    await setWindowState(extension(), 'normal');
    const worker = await extension().getWorker();
    await bringNextLookForwardWith((run, arg) => worker.evaluate(run, arg as never), 100);
    await waitFor(async () => (await getNotificationIds(extension())).includes('pause'), {
      what: 'the notification after full screen',
    });
    expect((await readPauseState(extension()))?.phase.kind).toBe('delivered');
  });

  it('can be taken from the popup at any time, also while it waits', async () => {
    await setWindowState(extension(), 'fullscreen');
    await makePauseDueSoon(extension(), 300);
    await waitForHold(extension());
    const popup = await openPopup(extension());
    const opening = extension().context.waitForEvent('page');
    await popup.getByRole('link', { name: text.take }).click();
    const pausePage = await opening;
    await pausePage.getByRole('heading', { level: 1, name: text.heading }).waitFor();
    await waitFor(async () => (await readPauseState(extension()))?.phase.kind === 'taking', {
      what: 'the pause taken',
    });
    expect(await readPauseState(extension())).not.toHaveProperty('held');
    await pausePage.close();
    await popup.close();
    await setWindowState(extension(), 'normal');
  });
});

describe('a notification without its card', () => {
  const extension = useExtension('nl');

  it('says only that it is time for a pause, when the card is not to be shown', async () => {
    await setPreferences(extension(), { ...ALWAYS_ACTIVE, cardInNotification: false });
    // Chrome shows no extension what a notification says: the worker's call is recorded.
    const worker = await extension().getWorker();
    await worker.evaluate(() => {
      const create = chrome.notifications.create.bind(chrome.notifications);
      const recorded: unknown[] = [];
      Object.assign(globalThis, { recordedNotifications: recorded });
      chrome.notifications.create = ((...args: unknown[]) => {
        recorded.push(args);
        return (create as (...values: unknown[]) => unknown)(...args);
      }) as typeof chrome.notifications.create;
    });
    await makePauseDueSoon(extension(), 300);
    await waitFor(async () => (await getNotificationIds(extension())).includes('pause'), {
      what: 'the notification',
    });
    const recorded = await worker.evaluate(
      () => (globalThis as unknown as { recordedNotifications: unknown[][] }).recordedNotifications,
    );
    expect(recorded.at(-1)).toEqual([
      'pause',
      expect.objectContaining({ title: 'Tijd voor een korte pauze', message: '' }),
    ]);
  });
});

describe('a pause due while a tab plays sound', () => {
  let extension: LaunchedExtension | undefined;
  let server: Server | undefined;
  const launched = () => {
    if (!extension) throw new Error('The browser is not running');
    return extension;
  };
  beforeAll(async () => {
    extension = await launchExtension({ language: 'nl', withSound: true });
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><html lang="nl"><title>Muziek</title><h1>Muziek</h1></html>');
    });
    await new Promise<void>((listening) => server?.listen(0, '127.0.0.1', listening));
  });
  afterAll(async () => {
    server?.close();
    await extension?.close();
  });

  /** Whether any tab is audible now, as the browser tells the extension. */
  const isAnyTabAudible = async () => {
    const worker = await launched().getWorker();
    return worker.evaluate(async () => (await chrome.tabs.query({ audible: true })).length > 0);
  };

  it('comes as usual by default: music may play all day', async () => {
    const music = await launched().context.newPage();
    const { port } = (server?.address() ?? {}) as AddressInfo;
    await music.goto(`http://127.0.0.1:${port}/`);
    await music.evaluate(() => {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      const quiet = audio.createGain();
      quiet.gain.value = 0.01;
      tone.connect(quiet).connect(audio.destination);
      tone.start();
      Object.assign(window, { tone });
    });
    await waitFor(isAnyTabAudible, { what: 'an audible tab' });
    await setPreferences(launched(), ALWAYS_ACTIVE);
    await makePauseDueSoon(launched(), 300);
    await waitFor(async () => (await getNotificationIds(launched())).includes('pause'), {
      what: 'the notification despite the sound',
    });
  });

  it('waits while the sound plays when that is chosen, and comes once it stops', async () => {
    await setPreferences(launched(), { ...ALWAYS_ACTIVE, waitWhileSound: true });
    await makePauseDueSoon(launched(), 300);
    await waitFor(
      async () =>
        ((await readPauseState(launched())) as { held?: { signal: string } } | null)?.held
          ?.signal === 'sound',
      { what: 'the pause held for the sound' },
    );
    // The pause announced before, left unanswered, is taken back when this one waits.
    await waitFor(async () => (await getNotificationIds(launched())).length === 0, {
      what: 'the earlier notification taken back',
    });
    const popup = await openPopup(launched());
    const status = popup.getByRole('region', { name: 'Pauzes' }).locator('p').first();
    await expect.poll(() => status.textContent()).toBe('Pauze wacht tot het geluid stopt');
    expect(await getNotificationIds(launched())).toEqual([]);
    await popup.close();

    const [music] = launched()
      .context.pages()
      .filter((page) => page.url().startsWith('http:'));
    await music?.evaluate(() => (window as unknown as { tone: OscillatorNode }).tone.stop());
    // The browser keeps a tab audible a few seconds after its sound ends.
    await waitFor(async () => !(await isAnyTabAudible()), {
      timeoutMs: 30_000,
      what: 'no tab audible',
    });
    const worker = await launched().getWorker();
    await bringNextLookForwardWith((run, arg) => worker.evaluate(run, arg as never), 100);
    await waitFor(async () => (await getNotificationIds(launched())).includes('pause'), {
      what: 'the notification after the sound',
    });
  });
});
