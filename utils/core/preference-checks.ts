import type { CardKind } from '@/utils/core/card';
import type { LanguagePreference } from './language';
import {
  CARD_KINDS,
  CARD_SOURCES,
  type CardSource,
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

/** Checks whose cards are drawn: both, own or article. */
export function checkCardSource(input: unknown): FieldCheck<CardSource, 'unknownSource'> {
  return CARD_SOURCES.includes(input as CardSource)
    ? { isValid: true, value: input as CardSource }
    : { isValid: false, error: 'unknownSource' };
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

/** Checks a stored minute of the day (570 is 09:30); a typed time is time-of-day.ts's. */
const checkMinuteOfDay = (input: unknown) => checkWholeNumber(input, MINUTE_OF_DAY);

/** Stored numbers are numbers; the string "45" is what a form holds, not what is stored. */
const storedNumber =
  (check: (input: unknown) => FieldCheck<number>) =>
  (value: unknown): FieldCheck<number> =>
    typeof value === 'number' ? check(value) : { isValid: false, error: 'notANumber' };

/** How each stored preference is checked, in the order of the preferences. */
const STORED_CHECKS: { [K in keyof Preferences]: (value: unknown) => FieldCheck<Preferences[K]> } =
  {
    intervalMinutes: storedNumber(checkIntervalMinutes),
    language: checkLanguage,
    enabledKinds: checkEnabledKinds,
    pauseSeconds: storedNumber(checkPauseSeconds),
    activeDays: checkActiveDays,
    activeStartMinute: storedNumber(checkMinuteOfDay),
    activeEndMinute: storedNumber(checkMinuteOfDay),
    naturalBreakMinutes: storedNumber(checkNaturalBreakMinutes),
    deliveryMode: checkDeliveryMode,
    soundEnabled: checkOnOrOff,
    waitWhileBusy: checkOnOrOff,
    waitWhileSound: checkOnOrOff,
    cardInNotification: checkOnOrOff,
    cardSource: checkCardSource,
  };

/** Turns anything (stored data is untrusted) into valid preferences, field by field. */
export function sanitizePreferences(raw: unknown): SanitizedPreferences {
  const record = isRecord(raw) ? raw : {};
  const repairedFields: (keyof Preferences)[] = [];
  const preferences = {} as Record<keyof Preferences, unknown>;
  for (const field of Object.keys(STORED_CHECKS) as (keyof Preferences)[]) {
    const check = STORED_CHECKS[field](record[field]);
    // The stored value when its check passes, else the default, and the field is named; but
    // not a preference added later, absent from what was stored before it.
    if (check.isValid) preferences[field] = check.value;
    else {
      preferences[field] = structuredClone(DEFAULT_PREFERENCES[field]);
      if (!(LATER_PREFERENCES.includes(field) && record[field] === undefined)) {
        repairedFields.push(field);
      }
    }
  }
  return { preferences: preferences as Preferences, repairedFields };
}
