import type { PopupMessages } from './types';

/** The popup's strings in English: the only ones its page loads (en.ts adds the other pages'). */
export const popupMessages: PopupMessages = {
  popupHeading: 'Moedpauze',
  kindLabels: {
    quote: 'From the article',
    reframe: 'Self-talk',
    question: 'Reflection question',
    step: 'Small step',
  },
  ownCard: 'Your own card',
  thoughtLabel: 'Critical thought',
  reframeLabel: 'Milder thought',
  revealReframe: 'See it differently',
  drawNext: 'Another one',
  hideCard: "Don't show again",
  cardHidden: 'Card hidden.',
  undoHide: 'Undo',
  openSettings: 'Settings',
  openJournal: 'Looking back',
  tryStep: "I'll try this",
  openSteps: (count) =>
    count === 1 ? "You're trying a small step." : `You're trying ${count} small steps.`,
  emptyDeck: 'There is no card to show right now. Choose which cards you see in the settings.',

  tomorrow: 'tomorrow',
  statusNext: (day, time) => `Next pause ${day ? `${day} ` : ''}at ${time}`,
  statusOutsideHours: (day, time) =>
    `Outside your active hours. Next pause ${day ? `${day} ` : ''}at ${time}`,
  statusSnoozed: (day, time) => `Snoozed until ${day ? `${day} ` : ''}${time}`,
  statusPaused: (day, time) => `Reminders paused until ${day ? `${day} ` : ''}${time}`,
  statusDue: 'Time for a short pause',
  statusBusy: {
    call: 'Pause waits until your call ends',
    fullscreen: 'Pause waits until you leave full screen',
    sound: 'Pause waits until the sound stops',
  },
  statusTaking: 'Your pause is under way',
  statusNoActiveHours:
    'No pause will come: your active hours are shorter than the time between pauses.',
  takePause: 'Take a pause',
  snoozeLegend: 'Later, in',
  snoozeMinutes: (minutes) => `${minutes} min`,
  pauseForHour: 'Reminders off for 1 hour',
  pauseUntilTomorrow: 'Off until tomorrow',
  resumeReminders: 'Resume reminders',
  pausesLabel: 'Pauses',
};
