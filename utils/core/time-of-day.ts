import { type FieldCheck, MINUTE_OF_DAY, type TimeError } from './preferences';

// A time of day as a time field holds it, and back: only the settings page types times, so the
// popup never loads this.

/**
 * Checks a time of day: what a time field holds ("09:30", 24-hour clock) or a stored minute of
 * the day (570). Returns minutes after midnight.
 */
export function checkTimeOfDay(input: unknown): FieldCheck<number, TimeError> {
  if (typeof input === 'number') {
    return Number.isInteger(input) && input >= MINUTE_OF_DAY.min && input <= MINUTE_OF_DAY.max
      ? { isValid: true, value: input }
      : { isValid: false, error: 'notATime' };
  }
  if (typeof input !== 'string' || input.trim() === '')
    return { isValid: false, error: 'required' };
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(input.trim());
  if (!match) return { isValid: false, error: 'notATime' };
  return { isValid: true, value: Number(match[1]) * 60 + Number(match[2]) };
}

/** A minute of the day as a time field shows it: 570 → "09:30". */
export function formatTimeOfDay(minuteOfDay: number): string {
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}
