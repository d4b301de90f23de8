import type { Preferences } from './preferences';

// When a pause waits: a call, a full-screen window, sound. The background reads the signals from
// the browser just before a pause would be announced; what they mean is decided here.

const MS_PER_MINUTE = 60_000;

/** Why a pause waits: a camera, microphone or shared screen; a full-screen window; sound. */
export type BusySignal = 'call' | 'fullscreen' | 'sound';

export const BUSY_SIGNALS: readonly BusySignal[] = ['call', 'fullscreen', 'sound'];

/** What the browser shows right now, each signal on or off. */
export type BusySignals = Readonly<Record<BusySignal, boolean>>;

export const NOT_BUSY: BusySignals = { call: false, fullscreen: false, sound: false };

/** A pause that waits: since when, and for what. */
export interface BusyHold {
  sinceMs: number;
  signal: BusySignal;
}

/**
 * How often a waiting pause looks again, by alarm: a minute, so the pause comes within a minute
 * of the end of a call. (Packed extensions may not set alarms closer than 30 seconds.)
 */
export const BUSY_RECHECK_MINUTES = 1;

/**
 * How long a pause waits at most. After that it is announced quietly, by a dot on the toolbar
 * button: nothing appears on a shared screen, and the pause is there when the user looks.
 */
export const BUSY_WAIT_MAX_MINUTES = 60;

/** The signal that holds a pause back now, by the user's choices; null when none does. */
export function findHoldingSignal(
  signals: BusySignals,
  preferences: Pick<Preferences, 'waitWhileBusy' | 'waitWhileSound'>,
): BusySignal | null {
  if (preferences.waitWhileBusy && signals.call) return 'call';
  if (preferences.waitWhileBusy && signals.fullscreen) return 'fullscreen';
  if (preferences.waitWhileSound && signals.sound) return 'sound';
  return null;
}

/**
 * When a pause held since `sinceMs` looks again: a minute on, never past its longest wait (and
 * now, when that passed with no look: the computer slept).
 */
export function getNextLookMs(sinceMs: number, nowMs: number): number {
  const limitMs = sinceMs + BUSY_WAIT_MAX_MINUTES * MS_PER_MINUTE;
  return Math.max(nowMs, Math.min(nowMs + BUSY_RECHECK_MINUTES * MS_PER_MINUTE, limitMs));
}

export type AnnounceDecision =
  /** Announce now; `quietly` after waiting the longest a pause waits: by the dot only. */
  | { kind: 'announce'; quietly: boolean }
  /** Wait, and look again at `untilMs` (never past the longest wait). */
  | { kind: 'wait'; untilMs: number; hold: BusyHold };

/**
 * Whether a due pause is announced now or waits, and until when. Pure: from the signals, the
 * preferences, the hold so far (null when the pause has not waited) and `nowMs`.
 */
export function decideAnnouncement(
  signals: BusySignals,
  preferences: Pick<Preferences, 'waitWhileBusy' | 'waitWhileSound'>,
  hold: BusyHold | null,
  nowMs: number,
): AnnounceDecision {
  const signal = findHoldingSignal(signals, preferences);
  if (signal === null) return { kind: 'announce', quietly: false };
  const sinceMs = hold !== null && hold.sinceMs <= nowMs ? hold.sinceMs : nowMs;
  if (nowMs >= sinceMs + BUSY_WAIT_MAX_MINUTES * MS_PER_MINUTE) {
    return { kind: 'announce', quietly: true };
  }
  return { kind: 'wait', untilMs: getNextLookMs(sinceMs, nowMs), hold: { sinceMs, signal } };
}
