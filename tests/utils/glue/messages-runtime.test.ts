import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '@/utils/glue/messages';

const message = { type: 'pause-snoozed', minutes: 10 } as const;
const answer = { state: { phase: { kind: 'snoozed', untilMs: 600_000 } } };

/** A runtime whose sendMessage answers `answer`, as the browser's own ones do: with a promise. */
const fakeRuntime = () => ({ sendMessage: vi.fn(async () => answer) });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("sendMessage, through the browser's own runtime", () => {
  it('sends through the runtime it is given and returns the answer', async () => {
    const runtime = fakeRuntime();
    expect(await sendMessage(message, runtime)).toBe(answer);
    expect(runtime.sendMessage).toHaveBeenCalledExactlyOnceWith(message);
  });

  it("uses Firefox's browser.runtime when there is one", async () => {
    const firefox = fakeRuntime();
    const chrome = fakeRuntime();
    vi.stubGlobal('browser', { runtime: firefox });
    vi.stubGlobal('chrome', { runtime: chrome });
    expect(await sendMessage(message)).toBe(answer);
    expect(firefox.sendMessage).toHaveBeenCalledExactlyOnceWith(message);
    expect(chrome.sendMessage).not.toHaveBeenCalled();
  });

  it("uses Chrome's chrome.runtime where there is no browser global", async () => {
    const chrome = fakeRuntime();
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: chrome });
    expect(await sendMessage(message)).toBe(answer);
    expect(chrome.sendMessage).toHaveBeenCalledExactlyOnceWith(message);
  });

  it('rejects, rather than hanging, where there is no extension runtime', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', {});
    await expect(sendMessage(message, undefined, [0, 0])).rejects.toThrow(TypeError);
  });

  it('passes on a failure of the browser (no background to answer)', async () => {
    const error = new Error('Could not establish connection. Receiving end does not exist.');
    const runtime = { sendMessage: vi.fn(() => Promise.reject(error)) };
    await expect(sendMessage(message, runtime, [0, 0])).rejects.toBe(error);
  });
});
