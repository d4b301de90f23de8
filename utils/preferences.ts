import type { CardKind } from '@/assets/content/types';
import type { LanguagePreference } from './language';

/** Everything the user can set. Units are in the names. */
export interface Preferences {
  /** Minutes from one pause to the next. */
  intervalMinutes: number;
  /** The language of pages and cards: the browser's ('auto'), or one chosen. */
  language: LanguagePreference;
  /** The kinds of card drawn; never empty, in the order of CARD_KINDS. */
  enabledKinds: CardKind[];
}

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

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  intervalMinutes: INTERVAL_MINUTES.fallback,
  language: 'auto',
  enabledKinds: [...CARD_KINDS],
});

/** Why a number was refused; the pages turn this into words. */
export type NumberError = 'required' | 'notWhole' | 'tooLow' | 'tooHigh';

/** Why a set of kinds was refused. */
export type KindsError = 'noKind' | 'unknownKind';

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

/** Checks a language choice: auto, nl or en. */
export function checkLanguage(input: unknown): FieldCheck<LanguagePreference, 'unknownLanguage'> {
  return LANGUAGE_PREFERENCES.includes(input as LanguagePreference)
    ? { isValid: true, value: input as LanguagePreference }
    : { isValid: false, error: 'unknownLanguage' };
}

/** Checks the enabled kinds: known kinds only, at least one; returned without repeats, in order. */
export function checkEnabledKinds(input: unknown): FieldCheck<CardKind[], KindsError> {
  if (!Array.isArray(input) || input.some((kind) => !CARD_KINDS.includes(kind))) {
    return { isValid: false, error: 'unknownKind' };
  }
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
  const minutes = record.intervalMinutes;
  return {
    preferences: {
      // Stored minutes are numbers; the string "45" is what a form holds, not what we store.
      intervalMinutes: keep(
        'intervalMinutes',
        typeof minutes === 'number'
          ? checkIntervalMinutes(minutes)
          : { isValid: false, error: 'notANumber' },
      ),
      language: keep('language', checkLanguage(record.language)),
      enabledKinds: keep('enabledKinds', checkEnabledKinds(record.enabledKinds)),
    },
    repairedFields,
  };
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields whose values differ between two sets of preferences. */
export function listChangedFields(before: Preferences, after: Preferences): (keyof Preferences)[] {
  return (Object.keys(after) as (keyof Preferences)[]).filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}
