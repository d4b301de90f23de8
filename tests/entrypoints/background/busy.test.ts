import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BusyApi, readBusySignals } from '@/entrypoints/background/busy';
import { NOT_BUSY } from '@/utils/core/busy';

const ASK_ALL = { waitWhileBusy: true, waitWhileSound: true };

/** The browser's answers (WXT's fake browser): windows in these states, tabs matching each query. */
function fakeApi(
  states: string[],
  matching: Partial<Record<'camera' | 'microphone' | 'screen' | 'audible', number>> = {},
): BusyApi & { queried: string[] } {
  const queried: string[] = [];
  vi.spyOn(fakeBrowser.windows, 'getAll').mockImplementation(
    async () => states.map((state, id) => ({ id, state })) as never,
  );
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (query) => {
    const [key] = Object.keys(query) as (keyof typeof matching)[];
    queried.push(String(key));
    return Array.from({ length: (key && matching[key]) ?? 0 }, (_, id) => ({ id })) as never;
  });
  return Object.assign(fakeBrowser, { queried });
}

describe('readBusySignals', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('reads nothing on as nothing busy', async () => {
    expect(await readBusySignals(ASK_ALL, fakeApi(['normal', 'maximized']), true)).toEqual(
      NOT_BUSY,
    );
  });

  it('finds a full-screen window, in either browser', async () => {
    for (const isFirefox of [false, true]) {
      const signals = await readBusySignals(ASK_ALL, fakeApi(['normal', 'fullscreen']), isFirefox);
      expect(signals).toEqual({ ...NOT_BUSY, fullscreen: true });
    }
  });

  it.each(['camera', 'microphone', 'screen'] as const)(
    'finds a call in Firefox by a tab using the %s',
    async (what) => {
      const signals = await readBusySignals(ASK_ALL, fakeApi(['normal'], { [what]: 1 }), true);
      expect(signals).toEqual({ ...NOT_BUSY, call: true });
    },
  );

  it('asks Chrome nothing about cameras, which it does not tell', async () => {
    const api = fakeApi(['normal'], { camera: 1 });
    expect(await readBusySignals(ASK_ALL, api, false)).toEqual(NOT_BUSY);
    expect(api.queried).toEqual(['audible']);
  });

  it('finds sound only when asked to', async () => {
    const api = fakeApi(['normal'], { audible: 2 });
    expect(await readBusySignals(ASK_ALL, api, false)).toEqual({ ...NOT_BUSY, sound: true });
    const notAsked = fakeApi(['normal'], { audible: 2 });
    expect(await readBusySignals({ ...ASK_ALL, waitWhileSound: false }, notAsked, false)).toEqual(
      NOT_BUSY,
    );
    expect(notAsked.queried).toEqual([]);
  });

  it('reads nothing at all when waiting is off', async () => {
    const api = fakeApi(['fullscreen'], { camera: 1, audible: 1 });
    const none = { waitWhileBusy: false, waitWhileSound: false };
    expect(await readBusySignals(none, api, true)).toEqual(NOT_BUSY);
    expect(api.windows.getAll).not.toHaveBeenCalled();
    expect(api.queried).toEqual([]);
  });

  it('holds nothing back when the browser cannot answer', async () => {
    const api: BusyApi = {
      windows: { getAll: vi.fn(async () => Promise.reject(new Error('gone'))) },
      tabs: { query: vi.fn(async () => Promise.reject(new Error('gone'))) },
    } as unknown as BusyApi;
    expect(await readBusySignals(ASK_ALL, api, true)).toEqual(NOT_BUSY);
  });
});
