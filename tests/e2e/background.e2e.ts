import type { Browser } from '@wxt-dev/browser';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type LaunchedExtension, launchExtension, useExtension } from './extension';
import { waitFor } from './wait';
import {
  ALWAYS_ACTIVE,
  dispatchInWorker,
  getNotificationIds,
  getPauseAlarm,
  makePauseDueSoon,
  readPauseState,
  sendFromPage,
  setPreferences,
} from './worker';

// Functions passed to `page.evaluate` run inside the extension, where `chrome` is its API.
declare const chrome: typeof Browser;

const MINUTE_MS = 60_000;

/** Stops every service worker of the browser, as the browser itself may at any moment. */
async function stopWorkers(extension: LaunchedExtension, page: Page) {
  const cdp = await extension.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** What the extension's offscreen document did with audio, as DevTools reports it. */
interface OffscreenAudio {
  /** Whether an offscreen document was opened at all. */
  opened: boolean;
  /** The states its audio contexts went through, in order: 'suspended', 'running', 'closed'. */
  states: string[];
  /** The kinds of audio node it made: 'AudioDestination', 'Oscillator', 'Gain'. */
  nodeTypes: string[];
}

/**
 * Listens to the audio of the extension's offscreen document through DevTools' WebAudio domain.
 * Playwright leaves offscreen documents alone, so this attaches itself, from `page`'s session, to
 * each as soon as it has its address (before its script runs), the unflattened way a page's
 * session allows: commands and events travel wrapped in Target messages.
 */
async function listenToOffscreenAudio(page: Page): Promise<OffscreenAudio> {
  const audio: OffscreenAudio = { opened: false, states: [], nodeTypes: [] };
  const cdp = await page.context().newCDPSession(page);
  const attached = new Set<string>();
  const attach = async ({ targetInfo }: { targetInfo: { targetId: string; url: string } }) => {
    if (!targetInfo.url.endsWith('/offscreen.html') || attached.has(targetInfo.targetId)) return;
    attached.add(targetInfo.targetId);
    audio.opened = true;
    const { targetId } = targetInfo;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    const message = JSON.stringify({ id: 1, method: 'WebAudio.enable' });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message });
  };
  cdp.on('Target.targetCreated', attach);
  cdp.on('Target.targetInfoChanged', attach);
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const { method, params } = JSON.parse(event.message);
    if (method === 'WebAudio.contextCreated' || method === 'WebAudio.contextChanged') {
      audio.states.push(params.context.contextState);
    }
    if (method === 'WebAudio.audioNodeCreated') audio.nodeTypes.push(params.node.nodeType);
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  return audio;
}

/** The addresses of the extension's offscreen documents, as its worker knows them. */
async function getOffscreenUrls(extension: LaunchedExtension): Promise<string[]> {
  const worker = await extension.getWorker();
  return worker.evaluate(async () =>
    (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map(
      (context) => context.documentUrl ?? '',
    ),
  );
}

/** Waits until the worker has stored a pause in `kind`. */
const waitForPhase = (extension: LaunchedExtension, kind: string) =>
  waitFor(async () => (await readPauseState(extension))?.phase.kind === kind, {
    what: `pause state "${kind}"`,
  });

describe('the background', () => {
  const extension = useExtension('nl');

  it('has a pause pending one interval (30 minutes by default) after install', async () => {
    await setPreferences(extension(), ALWAYS_ACTIVE);
    const alarm = await waitFor(() => getPauseAlarm(extension()));
    const nowMs = Date.now();
    expect(alarm.scheduledTime).toBeGreaterThan(nowMs + 25 * MINUTE_MS);
    expect(alarm.scheduledTime).toBeLessThanOrEqual(nowMs + 30 * MINUTE_MS);
  });

  it('announces a due pause with a notification, and "Later" on it snoozes 10 minutes', async () => {
    expect(await getNotificationIds(extension())).toEqual([]);
    await makePauseDueSoon(extension(), 500);
    await waitFor(async () => (await getNotificationIds(extension())).includes('pause'), {
      what: 'notification',
    });
    expect((await readPauseState(extension()))?.phase.kind).toBe('delivered');
    await dispatchInWorker(extension(), 'notifications.onButtonClicked', ['pause', 1]);
    await waitForPhase(extension(), 'snoozed');
    const alarm = await getPauseAlarm(extension());
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() + 9 * MINUTE_MS);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + 10 * MINUTE_MS);
    expect(await getNotificationIds(extension())).toEqual([]);
  });

  it('opens the pause page in a small window when that is the chosen announcement', async () => {
    await setPreferences(extension(), { ...ALWAYS_ACTIVE, deliveryMode: 'window' });
    const opening = extension().context.waitForEvent('page');
    await makePauseDueSoon(extension(), 500);
    const page = await opening;
    expect(page.url()).toMatch(/\/pause\.html$/);
    await page.getByRole('heading', { level: 1, name: 'Een korte pauze' }).waitFor();
    const windowType = await page.evaluate(async () => (await chrome.windows.getCurrent()).type);
    expect(windowType).toBe('popup');
    expect(await getNotificationIds(extension())).toEqual([]);
    await page.close();
  });

  it('marks the toolbar button when that is the chosen announcement, until the popup opens', async () => {
    await setPreferences(extension(), { ...ALWAYS_ACTIVE, deliveryMode: 'badge' });
    const worker = await extension().getWorker();
    const badge = async () =>
      (await extension().getWorker()).evaluate(() => chrome.action.getBadgeText({}));
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    await makePauseDueSoon(extension(), 500);
    await waitFor(async () => (await badge()) === '•', { what: 'the mark on the button' });
    expect(await getNotificationIds(extension())).toEqual([]);
    const popup = await extension().openPage(await extension().getPopupPath());
    await waitFor(async () => (await badge()) === '', { what: 'the mark taken off' });
    await popup.close();
  });

  it('makes no sound with a pause while sound is off (the default)', async () => {
    await setPreferences(extension(), ALWAYS_ACTIVE);
    const page = await extension().context.newPage();
    const audio = await listenToOffscreenAudio(page);
    await makePauseDueSoon(extension(), 500);
    await waitFor(async () => (await getNotificationIds(extension())).includes('pause'), {
      what: 'notification',
    });
    // A chime would be on its way by now: it starts with the announcement. Give it time to show.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(audio.opened).toBe(false);
    expect(await getOffscreenUrls(extension())).toEqual([]);
    await page.close();
  });

  it('chimes softly with a pause while sound is on, from an offscreen document', async () => {
    await setPreferences(extension(), { ...ALWAYS_ACTIVE, soundEnabled: true });
    const page = await extension().context.newPage();
    const audio = await listenToOffscreenAudio(page);
    await makePauseDueSoon(extension(), 500);
    await waitFor(async () => (await getNotificationIds(extension())).includes('pause'), {
      what: 'notification',
    });
    // The chime plays through (about 1.2 s), then its audio context closes.
    await waitFor(async () => audio.states.includes('closed'), { what: 'the chime played out' });
    expect(audio.states).toContain('running');
    expect(audio.nodeTypes.filter((type) => type === 'Oscillator')).toHaveLength(2);
    // The document stays until Chrome closes it after 30 s of silence, or the next chime does.
    expect(await getOffscreenUrls(extension())).toEqual([
      `chrome-extension://${extension().extensionId}/offscreen.html`,
    ]);
    await page.close();
  });

  it('keeps a pause pending after the worker is stopped at any moment, and wakes for it', async () => {
    // Read through an extension page: reading through the worker would wake it.
    const page = await extension().openPage('options.html');
    const pendingAlarm = () =>
      page.evaluate(async () => (await chrome.alarms.get('pause')) ?? null);
    const notifications = () =>
      page.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
    await setPreferences(extension(), ALWAYS_ACTIVE);
    // Stopped while waiting: the alarm is the browser's, not the worker's.
    await stopWorkers(extension(), page);
    expect(await pendingAlarm()).not.toBeNull();
    // Stopped right after a user action.
    await sendFromPage(extension(), { type: 'reminders-paused', span: 'hour' });
    await stopWorkers(extension(), page);
    expect((await pendingAlarm())?.scheduledTime).toBeGreaterThan(Date.now() + 85 * MINUTE_MS);
    await sendFromPage(extension(), { type: 'reminders-resumed' });
    // Stopped just before the pause is due: the alarm wakes the worker, which announces it.
    await makePauseDueSoon(extension(), 1_500);
    await stopWorkers(extension(), page);
    await waitFor(async () => (await notifications()).includes('pause'), {
      what: 'notification from a woken worker',
    });
    // Stopped right after the announcement: the next pause is pending.
    await stopWorkers(extension(), page);
    expect((await pendingAlarm())?.scheduledTime).toBeGreaterThan(Date.now() + 25 * MINUTE_MS);
    await page.close();
  });
});

describe('after the browser restarts on the same profile', () => {
  let extension: LaunchedExtension | undefined;
  afterEach(() => extension?.close());

  it('still has a pause pending, and keeps reminders paused', async () => {
    const first = await launchExtension({ language: 'nl' });
    await setPreferences(first, ALWAYS_ACTIVE);
    await sendFromPage(first, { type: 'reminders-paused', span: 'hour' });
    const paused = await getPauseAlarm(first);
    expect(paused).not.toBeNull();
    // The browser may drop alarms over a restart: clear it, so only the worker can bring it back.
    await (await first.getWorker()).evaluate(() => chrome.alarms.clearAll());
    await first.close({ keepProfile: true });

    extension = await launchExtension({ language: 'nl', profileDir: first.profileDir });
    const restarted = extension;
    const alarm = await waitFor(() => getPauseAlarm(restarted), { what: 'alarm after restart' });
    expect(alarm.scheduledTime).toBe(paused?.scheduledTime);
    expect((await readPauseState(restarted))?.phase.kind).toBe('paused');
  });
});
