import { popupMessages } from './popup-nl';
import type { UiMessages } from './types';

/**
 * Every string in Dutch: the popup's (written once, in popup-nl.ts), then those of the settings
 * page, the pause page and the background.
 */
export const messages: UiMessages = {
  ...popupMessages,

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
  contentHeading: 'Inhoud',
  kindsLegend: 'Soorten kaarten',
  kindsErrors: {
    noKind: 'Kies minstens één soort kaart.',
    unknownKind: 'Deze soort kaart bestaat niet.',
  },
  languageLabel: 'Taal',
  languageHint: 'Voor de kaarten, de pop-up en deze pagina.',
  languageNames: { auto: 'Zoals de browser', nl: 'Nederlands', en: 'English' },
  hiddenHeading: 'Verborgen kaarten',
  hiddenNone: 'Je hebt geen kaarten verborgen.',
  restoreCard: 'Terugzetten',
  saved: 'Opgeslagen.',
  saveFailed: 'Opslaan is niet gelukt. Probeer het nog eens.',
  repairedNotice:
    'Een deel van je opgeslagen instellingen was onleesbaar en staat weer op de standaardwaarde.',
  notificationTitle: 'Tijd voor een korte pauze',

  notificationTake: 'Pauze nemen',
  notificationLater: 'Later',

  pauseTitle: 'Moedpauze – een korte pauze',
  pauseHeading: 'Een korte pauze',
  breatheIn: 'Adem in',
  breatheOut: 'Adem uit',
  secondsLeft: (seconds) => (seconds === 1 ? 'Nog 1 seconde' : `Nog ${seconds} seconden`),
  breathingDone: 'Je pauze is om. Neem gerust nog even de tijd.',
  reflectionHeading: 'Om bij stil te staan',
  noteLabel: 'Je notitie (mag leeg blijven)',
  noteHint: 'Alleen voor jou: je notitie blijft in deze browser.',
  finishPause: 'Klaar',
  pauseTaken: 'Pauze genomen. Goed van je.',
  pauseSnoozed: 'Uitgesteld.',
  closePage: 'Sluiten',

  pauseSecondsLabel: 'Duur van een pauze (seconden)',
  pauseSecondsHint: 'Van 30 tot 600 seconden (10 minuten).',
  pauseSecondsErrors: {
    required: 'Vul een aantal seconden in, van 30 tot 600.',
    notWhole: 'Gebruik een heel aantal seconden, zoals 60.',
    tooLow: 'Minstens 30 seconden.',
    tooHigh: 'Hoogstens 600 seconden (10 minuten).',
  },
  activeDaysLegend: 'Actieve dagen',
  weekdayNames: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  daysErrors: {
    noDay: 'Kies minstens één dag.',
    unknownDay: 'Deze dag bestaat niet.',
  },
  activeStartLabel: 'Actief vanaf',
  activeEndLabel: 'Actief tot',
  activeHoursHint:
    'Ligt het einde vóór het begin, dan loopt je dag door na middernacht. Gelijk is de hele dag.',
  timeErrors: {
    required: 'Vul een tijd in, zoals 09:00.',
    notATime: 'Gebruik uren en minuten, zoals 09:00 of 17:30.',
  },
  naturalBreakLabel: 'Natuurlijke pauze (minuten)',
  naturalBreakHint:
    'Ben je zo lang niet aan de computer, dan telt dat als pauze. Van 1 tot 60 minuten.',
  naturalBreakErrors: {
    required: 'Vul een aantal minuten in, van 1 tot 60.',
    notWhole: 'Gebruik een heel aantal minuten, zoals 5.',
    tooLow: 'Minstens 1 minuut.',
    tooHigh: 'Hoogstens 60 minuten.',
  },
  deliveryLabel: 'Hoe een pauze zich meldt',
  deliveryHint: 'Zonder geluid, in elke vorm.',
  deliveryNames: {
    notification: 'Een stille melding',
    window: 'Meteen de pauze, in een klein venster',
    badge: 'Alleen een stip op het icoon',
  },
  shortcutHint: (shortcut) => `Met ${shortcut} neem je altijd een pauze.`,
};
