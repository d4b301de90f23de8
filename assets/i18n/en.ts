import type { UiMessages } from './types';

export const messages: UiMessages = {
  popupHeading: 'Moedpauze',
  cardLabel: 'From the article',
  openSettings: 'Settings',
  emptyDeck: 'There is no card to show right now.',
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
  saved: 'Saved. The next pause has been planned again.',
  saveFailed: 'Saving did not work. Please try again.',
  repairedNotice: 'Part of your stored settings could not be read and is back to its default.',
  notificationTitle: 'Time for a short pause',
};
