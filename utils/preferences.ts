/** Everything the user can set. Units are in the names. */
export interface Preferences {
  /** Minutes from one pause to the next. */
  intervalMinutes: number;
}

/** Bounds and default of a whole-number preference. */
export interface WholeNumberRule {
  min: number;
  max: number;
  fallback: number;
}

export const INTERVAL_MINUTES: WholeNumberRule = { min: 5, max: 240, fallback: 30 };

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  intervalMinutes: INTERVAL_MINUTES.fallback,
});

/** Why a value was refused; the pages turn this into words. */
export type FieldError = 'required' | 'notWhole' | 'tooLow' | 'tooHigh';

export type FieldCheck<T> = { isValid: true; value: T } | { isValid: false; error: FieldError };

/** Checks what a person typed (or a stored value) against a whole-number rule. */
export function checkWholeNumber(input: unknown, rule: WholeNumberRule): FieldCheck<number> {
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
export function checkIntervalMinutes(input: unknown): FieldCheck<number> {
  return checkWholeNumber(input, INTERVAL_MINUTES);
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
  const interval =
    typeof record.intervalMinutes === 'number'
      ? checkIntervalMinutes(record.intervalMinutes)
      : null;
  if (!interval?.isValid) repairedFields.push('intervalMinutes');
  return {
    preferences: {
      intervalMinutes: interval?.isValid ? interval.value : DEFAULT_PREFERENCES.intervalMinutes,
    },
    repairedFields,
  };
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
