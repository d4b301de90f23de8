import type { BusySignal } from '@/utils/core/busy';
import type { CardKind } from '@/utils/core/card';
import type { ExportSection } from '@/utils/core/export-file';
import type { LanguagePreference } from '@/utils/core/language';
import type { OwnCardError } from '@/utils/core/own-cards';
import type {
  CardSource,
  DaysError,
  DeliveryMode,
  KindsError,
  NumberError,
  Preferences,
  TimeError,
} from '@/utils/core/preferences';
import type { EditMessages } from './edit-types';
import type { ImportProblemMessages } from './import-types';
import type { StepMessages } from './steps-types';

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
  /** The quiet mark of a card the user wrote ("Eigen kaart"); it names an own line alone. */
  ownCard: string;
  /** The two halves of a reframe, named for screen readers. */
  thoughtLabel: string;
  reframeLabel: string;
  revealReframe: string;
  drawNext: string;
  hideCard: string;
  cardHidden: string;
  undoHide: string;
  openSettings: string;
  openJournal: string;
  emptyDeck: string;
  /** On a step card: "Dit ga ik proberen". */
  tryStep: string;
  /** A quiet mention of the steps being tried. */
  openSteps: (count: number) => string;

  // Pause status and actions (popup, pause page).
  /** The word for the next calendar day. */
  tomorrow: string;
  statusNext: SayWhen;
  statusOutsideHours: SayWhen;
  statusSnoozed: SayWhen;
  statusPaused: SayWhen;
  statusDue: string;
  statusTaking: string;
  /** Why a due pause waits: a call, a full-screen window, sound. */
  statusBusy: Record<BusySignal, string>;
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

/**
 * The strings of the background: the notification of a pause. A module of their own per
 * language (notification-nl.ts, notification-en.ts), so the background loads no page's strings.
 */
export interface NotificationMessages {
  notificationTitle: string;
  notificationTake: string;
  notificationLater: string;
}

/** Every string the pages and the background show. Both languages fill all of it. */
export interface UiMessages
  extends PopupMessages,
    NotificationMessages,
    StepMessages,
    EditMessages {
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
  /** Whose cards are drawn: the article's, the user's own, or both. */
  cardSourceLegend: string;
  cardSourceHint: string;
  cardSourceNames: Record<CardSource, string>;
  /** Said when only own cards are drawn and none can be. */
  cardSourceNoOwnCards: string;
  saved: string;
  saveFailed: string;
  repairedNotice: string;

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
  /** A note too long to keep: how long it is, and how long it may be. */
  noteTooLong: (length: number, max: number) => string;
  /** The history holds all the notes it takes. */
  notesFull: string;
  /** A typed setting stored on another page as something else while it was typed here. */
  fieldChangedElsewhere: (value: string) => string;
  takeElsewhere: (value: string) => string;
  /** "Klaar" while a step chosen on the pause page is still being written: it waits for it. */
  stepFormOpen: string;
  /** "Klaar" kept the follow-up's answers first, and they did not land: nothing was finished. */
  answersNotKept: string;
  pauseTaken: string;
  pauseSnoozed: string;
  closePage: string;
  /** The way from the pause page, and from the settings, to the journal. */
  readJournal: string;

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
  soundLabel: string;
  soundHint: string;
  waitWhileBusyLabel: string;
  waitWhileBusyHint: string;
  waitWhileSoundLabel: string;
  waitWhileSoundHint: string;
  cardInNotificationLabel: string;
  cardInNotificationHint: string;
  shortcutHint: (shortcut: string) => string;

  // Your data: export, import, reset, delete.
  dataHeading: string;
  /** What this browser holds: pauses in the history, how many with a note, hidden cards. */
  dataSummary: (pauses: number, notes: number, hiddenCards: number) => string;
  exportButton: string;
  exportHint: string;
  exported: (fileName: string) => string;
  importLabel: string;
  importHint: string;
  importConfirmTitle: string;
  /** What a valid file holds, said before it is imported. */
  importConfirmText: (pauses: number, notes: number, hiddenCards: number) => string;
  importConfirm: string;
  imported: string;
  importRefused: string;
  /** Said while a chosen file is read and checked. */
  importReading: string;
  importProblems: ImportProblemMessages;
  /** Said after the first problems of a long list. */
  moreProblems: (count: number) => string;
  /** Each preference's name, as an import problem names it. */
  fieldNames: Record<keyof Preferences, string>;
  sectionNames: Record<ExportSection, string>;
  resetButton: string;
  resetHint: string;
  resetConfirmTitle: string;
  resetConfirmText: string;
  resetConfirm: string;
  resetDone: string;
  deleteButton: string;
  deleteHint: string;
  deleteConfirmTitle: string;
  deleteConfirmText: string;
  deleteConfirm: string;
  deleteDone: string;
  cancel: string;
  dataFailed: string;

  // About.
  aboutHeading: string;
  privacyHeading: string;
  privacyText: string;
  /** Before and after the article's title, and its publication date. */
  articleBefore: string;
  articleAfter: string;
  articleDate: string;
  articleThesis: string;
  version: (version: string) => string;

  // Your own cards, in the settings.
  ownCardsHeading: string;
  /** Their words stay in this browser, shown as written, whatever the language. */
  ownCardsHint: string;
  ownCardsNone: string;
  /** The kinds as the editor offers them (a quote of one's own is a line). */
  ownCardKindNames: Record<CardKind, string>;
  /** Said, not shown, between a reframe's thought and its milder answer (an arrow shows). */
  ownCardReframeJoin: string;
  /** Beside half a reframe: which half is missing, and that Edit fills it in again. */
  ownCardIncomplete: Record<'thought' | 'reframe', string>;
  addOwnCard: string;
  editOwnCard: string;
  deleteOwnCard: string;
  newOwnCardHeading: string;
  editOwnCardHeading: string;
  ownCardKindLegend: string;
  /** The one field of a line, a question and a step. */
  ownCardTextLabels: Record<Exclude<CardKind, 'reframe'>, string>;
  ownCardThoughtLabel: string;
  ownCardReframeLabel: string;
  /** Under each field: what goes in it, and how long it may be. */
  ownCardHints: { text: string; thought: string; reframe: string };
  ownCardExampleLabel: string;
  ownCardExampleHint: string;
  /** The choice of no example. */
  ownCardExampleNone: string;
  /** Said once an example filled the fields: they are a start, to be said in one's own words. */
  ownCardExampleChosen: string;
  ownCardErrors: Record<Exclude<OwnCardError, 'tooLong'>, string>;
  ownCardTooLong: (length: number, max: number) => string;
  ownCardFull: string;
  ownCardGone: string;
  saveOwnCard: string;
  ownCardSaved: string;
  ownCardDeleted: string;
  /** A delete that met a change made in another tab: the card stays, as it is now. */
  ownCardChangedBeforeDelete: string;
  deleteOwnCardTitle: string;
  /** Names the card, and that it is gone for good. */
  deleteOwnCardText: (words: string) => string;
  /** How many own cards this browser holds, after the data summary. */
  ownCardsSummary: (ownCards: number) => string;
  /** How many own cards a file brings, after the import question (said only when some). */
  importConfirmOwnCards: (ownCards: number) => string;
  /** How many small steps this browser holds, after the own cards: chosen, never how they went. */
  stepsSummary: (steps: number) => string;
  /** How many small steps a file brings, after its own cards (said only when some). */
  importConfirmSteps: (steps: number) => string;
}
