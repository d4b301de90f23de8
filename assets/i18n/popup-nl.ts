import type { PopupMessages } from './types';

/** The popup's strings in Dutch: the only ones its page loads (nl.ts adds the other pages'). */
export const popupMessages: PopupMessages = {
  popupHeading: 'Moedpauze',
  kindLabels: {
    quote: 'Uit het artikel',
    reframe: 'Zelfspraak',
    question: 'Reflectievraag',
    step: 'Kleine stap',
  },
  ownCard: 'Eigen kaart',
  thoughtLabel: 'Kritische gedachte',
  reframeLabel: 'Mildere gedachte',
  revealReframe: 'Bekijk het anders',
  drawNext: 'Nog een',
  hideCard: 'Niet meer tonen',
  cardHidden: 'Kaart verborgen.',
  undoHide: 'Ongedaan maken',
  openSettings: 'Instellingen',
  openJournal: 'Terugblik',
  tryStep: 'Dit ga ik proberen',
  openSteps: (count) =>
    count === 1 ? 'Je probeert een kleine stap.' : `Je probeert ${count} kleine stappen.`,
  emptyDeck: 'Er is nu geen kaart om te tonen. In de instellingen kies je welke kaarten je ziet.',

  tomorrow: 'morgen',
  statusNext: (day, time) => `Volgende pauze ${day ? `${day} ` : ''}om ${time}`,
  statusOutsideHours: (day, time) =>
    `Buiten je actieve uren. Volgende pauze ${day ? `${day} ` : ''}om ${time}`,
  statusSnoozed: (day, time) => `Uitgesteld tot ${day ? `${day} ` : ''}${time}`,
  statusPaused: (day, time) => `Herinneringen gepauzeerd tot ${day ? `${day} ` : ''}${time}`,
  statusDue: 'Tijd voor een korte pauze',
  statusBusy: {
    call: 'Pauze wacht tot je gesprek voorbij is',
    fullscreen: 'Pauze wacht tot je het volledige scherm verlaat',
    sound: 'Pauze wacht tot het geluid stopt',
  },
  statusTaking: 'Je pauze loopt',
  statusNoActiveHours: 'Er komt geen pauze: je actieve uren zijn korter dan de tijd tussen pauzes.',
  takePause: 'Pauze nemen',
  snoozeLegend: 'Later, over',
  snoozeMinutes: (minutes) => `${minutes} min`,
  pauseForHour: 'Herinneringen 1 uur uit',
  pauseUntilTomorrow: 'Uit tot morgen',
  resumeReminders: 'Herinneringen hervatten',
  pausesLabel: 'Pauzes',
};
