import { browser } from 'wxt/browser';
import type { BusySignals } from '@/utils/core/busy';
import type { Preferences } from '@/utils/core/preferences';

// What the browser shows that may hold a pause back, read with no permission: window states,
// and tabs queried by what they do (their addresses stay unseen).

export interface BusyApi {
  windows: Pick<typeof browser.windows, 'getAll'>;
  tabs: Pick<typeof browser.tabs, 'query'>;
}

/** Firefox's query of tabs that use the camera, the microphone or share the screen. */
type SharingQuery = { camera: true } | { microphone: true } | { screen: true };

/** A signal that cannot be read is off: a pause is never held back by an error. */
const orOff = (reading: Promise<boolean>) => reading.catch(() => false);

async function hasFullScreenWindow(api: BusyApi): Promise<boolean> {
  return (await api.windows.getAll()).some((window) => window.state === 'fullscreen');
}

/** In Firefox: a tab uses the camera or the microphone, or shares the screen (a call). */
async function isInCall(api: BusyApi): Promise<boolean> {
  const queries: SharingQuery[] = [{ camera: true }, { microphone: true }, { screen: true }];
  const found = await Promise.all(
    queries.map((query) => api.tabs.query(query as Parameters<BusyApi['tabs']['query']>[0])),
  );
  return found.some((tabs) => tabs.length > 0);
}

async function hasAudibleTab(api: BusyApi): Promise<boolean> {
  return (await api.tabs.query({ audible: true })).length > 0;
}

/**
 * What may hold a pause back right now; only what the preferences ask about is read. Chrome
 * tells no extension about camera or microphone use, so a call shows there only as sound.
 */
export async function readBusySignals(
  preferences: Pick<Preferences, 'waitWhileBusy' | 'waitWhileSound'>,
  api: BusyApi = browser,
  isFirefox: boolean = import.meta.env.FIREFOX,
): Promise<BusySignals> {
  const [fullscreen, call, sound] = await Promise.all([
    preferences.waitWhileBusy ? orOff(hasFullScreenWindow(api)) : false,
    preferences.waitWhileBusy && isFirefox ? orOff(isInCall(api)) : false,
    preferences.waitWhileSound ? orOff(hasAudibleTab(api)) : false,
  ]);
  return { call, fullscreen, sound };
}
