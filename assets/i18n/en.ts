import { editMessages } from './edit-en';
import { notificationMessages } from './notification-en';
import { popupMessages } from './popup-en';
import { stepMessages } from './steps-en';
import type { UiMessages } from './types';

/**
 * Every string in English: the popup's (written once, in popup-en.ts), then those of the settings
 * page, the pause page and the background.
 */
export const messages: UiMessages = {
  ...popupMessages,
  ...notificationMessages,
  ...stepMessages,
  ...editMessages,

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
  cardSourceLegend: 'Which cards',
  cardSourceHint: 'For the popup and the pauses.',
  cardSourceNames: {
    both: 'Cards from the article and your own cards',
    own: 'Only your own cards',
    article: 'Only cards from the article',
  },
  cardSourceNoOwnCards:
    'There is no card of your own to draw yet. Until you write one below, the popup will say there are no cards.',
  saved: 'Saved.',
  saveFailed: 'Saving did not work. Please try again.',
  repairedNotice: 'Part of your stored settings could not be read and is back to its default.',

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
  noteTooLong: (length, max) =>
    `Your note is ${length.toLocaleString('en-US')} characters long; ${max.toLocaleString('en-US')} fit. Make it a little shorter and Moedpauze will keep it.`,
  notesFull:
    'Your note was not kept: Moedpauze keeps up to 10,000 notes, and it holds that many. Export your data to keep them, then make room. Your text is still here.',
  fieldChangedElsewhere: (value) =>
    `On another page this is now ${value}. What you type here stays until you leave the field.`,
  takeElsewhere: (value) => `Use ${value}`,
  stepFormOpen:
    'Your small step is still open. First choose Save or Cancel at the step; your words stay.',
  answersNotKept:
    'Your answers at ‘How did it go?’ are not saved yet. Have a look there; your pause is not finished yet.',
  pauseTaken: 'Pause taken. Well done.',
  pauseSnoozed: 'Snoozed.',
  closePage: 'Close',
  readJournal: 'Read back what you wrote',

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
  deliveryHint: 'Silent, unless you turn on sound below.',
  deliveryNames: {
    notification: 'A quiet notification',
    window: 'The pause at once, in a small window',
    badge: 'Only a dot on the toolbar icon',
  },
  soundLabel: 'Sound with a pause',
  soundHint: 'A soft chime when a pause begins.',
  waitWhileBusyLabel: 'Not during calls or full screen',
  waitWhileBusyHint:
    'A pause waits while a window fills the screen, or (in Firefox) a tab shares your camera, microphone or screen. Then it comes within a minute; after waiting an hour it shows only as a dot on the icon.',
  waitWhileSoundLabel: 'Not while sound plays either',
  waitWhileSoundHint:
    'In Chrome and Edge, sound is the only sign of a call. If music plays all day, leave this off.',
  cardInNotificationLabel: 'Show the card in the notification',
  cardInNotificationHint: 'Off: the notification only says it is time for a short pause.',
  shortcutHint: (shortcut) => `Press ${shortcut} to take a pause at any time.`,
  dataHeading: 'Your data',
  dataSummary: (pauses, notes, hiddenCards) =>
    `In this browser: ${count(pauses, 'pause', 'pauses')} in your history, ${notes} with a note, and ${count(hiddenCards, 'hidden card', 'hidden cards')}.`,
  exportButton: 'Export',
  exportHint:
    'Keep everything in one file: your settings, hidden and own cards, pause history, notes and small steps.',
  exported: (fileName) => `Exported as ${fileName}.`,
  importLabel: 'Import from a file',
  importHint:
    'A file Moedpauze exported. It replaces your settings and hidden cards; your history, own cards and small steps are added to, nothing is lost.',
  importConfirmTitle: 'Import this file?',
  importConfirmText: (pauses, notes, hiddenCards) =>
    `The file holds settings, ${count(hiddenCards, 'hidden card', 'hidden cards')} and ${count(pauses, 'pause', 'pauses')}, ${notes} of them with a note. Your settings and hidden cards will be replaced; pauses not here yet will be added.`,
  importConfirm: 'Import',
  imported: 'Imported.',
  importRefused: 'The file was not imported. Nothing has changed.',
  importReading: 'Reading and checking the file…',
  importProblems: {
    tooLarge: 'The file is larger than 160 MB; no Moedpauze export is that large.',
    notReadable: 'The file could not be read. Is it still where it was? Choose it again.',
    historyFull:
      'Together with what is in this browser it would be too much: more than 10,000 notes, 1,000 small steps or 500 own cards.',
    tooManyOwnCards: (cards, limit) =>
      `This file has more cards of your own (${cards.toLocaleString('en-US')}) than Moedpauze keeps (${limit.toLocaleString('en-US')}).`,
    notText: 'The file is not text. Choose the .json file of an export.',
    notJson: 'The file is not valid JSON; it may be damaged or incomplete.',
    notAnExport: 'This is not a Moedpauze export.',
    newerVersion:
      'This file comes from a newer version of Moedpauze. Update the extension and try again.',
    missingSection: (section) => `${section} are missing.`,
    badSection: (section) => `${section} cannot be read.`,
    missingField: (field) => `The setting ‘${field}’ is missing.`,
    badField: (field) => `The setting ‘${field}’ has an invalid value.`,
    unknownField: (field) => `Unknown field ‘${field}’.`,
    badFileField: (field) => `The field ‘${field}’ has an invalid value.`,
    badHiddenCard: (position) => `Hidden card number ${position} is invalid.`,
    badLogEntry: (position) => `Line ${position} of the pause history is invalid.`,
    badIntention: (position) => `Small step ${position} is invalid.`,
    badOwnCard: (position) => `Own card ${position} is invalid.`,
  },
  moreProblems: (count) =>
    `And ${count.toLocaleString('en-US')} more ${count === 1 ? 'problem' : 'problems'}.`,
  fieldNames: {
    intervalMinutes: 'Time between pauses',
    language: 'Language',
    enabledKinds: 'Kinds of cards',
    pauseSeconds: 'Length of a pause',
    activeDays: 'Active days',
    activeStartMinute: 'Active from',
    activeEndMinute: 'Active until',
    naturalBreakMinutes: 'Natural break',
    deliveryMode: 'How a pause announces itself',
    soundEnabled: 'Sound with a pause',
    waitWhileBusy: 'Not during calls or full screen',
    waitWhileSound: 'Not while sound plays either',
    cardInNotification: 'Show the card in the notification',
    cardSource: 'Which cards',
  },
  sectionNames: {
    preferences: 'The settings',
    hiddenCardIds: 'The hidden cards',
    pauseLog: 'The pause history and notes',
    intentions: 'The small steps',
    ownCards: 'Your own cards',
  },
  resetButton: 'Default settings',
  resetHint:
    'Puts every setting back. Hidden cards, your own cards, history, notes and small steps stay.',
  resetConfirmTitle: 'Put every setting back?',
  resetConfirmText:
    'Every setting gets its default value again. Your hidden cards, your own cards, history, notes and small steps stay as they are.',
  resetConfirm: 'Put back',
  resetDone: 'The default settings are back.',
  deleteButton: 'Delete everything',
  deleteHint:
    'Deletes your settings, hidden cards, your own cards, pause history, notes and small steps from this browser.',
  deleteConfirmTitle: 'Delete everything?',
  deleteConfirmText:
    'Your settings, hidden cards, your own cards, pause history, notes and small steps will be deleted. This cannot be undone; export first what you want to keep.',
  deleteConfirm: 'Delete everything',
  deleteDone: 'Everything is deleted. Moedpauze starts afresh, with the default settings.',
  cancel: 'Cancel',
  dataFailed: 'That did not work. Nothing has changed; please try again.',

  aboutHeading: 'About Moedpauze',
  privacyHeading: 'Privacy',
  privacyText:
    'Everything you set and write stays in this browser. Moedpauze has no account, no server and no analytics, and does not use the internet: nothing leaves your computer, except a file you export yourself.',
  articleBefore: 'The cards come from the Dutch article',
  articleAfter: ', published on',
  articleDate: '18 June 2025',
  articleThesis: 'The thought behind it: vulnerability is not weakness, but courage.',
  version: (version) => `Version ${version}`,

  ownCardsHeading: 'Your own cards',
  ownCardsHint:
    'Write cards of your own: a critical thought you know with a milder answer, a small step, a line or a question. They stay in this browser and appear just as you write them, in any language.',
  ownCardsNone: 'You have no cards of your own yet.',
  ownCardKindNames: {
    reframe: 'Self-talk',
    step: 'Small step',
    quote: 'Line',
    question: 'Question',
  },
  ownCardReframeJoin: ', said more kindly: ',
  ownCardIncomplete: {
    thought:
      'The critical thought is missing. Fill it in again with Edit; until then this card stays out of the popup.',
    reframe:
      'The milder answer is missing. Fill it in again with Edit; until then this card stays out of the popup.',
  },
  addOwnCard: 'Add your own card',
  editOwnCard: 'Edit',
  deleteOwnCard: 'Delete',
  newOwnCardHeading: 'A new card of your own',
  editOwnCardHeading: 'Edit card',
  ownCardKindLegend: 'Kind of card',
  ownCardTextLabels: {
    step: 'Your small step',
    quote: 'Your line',
    question: 'Your question',
  },
  ownCardThoughtLabel: 'Your critical thought',
  ownCardReframeLabel: 'Your milder answer',
  ownCardHints: {
    text: 'In your own words, up to 280 characters.',
    thought: 'As you hear it, for example ‘I seem weak’. Up to 280 characters.',
    reframe: 'What you would rather tell yourself. Up to 280 characters.',
  },
  ownCardExampleLabel: 'Start from an example from the article',
  ownCardExampleHint: 'It fills both fields as a start; then put it in your own words.',
  ownCardExampleNone: 'No example',
  ownCardExampleChosen: 'A start from the article. Now make it yours: put it in your own words.',
  ownCardErrors: {
    required: 'Write something here; a few words are enough.',
    invisible: 'Write at least one letter or sign you can see.',
    duplicate: 'This card exists already. Put it in your own words.',
  },
  ownCardTooLong: (length, max) =>
    `This is ${length.toLocaleString('en-US')} characters; ${max.toLocaleString('en-US')} fit. Make it a little shorter.`,
  ownCardFull:
    'You have 500 cards of your own, as many as Moedpauze keeps. Delete one you no longer need first.',
  ownCardGone:
    'This card was deleted meanwhile, in another window. Your words are still here: Save keeps them as a new card.',
  saveOwnCard: 'Save',
  ownCardSaved: 'Card saved.',
  ownCardDeleted: 'Card deleted.',
  ownCardChangedBeforeDelete:
    'This card changed in another tab meanwhile, so it was not deleted. Read it, then choose again.',
  deleteOwnCardTitle: 'Delete this card?',
  deleteOwnCardText: (words) => `‘${words}’ will be gone for good. This cannot be undone.`,
  ownCardsSummary: (ownCards) =>
    ownCards === 0
      ? 'You have not written cards of your own yet.'
      : `You wrote ${count(ownCards, 'card', 'cards')} of your own.`,
  importConfirmOwnCards: (ownCards) =>
    ownCards === 1
      ? 'It holds 1 card of your own; if it is not here yet, it will be added.'
      : `It holds ${count(ownCards, 'card of your own', 'cards of your own')}; those not here yet will be added.`,
  stepsSummary: (steps) =>
    steps === 0
      ? 'You have not chosen a small step to try yet.'
      : `You chose ${count(steps, 'small step', 'small steps')} to try.`,
  importConfirmSteps: (steps) =>
    steps === 1
      ? 'It holds 1 small step; if it is not here yet, it will be added.'
      : `It holds ${count(steps, 'small step', 'small steps')}; those not here yet will be added.`,
};

/** "1 pause", "3 pauses": a number with its word. */
function count(amount: number, one: string, many: string): string {
  return `${amount} ${amount === 1 ? one : many}`;
}
