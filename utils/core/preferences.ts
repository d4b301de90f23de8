import type { CardKind } from '@/assets/content/types';
import type { LanguagePreference } from './language';
import { isRecord } from './stored-values';

/** Everything the user can set. Units are in the names. */
export interface Preferences {
  /** Minutes from one pause to the next. */
  intervalMinutes: number;
  /** The language of pages and cards: the browser's ('auto'), or one chosen. */
  language: LanguagePreference;
  /** The kinds of card drawn; never empty, in the order of CARD_KINDS. */
  enabledKinds: CardKind[];
  /** How long a pause's breathing guide runs, in seconds. */
  pauseSeconds: number;
  /** The weekdays pauses may come on (0 is Sunday, as `Date.getDay`); never empty, sorted. */
  activeDays: Weekday[];
  /** When the active hours begin each active day, in minutes after local midnight. */
  activeStartMinute: number;
  /**
   * When they end, in minutes after local midnight. Earlier than the start: the window runs past
   * midnight into the next day. Equal to the start: the whole day.
   */
  activeEndMinute: number;
  /** Idle time at least this long counts as a pause taken, and the interval starts again. */
  naturalBreakMinutes: number;
  /** How a pause announces itself. */
  deliveryMode: DeliveryMode;
  /** Whether a pause's announcement comes with a soft chime. */
  soundEnabled: boolean;
}

/** A day of the week as `Date.getDay` counts it: 0 is Sunday, 6 is Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Every weekday, Monday first (the order they are offered in). */
export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

/**
 * How a pause announces itself: a quiet system notification; the pause page at once, in a small
 * window; or only a mark on the toolbar button until the popup is opened.
 */
export type DeliveryMode = 'notification' | 'window' | 'badge';

export const DELIVERY_MODES: readonly DeliveryMode[] = ['notification', 'window', 'badge'];

/** Every kind of card, in the order they are offered. */
export const CARD_KINDS: readonly CardKind[] = ['quote', 'reframe', 'question', 'step'];

export const LANGUAGE_PREFERENCES: readonly LanguagePreference[] = ['auto', 'nl', 'en'];

/** Bounds and default of a whole-number preference. */
export interface WholeNumberRule {
  min: number;
  max: number;
  fallback: number;
}

export const INTERVAL_MINUTES: WholeNumberRule = { min: 5, max: 240, fallback: 30 };
export const PAUSE_SECONDS: WholeNumberRule = { min: 30, max: 600, fallback: 60 };
export const NATURAL_BREAK_MINUTES: WholeNumberRule = { min: 1, max: 60, fallback: 5 };
/** A minute of the day: 00:00 is 0, 23:59 is 1439. */
export const MINUTE_OF_DAY: WholeNumberRule = { min: 0, max: 1439, fallback: 0 };

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  intervalMinutes: INTERVAL_MINUTES.fallback,
  language: 'auto',
  enabledKinds: [...CARD_KINDS],
  pauseSeconds: PAUSE_SECONDS.fallback,
  // A working week: Monday to Friday, 09:00 to 17:00.
  activeDays: [1, 2, 3, 4, 5],
  activeStartMinute: 9 * 60,
  activeEndMinute: 17 * 60,
  naturalBreakMinutes: NATURAL_BREAK_MINUTES.fallback,
  deliveryMode: 'notification',
  // Quiet unless asked: a pause should not startle anyone in a meeting.
  soundEnabled: false,
} satisfies Preferences);

/** Why a number was refused; the pages turn this into words. */
export type NumberError = 'required' | 'notWhole' | 'tooLow' | 'tooHigh';

/** Why a set of kinds was refused. */
export type KindsError = 'noKind' | 'unknownKind';

/** Why a set of weekdays was refused. */
export type DaysError = 'noDay' | 'unknownDay';

/** Why a time of day was refused. */
export type TimeError = 'required' | 'notATime';

export type FieldCheck<T, E extends string = string> =
  | { isValid: true; value: T }
  | { isValid: false; error: E };

/** Checks what a person typed (or a stored value) against a whole-number rule. */
export function checkWholeNumber(
  input: unknown,
  rule: WholeNumberRule,
): FieldCheck<number, NumberError> {
  const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input : '';
  const trimmed = text.trim();
  if (trimmed === '') return { isValid: false, error: 'required' };
  // Only plain decimal notation: "1e2", "0x10" or "12abc" are not what a person means by minutes.
  if (!/^[+-]?\d+(\.\d+)?$/.test(trimmed)) return { isValid: false, error: 'notWhole' };
  const value = Number(trimmed);
  if (!Number.isInteger(value)) return { isValid: false, error: 'notWhole' };
  if (value < rule.min) return { isValid: false, error: 'tooLow' };
  if (value > rule.max) return { isValid: false, error: 'tooHigh' };
  return { isValid: true, value };
}

/** Checks a pause interval in minutes (5 to 240, whole). */
export function checkIntervalMinutes(input: unknown): FieldCheck<number, NumberError> {
  return checkWholeNumber(input, INTERVAL_MINUTES);
}

/** Checks a pause length in seconds (30 to 600, whole). */
export function checkPauseSeconds(input: unknown): FieldCheck<number, NumberError> {
  return checkWholeNumber(input, PAUSE_SECONDS);
}

/** Checks a natural-break threshold in minutes (1 to 60, whole). */
export function checkNaturalBreakMinutes(input: unknown): FieldCheck<number, NumberError> {
  return checkWholeNumber(input, NATURAL_BREAK_MINUTES);
}

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

/**
 * Whether every place of `input` holds one of `allowed`: a hole is no value, and a list longer
 * than the allowed values (a day named twice is fine, seven times over is junk) is not walked.
 */
function isListOf<T>(input: unknown, allowed: readonly T[]): input is T[] {
  if (!Array.isArray(input) || input.length > allowed.length * 2) return false;
  for (let index = 0; index < input.length; index++) {
    if (!allowed.includes(input[index])) return false;
  }
  return true;
}

/** Checks the active days: known weekdays only, at least one; returned without repeats, sorted. */
export function checkActiveDays(input: unknown): FieldCheck<Weekday[], DaysError> {
  if (!isListOf(input, WEEKDAYS)) return { isValid: false, error: 'unknownDay' };
  const days = [...new Set(input)].sort((a, b) => a - b);
  return days.length > 0 ? { isValid: true, value: days } : { isValid: false, error: 'noDay' };
}

/** Checks how pauses announce themselves. */
export function checkDeliveryMode(input: unknown): FieldCheck<DeliveryMode, 'unknownMode'> {
  return DELIVERY_MODES.includes(input as DeliveryMode)
    ? { isValid: true, value: input as DeliveryMode }
    : { isValid: false, error: 'unknownMode' };
}

/** Checks the sound setting: on or off, nothing else. */
export function checkSoundEnabled(input: unknown): FieldCheck<boolean, 'notOnOrOff'> {
  return typeof input === 'boolean'
    ? { isValid: true, value: input }
    : { isValid: false, error: 'notOnOrOff' };
}

/** Checks a language choice: auto, nl or en. */
export function checkLanguage(input: unknown): FieldCheck<LanguagePreference, 'unknownLanguage'> {
  return LANGUAGE_PREFERENCES.includes(input as LanguagePreference)
    ? { isValid: true, value: input as LanguagePreference }
    : { isValid: false, error: 'unknownLanguage' };
}

/** Checks the enabled kinds: known kinds only, at least one; returned without repeats, in order. */
export function checkEnabledKinds(input: unknown): FieldCheck<CardKind[], KindsError> {
  if (!isListOf(input, CARD_KINDS)) return { isValid: false, error: 'unknownKind' };
  const kinds = CARD_KINDS.filter((kind) => input.includes(kind));
  return kinds.length > 0 ? { isValid: true, value: kinds } : { isValid: false, error: 'noKind' };
}

export interface SanitizedPreferences {
  preferences: Preferences;
  /** Fields that were missing or invalid and now hold their default. */
  repairedFields: (keyof Preferences)[];
}

/** Turns anything (stored data is untrusted) into valid preferences, field by field. */
export function sanitizePreferences(raw: unknown): SanitizedPreferences {
  const record = isRecord(raw) ? raw : {};
  const repairedFields: (keyof Preferences)[] = [];
  /** The stored value when its check passes, else the default (and the field is named). */
  function keep<K extends keyof Preferences>(
    field: K,
    check: FieldCheck<Preferences[K]>,
  ): Preferences[K] {
    if (check.isValid) return check.value;
    repairedFields.push(field);
    return structuredClone(DEFAULT_PREFERENCES[field]);
  }
  // Stored numbers are numbers; the string "45" is what a form holds, not what we store.
  const stored = (value: unknown, check: (input: unknown) => FieldCheck<number>) =>
    typeof value === 'number' ? check(value) : ({ isValid: false, error: 'notANumber' } as const);
  return {
    preferences: {
      intervalMinutes: keep(
        'intervalMinutes',
        stored(record.intervalMinutes, checkIntervalMinutes),
      ),
      language: keep('language', checkLanguage(record.language)),
      enabledKinds: keep('enabledKinds', checkEnabledKinds(record.enabledKinds)),
      pauseSeconds: keep('pauseSeconds', stored(record.pauseSeconds, checkPauseSeconds)),
      activeDays: keep('activeDays', checkActiveDays(record.activeDays)),
      activeStartMinute: keep(
        'activeStartMinute',
        stored(record.activeStartMinute, checkTimeOfDay),
      ),
      activeEndMinute: keep('activeEndMinute', stored(record.activeEndMinute, checkTimeOfDay)),
      naturalBreakMinutes: keep(
        'naturalBreakMinutes',
        stored(record.naturalBreakMinutes, checkNaturalBreakMinutes),
      ),
      deliveryMode: keep('deliveryMode', checkDeliveryMode(record.deliveryMode)),
      soundEnabled: keep('soundEnabled', checkSoundEnabled(record.soundEnabled)),
    },
    repairedFields,
  };
}

/** The fields whose values differ between two sets of preferences. */
export function listChangedFields(before: Preferences, after: Preferences): (keyof Preferences)[] {
  return (Object.keys(after) as (keyof Preferences)[]).filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}
