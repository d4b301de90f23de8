import type { CardKind } from '@/assets/content/types';
import type { LanguagePreference } from './language';
import {
  CARD_KINDS,
  type DaysError,
  DEFAULT_PREFERENCES,
  DELIVERY_MODES,
  type DeliveryMode,
  type FieldCheck,
  INTERVAL_MINUTES,
  type KindsError,
  LANGUAGE_PREFERENCES,
  LATER_PREFERENCES,
  MINUTE_OF_DAY,
  NATURAL_BREAK_MINUTES,
  type NumberError,
  PAUSE_SECONDS,
  type Preferences,
  type TimeError,
  WEEKDAYS,
  type Weekday,
  type WholeNumberRule,
} from './preferences';
import { isRecord } from './stored-values';

// How each preference is checked: what a person typed, a stored value, a file's. The pages say
// why a value was refused; stored data is made valid field by field.

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

/** Checks a setting that is on or off, nothing else (sound, waiting, the card shown). */
export function checkOnOrOff(input: unknown): FieldCheck<boolean, 'notOnOrOff'> {
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
    // A preference added later, absent from what was stored before it: its default, unsaid.
    if (!(LATER_PREFERENCES.includes(field) && record[field] === undefined)) {
      repairedFields.push(field);
    }
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
      soundEnabled: keep('soundEnabled', checkOnOrOff(record.soundEnabled)),
      waitWhileBusy: keep('waitWhileBusy', checkOnOrOff(record.waitWhileBusy)),
      waitWhileSound: keep('waitWhileSound', checkOnOrOff(record.waitWhileSound)),
      cardInNotification: keep('cardInNotification', checkOnOrOff(record.cardInNotification)),
    },
    repairedFields,
  };
}
