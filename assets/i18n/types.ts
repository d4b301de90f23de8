import type { CardKind } from '@/assets/content/types';
import type { LanguagePreference } from '@/utils/language';
import type {
  DaysError,
  DeliveryMode,
  KindsError,
  NumberError,
  TimeError,
} from '@/utils/preferences';

/**
 * A moment said in words: `day` is empty for today, else "morgen"/"tomorrow" or a weekday name;
 * `time` is the clock time ("14:30", "2:30 PM").
 */
export type SayWhen = (day: string, time: string) => string;

/**
 * The strings the toolbar popup shows: its card, its buttons, the pause status and its actions.
 * They have modules of their own (popup-nl.ts, popup-en.ts), so the popup loads no other page's.
 */
export interface PopupMessages {
  popupHeading: string;
  kindLabels: Record<CardKind, string>;
  /** The two halves of a reframe, named for screen readers. */
  thoughtLabel: string;
  reframeLabel: string;
  revealReframe: string;
  drawNext: string;
  hideCard: string;
  cardHidden: string;
  undoHide: string;
  openSettings: string;
  emptyDeck: string;

  // Pause status and actions (popup, pause page).
  /** The word for the next calendar day. */
  tomorrow: string;
  statusNext: SayWhen;
  statusOutsideHours: SayWhen;
  statusSnoozed: SayWhen;
  statusPaused: SayWhen;
  statusDue: string;
  statusTaking: string;
  statusNoActiveHours: string;
  takePause: string;
  /** Names the group of snooze lengths. */
  snoozeLegend: string;
  snoozeMinutes: (minutes: number) => string;
  pauseForHour: string;
  pauseUntilTomorrow: string;
  resumeReminders: string;
  /** Names the popup's section of pause status and actions. */
  pausesLabel: string;
}

/** Every string the pages and the background show. Both languages fill all of it. */
export interface UiMessages extends PopupMessages {
  optionsTitle: string;
  remindersHeading: string;
  intervalLabel: string;
  intervalHint: string;
  intervalErrors: Record<NumberError, string>;
  contentHeading: string;
  kindsLegend: string;
  kindsErrors: Record<KindsError, string>;
  languageLabel: string;
  languageHint: string;
  languageNames: Record<LanguagePreference, string>;
  hiddenHeading: string;
  hiddenNone: string;
  restoreCard: string;
  saved: string;
  saveFailed: string;
  repairedNotice: string;

  // The background's notification.
  notificationTitle: string;
  notificationTake: string;
  notificationLater: string;

  // The pause page.
  pauseTitle: string;
  pauseHeading: string;
  breatheIn: string;
  breatheOut: string;
  secondsLeft: (seconds: number) => string;
  breathingDone: string;
  reflectionHeading: string;
  noteLabel: string;
  noteHint: string;
  finishPause: string;
  pauseTaken: string;
  pauseSnoozed: string;
  closePage: string;

  // Reminder settings.
  pauseSecondsLabel: string;
  pauseSecondsHint: string;
  pauseSecondsErrors: Record<NumberError, string>;
  activeDaysLegend: string;
  /** Weekday names, Sunday first (as `Date.getDay` counts). */
  weekdayNames: readonly [string, string, string, string, string, string, string];
  daysErrors: Record<DaysError, string>;
  activeStartLabel: string;
  activeEndLabel: string;
  activeHoursHint: string;
  timeErrors: Record<TimeError, string>;
  naturalBreakLabel: string;
  naturalBreakHint: string;
  naturalBreakErrors: Record<NumberError, string>;
  deliveryLabel: string;
  deliveryHint: string;
  deliveryNames: Record<DeliveryMode, string>;
  shortcutHint: (shortcut: string) => string;
}
