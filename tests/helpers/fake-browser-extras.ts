import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** An event the test can fire, like the fake browser's own (`trigger` awaits every listener). */
export function createFakeEvent<Listener extends (...args: never[]) => unknown>() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    removeListener: (listener: Listener) => {
      listeners.splice(listeners.indexOf(listener), 1);
    },
    hasListener: (listener: Listener) => listeners.includes(listener),
    hasListeners: () => listeners.length > 0,
    trigger: (...args: Parameters<Listener>) =>
      Promise.all(listeners.map((listener) => listener(...args))),
  };
}

/**
 * Fills in what the fake browser leaves out and the background uses: idle, commands, the popup's
 * address and the UI language. `idleState` is what `idle.queryState` answers.
 */
export function completeFakeBrowser(options: { uiLanguage?: string } = {}) {
  const idle = {
    state: 'active' as 'active' | 'idle' | 'locked',
    onStateChanged: createFakeEvent<(state: 'active' | 'idle' | 'locked') => unknown>(),
  };
  const commands = { onCommand: createFakeEvent<(command: string) => unknown>() };
  Object.assign(fakeBrowser.idle, {
    queryState: vi.fn(async () => idle.state),
    setDetectionInterval: vi.fn(),
    onStateChanged: idle.onStateChanged,
  });
  Object.assign(fakeBrowser.commands, { onCommand: commands.onCommand });
  fakeBrowser.action.setPopup = vi.fn(async () => {});
  fakeBrowser.action.getPopup = vi.fn(async () => '');
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(options.uiLanguage ?? 'nl');
  return { idle, commands };
}
