import { playChime as playChimeHere } from '@/utils/glue/play-chime';

/** The hidden page that plays the chime in Chrome (entrypoints/offscreen). */
export const OFFSCREEN_URL = 'offscreen.html';

/**
 * The parts of Chrome's API for an offscreen document, typed here: webextension-polyfill's types
 * have no `offscreen`, and Firefox has none at all.
 * https://developer.chrome.com/docs/extensions/reference/api/offscreen
 */
export interface OffscreenApi {
  runtime: { getContexts(filter: { contextTypes: 'OFFSCREEN_DOCUMENT'[] }): Promise<unknown[]> };
  offscreen: {
    createDocument(parameters: {
      url: string;
      reasons: 'AUDIO_PLAYBACK'[];
      justification: string;
    }): Promise<void>;
    closeDocument(): Promise<void>;
  };
}

declare const chrome: OffscreenApi;

/**
 * Plays the chime in Chrome, whose service worker has no audio: in an offscreen document that
 * plays it as it loads. An extension has one such document at most, so one left from an earlier
 * chime (Chrome closes it after 30 s of silence) is closed first, and the new one plays afresh.
 */
export async function playChimeOffscreen(api: OffscreenApi = chrome): Promise<void> {
  const open = await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (open.length > 0) await api.offscreen.closeDocument();
  await api.offscreen.createDocument({
    url: OFFSCREEN_URL,
    reasons: ['AUDIO_PLAYBACK'],
    justification: 'Plays a soft chime when a pause begins, if the user turned sound on.',
  });
}

/**
 * Plays the chime that comes with a pause (when the user turned sound on). Firefox's background
 * is a page with audio of its own; Chrome's is a service worker, which needs an offscreen document.
 */
export async function playChime(): Promise<void> {
  if (import.meta.env.FIREFOX) playChimeHere();
  else await playChimeOffscreen();
}
