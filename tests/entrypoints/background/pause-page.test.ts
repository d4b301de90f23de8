import { describe, expect, it, vi } from 'vitest';
import {
  handleCommand,
  type OpenPage,
  openPausePage,
  type PausePageDeps,
} from '@/entrypoints/background/pause-page';

const PAUSE_URL = 'chrome-extension://id/pause.html';

function fakeDeps(openPages: OpenPage[] = []): PausePageDeps {
  return {
    tabs: { create: vi.fn(async () => ({}) as never), update: vi.fn(async () => ({}) as never) },
    windows: { create: vi.fn(async () => ({}) as never), update: vi.fn(async () => ({}) as never) },
    getUrl: () => PAUSE_URL,
    listOpenPages: vi.fn(async () => openPages),
  };
}

describe('openPausePage', () => {
  it('opens a tab', async () => {
    const deps = fakeDeps();
    await openPausePage('tab', deps);
    expect(deps.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://id/pause.html' });
    expect(deps.windows?.create).not.toHaveBeenCalled();
  });

  it('opens a small window of its own, focused', async () => {
    const deps = fakeDeps();
    await openPausePage('window', deps);
    expect(deps.windows?.create).toHaveBeenCalledWith({
      url: 'chrome-extension://id/pause.html',
      type: 'popup',
      focused: true,
      width: 460,
      height: 720,
    });
  });
});

describe('pauses announced in a window, left unanswered', () => {
  it('bring the pause page still open forward, as it is, rather than open another', async () => {
    const deps = fakeDeps([
      { documentUrl: 'chrome-extension://id/options.html', tabId: 1, windowId: 1 },
      { documentUrl: PAUSE_URL, tabId: 7, windowId: 3 },
    ]);
    await openPausePage('window', deps);
    expect(deps.windows?.create).not.toHaveBeenCalled();
    expect(deps.tabs.update).toHaveBeenCalledWith(7, { active: true });
    expect(deps.windows?.update).toHaveBeenCalledWith(3, { focused: true });
  });

  it('start the new pause in a pause page whose pause was answered', async () => {
    const deps = fakeDeps([{ documentUrl: `${PAUSE_URL}?answered`, tabId: 7, windowId: 3 }]);
    await openPausePage('window', deps);
    expect(deps.windows?.create).not.toHaveBeenCalled();
    expect(deps.tabs.update).toHaveBeenCalledWith(7, { url: PAUSE_URL, active: true });
  });

  it('open one window where the browser cannot list its pages', async () => {
    const deps = { ...fakeDeps(), listOpenPages: vi.fn(async () => Promise.reject(new Error())) };
    await openPausePage('window', deps);
    expect(deps.windows?.create).toHaveBeenCalledTimes(1);
  });
});

it('opens a tab where the browser has no windows (Firefox for Android)', async () => {
  const deps = { ...fakeDeps(), windows: undefined };
  await openPausePage('window', deps);
  expect(deps.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://id/pause.html' });
});

describe('handleCommand', () => {
  it('opens the pause page in a tab for the shortcut, and nothing for others', async () => {
    const open = vi.fn(async () => {});
    await handleCommand('_execute_action', open);
    expect(open).not.toHaveBeenCalled();
    await handleCommand('take-pause', open);
    expect(open).toHaveBeenCalledWith('tab');
  });
});
