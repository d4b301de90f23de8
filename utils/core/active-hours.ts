import type { Preferences, Weekday } from './preferences';

/** The preferences that say when pauses may come. */
export type ActiveHours = Pick<Preferences, 'activeDays' | 'activeStartMinute' | 'activeEndMinute'>;

/** A stretch of time in which pauses may come: from `startMs` to `endMs`, both included. */
export interface ActiveWindow {
  startMs: number;
  endMs: number;
}

/** How many days of windows the planner looks through: a full week, and the day before. */
const DAYS_LISTED = 9;

/**
 * The moment the local clock shows `minuteOfDay` on the calendar day `dayOffset` days after the day
 * of `dayMs`. Calendar arithmetic, so a day of 23 or 25 hours (a change to or from summer time)
 * still lands on the right wall-clock time; a time the clock skips reads as the hour after.
 */
export function atLocalMinute(dayMs: number, dayOffset: number, minuteOfDay: number): number {
  const day = new Date(dayMs);
  return new Date(
    day.getFullYear(),
    day.getMonth(),
    day.getDate() + dayOffset,
    Math.floor(minuteOfDay / 60),
    minuteOfDay % 60,
  ).getTime();
}

/** The weekday of the calendar day `dayOffset` days after the day of `dayMs`. */
function getWeekday(dayMs: number, dayOffset: number): Weekday {
  // Noon: a change of clocks never moves noon to another day.
  return new Date(atLocalMinute(dayMs, dayOffset, 12 * 60)).getDay() as Weekday;
}

/**
 * The active windows in time order, beginning with the one that opened the day before `fromMs`
 * (it may still be open after midnight). A window opens on each active day at the start time and
 * closes at the end time, the next day when the end comes before the start, 24 hours on when they
 * are equal. Windows that touch are one window: with whole active days, midnight is no boundary.
 */
export function listActiveWindows(hours: ActiveHours, fromMs: number): ActiveWindow[] {
  const { activeStartMinute: start, activeEndMinute: end } = hours;
  const windows: ActiveWindow[] = [];
  for (let offset = -1; offset < DAYS_LISTED - 1; offset++) {
    if (!hours.activeDays.includes(getWeekday(fromMs, offset))) continue;
    const startMs = atLocalMinute(fromMs, offset, start);
    const endMs = atLocalMinute(fromMs, end <= start ? offset + 1 : offset, end);
    const last = windows.at(-1);
    if (last && last.endMs >= startMs) last.endMs = Math.max(last.endMs, endMs);
    else windows.push({ startMs, endMs });
  }
  return windows;
}

/** The active window `atMs` falls in, or null outside the active hours. */
export function findActiveWindow(hours: ActiveHours, atMs: number): ActiveWindow | null {
  return (
    listActiveWindows(hours, atMs).find(({ startMs, endMs }) => startMs <= atMs && atMs <= endMs) ??
    null
  );
}

/**
 * When "until tomorrow" ends: the start of the first active day after today (or, inside a window
 * that began yesterday evening and runs past midnight, after that window's day). Day by day, not
 * through the merged windows: whole active days touch and merge, yet each of them still begins.
 */
export function getTomorrowStartMs(hours: ActiveHours, nowMs: number): number {
  const { activeDays, activeStartMinute: start, activeEndMinute: end } = hours;
  const isInLastNight =
    end < start &&
    activeDays.includes(getWeekday(nowMs, -1)) &&
    nowMs <= atLocalMinute(nowMs, 0, end);
  for (let offset = isInLastNight ? 0 : 1; offset <= 7; offset++) {
    if (activeDays.includes(getWeekday(nowMs, offset))) return atLocalMinute(nowMs, offset, start);
  }
  // Not reached: the active days are never empty. The next local midnight, to be safe.
  return atLocalMinute(nowMs, 1, 0);
}
