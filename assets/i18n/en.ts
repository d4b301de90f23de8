import { popupMessages } from './popup-en';
import type { UiMessages } from './types';

/**
 * Every string in English: the popup's (written once, in popup-en.ts), then those of the settings
 * page, the pause page and the background.
 */
export const messages: UiMessages = {
  ...popupMessages,

  optionsTitle: 'Moedpauze – settings',
  remindersHeading: 'Reminders',
  intervalLabel: 'Time between pauses (minutes)',
  intervalHint: 'A whole number of minutes, from 5 to 240.',
  intervalErrors: {
    required: 'Enter a number of minutes, from 5 to 240.',
    notWhole: 'Use a whole number of minutes, such as 30.',
    tooLow: 'At least 5 minutes.',
    tooHigh: 'At most 240 minutes (4 hours).',
  },
  contentHeading: 'Content',
  kindsLegend: 'Kinds of cards',
  kindsErrors: {
    noKind: 'Choose at least one kind of card.',
    unknownKind: 'This kind of card does not exist.',
  },
  languageLabel: 'Language',
  languageHint: 'For the cards, the popup and this page.',
  languageNames: { auto: 'Same as the browser', nl: 'Nederlands', en: 'English' },
  hiddenHeading: 'Hidden cards',
  hiddenNone: 'You have not hidden any cards.',
  restoreCard: 'Restore',
  saved: 'Saved.',
  saveFailed: 'Saving did not work. Please try again.',
  repairedNotice: 'Part of your stored settings could not be read and is back to its default.',
  notificationTitle: 'Time for a short pause',

  notificationTake: 'Take a pause',
  notificationLater: 'Later',

  pauseTitle: 'Moedpauze – a short pause',
  pauseHeading: 'A short pause',
  breatheIn: 'Breathe in',
  breatheOut: 'Breathe out',
  secondsLeft: (seconds) => (seconds === 1 ? '1 second left' : `${seconds} seconds left`),
  breathingDone: 'Your pause is over. Take a moment longer if you like.',
  reflectionHeading: 'To reflect on',
  noteLabel: 'Your note (optional)',
  noteHint: 'Just for you: your note stays in this browser.',
  finishPause: 'Done',
  pauseTaken: 'Pause taken. Well done.',
  pauseSnoozed: 'Snoozed.',
  closePage: 'Close',

  pauseSecondsLabel: 'Length of a pause (seconds)',
  pauseSecondsHint: 'From 30 to 600 seconds (10 minutes).',
  pauseSecondsErrors: {
    required: 'Enter a number of seconds, from 30 to 600.',
    notWhole: 'Use a whole number of seconds, such as 60.',
    tooLow: 'At least 30 seconds.',
    tooHigh: 'At most 600 seconds (10 minutes).',
  },
  activeDaysLegend: 'Active days',
  weekdayNames: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  daysErrors: {
    noDay: 'Choose at least one day.',
    unknownDay: 'This day does not exist.',
  },
  activeStartLabel: 'Active from',
  activeEndLabel: 'Active until',
  activeHoursHint:
    'An end before the start runs past midnight. The same time for both means the whole day.',
  timeErrors: {
    required: 'Enter a time, such as 09:00.',
    notATime: 'Use hours and minutes, such as 09:00 or 17:30.',
  },
  naturalBreakLabel: 'Natural break (minutes)',
  naturalBreakHint:
    'Time away from the computer this long counts as a pause. From 1 to 60 minutes.',
  naturalBreakErrors: {
    required: 'Enter a number of minutes, from 1 to 60.',
    notWhole: 'Use a whole number of minutes, such as 5.',
    tooLow: 'At least 1 minute.',
    tooHigh: 'At most 60 minutes.',
  },
  deliveryLabel: 'How a pause announces itself',
  deliveryHint: 'Silent, whichever you choose.',
  deliveryNames: {
    notification: 'A quiet notification',
    window: 'The pause at once, in a small window',
    badge: 'Only a dot on the toolbar icon',
  },
  shortcutHint: (shortcut) => `Press ${shortcut} to take a pause at any time.`,
};
