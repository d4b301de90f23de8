import { CARD_KINDS, type CardKind } from '@/utils/core/card';
import type { LanguagePreference } from './language';

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
  /** Whether a pause waits while a call (Firefox) or a full-screen window is on. */
  waitWhileBusy: boolean;
  /** Whether a pause also waits while a tab plays sound. */
  waitWhileSound: boolean;
  /** Whether the notification shows the card's line, or only that it is time for a pause. */
  cardInNotification: boolean;
  /** Whose cards are drawn: the article's and the user's own, or only one of them. */
  cardSource: CardSource;
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

export { CARD_KINDS };

/** Whose cards the deck draws from: both, only the user's own, or only the article's. */
export type CardSource = 'both' | 'own' | 'article';

export const CARD_SOURCES: readonly CardSource[] = ['both', 'own', 'article'];

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
  // A card on a shared screen is worse than a late pause.
  waitWhileBusy: true,
  // Off: music can play all day, and every pause would wait its longest.
  waitWhileSound: false,
  cardInNotification: true,
  cardSource: 'both',
} satisfies Preferences);

/**
 * Preferences added after the first release: a stored record or a file without one takes its
 * default, and nothing is said about it.
 */
export const LATER_PREFERENCES: readonly (keyof Preferences)[] = [
  'waitWhileBusy',
  'waitWhileSound',
  'cardInNotification',
  'cardSource',
];

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

/** The fields whose values differ between two sets of preferences. */
export function listChangedFields(before: Preferences, after: Preferences): (keyof Preferences)[] {
  return (Object.keys(after) as (keyof Preferences)[]).filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}
