import { describe, expect, it, vi } from 'vitest';
import {
  handleCommand,
  openPausePage,
  type PausePageDeps,
} from '@/entrypoints/background/pause-page';

function fakeDeps(): PausePageDeps {
  return {
    tabs: { create: vi.fn(async () => ({}) as never) },
    windows: { create: vi.fn(async () => ({}) as never) },
    getUrl: () => 'chrome-extension://id/pause.html',
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
