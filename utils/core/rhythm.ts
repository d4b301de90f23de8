import { type ActiveHours, atLocalMinute } from './active-hours';
import { toDayKey } from './journal';
import type { PauseLogEntry } from './pause-model';
import type { Weekday } from './preferences';

// "Je ritme": the moments a person took for themselves, day by day. Only what was taken is
// counted (pauses and natural breaks); what was missed is never counted, and nothing is a goal.

/** How many days the rhythm shows: a week, or four on request. */
export type RhythmSpan = 7 | 28;
export const RHYTHM_SPANS: readonly RhythmSpan[] = [7, 28];

/** One local calendar day of the rhythm. */
export interface RhythmDay {
  /** The day as "2026-12-01", in local time. */
  dayKey: string;
  /** Noon of that day: a moment to say the day with, far from any clock change. */
  noonMs: number;
  /** Pauses taken and natural breaks on this day. */
  moments: number;
  /** Of those, the pauses with a note. */
  notes: number;
  /** Not one of the active days: a day of rest, not a day of nothing. */
  isRestDay: boolean;
}

export interface Rhythm {
  /** The days, oldest first, the last one today. */
  days: RhythmDay[];
  moments: number;
  notes: number;
  /**
   * The hour of day (0 to 23) the moments fall in most often, when the history says so clearly:
   * enough moments, and one hour ahead of every other. Null when it says nothing.
   */
  usualHour: number | null;
}

/** Moments it takes before an hour can stand out, and how many that hour needs itself. */
const USUAL_HOUR_MIN_MOMENTS = 5;
const USUAL_HOUR_MIN_IN_HOUR = 3;

/** True for a line that is a moment for oneself: a pause taken, or a natural break. */
const isMoment = (line: PauseLogEntry): line is Exclude<PauseLogEntry, { outcome: 'missed' }> =>
  line.outcome !== 'missed';

/** The minute of the local day a moment falls on (a skipped hour reads as the clock shows it). */
function localMinute(atMs: number): number {
  const date = new Date(atMs);
  return date.getHours() * 60 + date.getMinutes();
}

/**
 * The day a moment belongs to (its noon): its local calendar day, or the day before when it fell
 * in that day's active window running past midnight (a window of 22:00 to 02:00 opened on Monday
 * keeps a pause at 01:00 on Tuesday as Monday's). Read by the clock on the wall: in the hour the
 * clocks go back, 01:30 the second time is in the window as much as the first time.
 */
export function rhythmDayOf(atMs: number, hours: ActiveHours): number {
  const { activeDays, activeStartMinute: start, activeEndMinute: end } = hours;
  const noon = atLocalMinute(atMs, 0, 12 * 60);
  if (end >= start || localMinute(atMs) > end) return noon;
  const dayBefore = atLocalMinute(atMs, -1, 12 * 60);
  const isActiveDayBefore = activeDays.includes(new Date(dayBefore).getDay() as Weekday);
  return isActiveDayBefore ? dayBefore : noon;
}

/**
 * The rhythm of the `span` days up to today (`nowMs`'s day, as its moments are counted): each
 * day's moments and notes, the totals, and the hour they fall in most often, if one stands out.
 * Days are local calendar days, whatever the clock changes between them.
 */
export function summarizeRhythm(
  log: readonly PauseLogEntry[],
  hours: ActiveHours,
  nowMs: number,
  span: RhythmSpan,
): Rhythm {
  const todayNoon = rhythmDayOf(nowMs, hours);
  const days: RhythmDay[] = [];
  const byKey = new Map<string, RhythmDay>();
  for (let offset = 1 - span; offset <= 0; offset++) {
    const noonMs = atLocalMinute(todayNoon, offset, 12 * 60);
    const day: RhythmDay = {
      dayKey: toDayKey(noonMs),
      noonMs,
      moments: 0,
      notes: 0,
      isRestDay: !hours.activeDays.includes(new Date(noonMs).getDay() as Weekday),
    };
    days.push(day);
    byKey.set(day.dayKey, day);
  }
  const perHour = new Array<number>(24).fill(0);
  let moments = 0;
  let notes = 0;
  for (const line of log) {
    if (!isMoment(line)) continue;
    const day = byKey.get(toDayKey(rhythmDayOf(line.atMs, hours)));
    if (!day) continue;
    const hasNote = line.outcome === 'taken' && line.note.trim() !== '';
    day.moments++;
    moments++;
    if (hasNote) {
      day.notes++;
      notes++;
    }
    const hour = new Date(line.atMs).getHours();
    perHour[hour] = (perHour[hour] ?? 0) + 1;
  }
  return { days, moments, notes, usualHour: findUsualHour(perHour, moments) };
}

/** The hour with the most moments, when there are enough and it is ahead of every other. */
function findUsualHour(perHour: readonly number[], moments: number): number | null {
  if (moments < USUAL_HOUR_MIN_MOMENTS) return null;
  const most = Math.max(...perHour);
  if (most < USUAL_HOUR_MIN_IN_HOUR) return null;
  const hours = perHour.flatMap((count, hour) => (count === most ? [hour] : []));
  return hours.length === 1 ? (hours[0] ?? null) : null;
}
