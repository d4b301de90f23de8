import type { Preferences } from './preferences';

const MS_PER_MINUTE = 60_000;

/** When the next pause comes: one interval from `nowMs`. */
export function planNextPauseAtMs(preferences: Preferences, nowMs: number): number {
  return nowMs + preferences.intervalMinutes * MS_PER_MINUTE;
}
