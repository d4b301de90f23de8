import type { UiMessages } from './types';

export const messages: UiMessages = {
  popupHeading: 'Moedpauze',
  cardLabel: 'Uit het artikel',
  openSettings: 'Instellingen',
  emptyDeck: 'Er is nu geen kaart om te tonen.',
  optionsTitle: 'Moedpauze – instellingen',
  remindersHeading: 'Herinneringen',
  intervalLabel: 'Tijd tussen pauzes (minuten)',
  intervalHint: 'Een heel aantal minuten, van 5 tot 240.',
  intervalErrors: {
    required: 'Vul een aantal minuten in, van 5 tot 240.',
    notWhole: 'Gebruik een heel aantal minuten, zoals 30.',
    tooLow: 'Minstens 5 minuten.',
    tooHigh: 'Hoogstens 240 minuten (4 uur).',
  },
  saved: 'Opgeslagen. De volgende pauze is opnieuw gepland.',
  saveFailed: 'Opslaan is niet gelukt. Probeer het nog eens.',
  repairedNotice:
    'Een deel van je opgeslagen instellingen was onleesbaar en staat weer op de standaardwaarde.',
  notificationTitle: 'Tijd voor een korte pauze',
};
