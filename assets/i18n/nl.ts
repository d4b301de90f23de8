import { editMessages } from './edit-nl';
import { notificationMessages } from './notification-nl';
import { popupMessages } from './popup-nl';
import { stepMessages } from './steps-nl';
import type { UiMessages } from './types';

/**
 * Every string in Dutch: the popup's (written once, in popup-nl.ts), then those of the settings
 * page, the pause page and the background.
 */
export const messages: UiMessages = {
  ...popupMessages,
  ...notificationMessages,
  ...stepMessages,
  ...editMessages,

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
  cardSourceLegend: 'Welke kaarten',
  cardSourceHint: 'Voor de pop-up en de pauzes.',
  cardSourceNames: {
    both: 'Kaarten uit het artikel en je eigen kaarten',
    own: 'Alleen je eigen kaarten',
    article: 'Alleen kaarten uit het artikel',
  },
  cardSourceNoOwnCards:
    'Er is nog geen eigen kaart om te trekken. Tot je er hieronder een schrijft, zegt de pop-up dat er geen kaarten zijn.',
  saved: 'Opgeslagen.',
  saveFailed: 'Opslaan is niet gelukt. Probeer het nog eens.',
  repairedNotice:
    'Een deel van je opgeslagen instellingen was onleesbaar en staat weer op de standaardwaarde.',

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
  noteTooLong: (length, max) =>
    `Je notitie is ${number(length)} tekens lang; er passen er ${number(max)} in. Maak hem wat korter, dan bewaart Moedpauze hem.`,
  notesFull:
    'Je notitie is niet bewaard: Moedpauze bewaart tot 10.000 notities, en die zijn er al. Exporteer je gegevens om ze te bewaren en maak dan ruimte. Je tekst staat hier nog.',
  fieldChangedElsewhere: (value) =>
    `Op een andere pagina staat dit intussen op ${value}. Wat je hier typt, blijft staan tot je het veld verlaat.`,
  takeElsewhere: (value) => `Neem ${value} over`,
  stepFormOpen:
    'Je kleine stap staat nog open. Kies eerst Bewaren of Annuleren bij de stap; je woorden blijven staan.',
  answersNotKept:
    'Je antwoorden bij ‘Hoe ging het?’ zijn nog niet bewaard. Kijk daar even; je pauze is nog niet afgerond.',
  pauseTaken: 'Pauze genomen. Goed van je.',
  pauseSnoozed: 'Uitgesteld.',
  closePage: 'Sluiten',
  readJournal: 'Lees terug wat je schreef',

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
  deliveryHint: 'Stil, tenzij je hieronder geluid aanzet.',
  deliveryNames: {
    notification: 'Een stille melding',
    window: 'Meteen de pauze, in een klein venster',
    badge: 'Alleen een stip op het icoon',
  },
  soundLabel: 'Geluid bij een pauze',
  soundHint: 'Een zacht belletje als een pauze begint.',
  waitWhileBusyLabel: 'Niet tijdens gesprekken en schermvullend',
  waitWhileBusyHint:
    'Een pauze wacht zolang een venster het hele scherm vult, of (in Firefox) een tabblad je camera, microfoon of scherm deelt. Daarna komt hij binnen een minuut; na een uur wachten meldt hij zich alleen met een stip op het icoon.',
  waitWhileSoundLabel: 'Ook niet als er geluid speelt',
  waitWhileSoundHint:
    'In Chrome en Edge is geluid het enige teken van een gesprek. Staat er de hele dag muziek op, laat dit dan uit.',
  cardInNotificationLabel: 'Toon de kaart in de melding',
  cardInNotificationHint: 'Uit: de melding zegt alleen dat het tijd is voor een korte pauze.',
  shortcutHint: (shortcut) => `Met ${shortcut} neem je altijd een pauze.`,
  dataHeading: 'Gegevens',
  dataSummary: (pauses, notes, hiddenCards) =>
    `In deze browser: ${count(pauses, 'pauze', 'pauzes')} in je geschiedenis, ${notes} met een notitie, en ${count(hiddenCards, 'verborgen kaart', 'verborgen kaarten')}.`,
  exportButton: 'Exporteren',
  exportHint:
    'Bewaar alles in één bestand: je instellingen, verborgen en eigen kaarten, pauzegeschiedenis, notities en kleine stappen.',
  exported: (fileName) => `Geëxporteerd als ${fileName}.`,
  importLabel: 'Importeren uit een bestand',
  importHint:
    'Een bestand dat Moedpauze exporteerde. Het vervangt je instellingen en verborgen kaarten; je geschiedenis, eigen kaarten en kleine stappen worden aangevuld, er gaat niets verloren.',
  importConfirmTitle: 'Dit bestand importeren?',
  importConfirmText: (pauses, notes, hiddenCards) =>
    `Het bestand bevat instellingen, ${count(hiddenCards, 'verborgen kaart', 'verborgen kaarten')} en ${count(pauses, 'pauze', 'pauzes')}, waarvan ${notes} met een notitie. Je instellingen en verborgen kaarten worden vervangen; pauzes die hier nog niet staan komen erbij.`,
  importConfirm: 'Importeren',
  imported: 'Geïmporteerd.',
  importRefused: 'Het bestand is niet geïmporteerd. Er is niets veranderd.',
  importReading: 'Het bestand wordt gelezen en gecontroleerd…',
  importProblems: {
    tooLarge: 'Het bestand is groter dan 160 MB; zo groot wordt een export van Moedpauze niet.',
    notReadable:
      'Het bestand kon niet worden gelezen. Staat het nog op dezelfde plek? Kies het opnieuw.',
    historyFull:
      'Samen met wat in deze browser staat wordt het te veel: meer dan 10.000 notities, 1.000 kleine stappen of 500 eigen kaarten.',
    tooManyOwnCards: (cards, limit) =>
      `Dit bestand heeft meer eigen kaarten (${number(cards)}) dan Moedpauze bewaart (${number(limit)}).`,
    notText: 'Het bestand is geen tekst. Kies het .json-bestand van een export.',
    notJson: 'Het bestand is geen geldige JSON; misschien is het beschadigd of onvolledig.',
    notAnExport: 'Dit is geen export van Moedpauze.',
    newerVersion:
      'Dit bestand komt uit een nieuwere versie van Moedpauze. Werk de extensie bij en probeer het opnieuw.',
    missingSection: (section) => `${section} ontbreken.`,
    badSection: (section) => `${section} zijn onleesbaar.`,
    missingField: (field) => `Instelling ‘${field}’ ontbreekt.`,
    badField: (field) => `Instelling ‘${field}’ heeft een ongeldige waarde.`,
    unknownField: (field) => `Onbekend veld ‘${field}’.`,
    badFileField: (field) => `Veld ‘${field}’ heeft een ongeldige waarde.`,
    badHiddenCard: (position) => `Verborgen kaart nummer ${position} is ongeldig.`,
    badLogEntry: (position) => `Regel ${position} van de pauzegeschiedenis is ongeldig.`,
    badIntention: (position) => `Kleine stap ${position} is ongeldig.`,
    badOwnCard: (position) => `Eigen kaart ${position} is ongeldig.`,
  },
  moreProblems: (count) => `En nog ${number(count)} ${count === 1 ? 'probleem' : 'problemen'}.`,
  fieldNames: {
    intervalMinutes: 'Tijd tussen pauzes',
    language: 'Taal',
    enabledKinds: 'Soorten kaarten',
    pauseSeconds: 'Duur van een pauze',
    activeDays: 'Actieve dagen',
    activeStartMinute: 'Actief vanaf',
    activeEndMinute: 'Actief tot',
    naturalBreakMinutes: 'Natuurlijke pauze',
    deliveryMode: 'Hoe een pauze zich meldt',
    soundEnabled: 'Geluid bij een pauze',
    waitWhileBusy: 'Niet tijdens gesprekken en schermvullend',
    waitWhileSound: 'Ook niet als er geluid speelt',
    cardInNotification: 'Toon de kaart in de melding',
    cardSource: 'Welke kaarten',
  },
  sectionNames: {
    preferences: 'De instellingen',
    hiddenCardIds: 'De verborgen kaarten',
    pauseLog: 'De pauzegeschiedenis en notities',
    intentions: 'De kleine stappen',
    ownCards: 'De eigen kaarten',
  },
  resetButton: 'Standaardinstellingen',
  resetHint:
    'Zet alle instellingen terug. Verborgen kaarten, eigen kaarten, geschiedenis, notities en kleine stappen blijven.',
  resetConfirmTitle: 'Alle instellingen terugzetten?',
  resetConfirmText:
    'Elke instelling krijgt weer haar standaardwaarde. Je verborgen kaarten, eigen kaarten, geschiedenis, notities en kleine stappen blijven zoals ze zijn.',
  resetConfirm: 'Terugzetten',
  resetDone: 'De standaardinstellingen zijn terug.',
  deleteButton: 'Alles wissen',
  deleteHint:
    'Wist je instellingen, verborgen kaarten, eigen kaarten, pauzegeschiedenis, notities en kleine stappen uit deze browser.',
  deleteConfirmTitle: 'Alles wissen?',
  deleteConfirmText:
    'Je instellingen, verborgen kaarten, eigen kaarten, pauzegeschiedenis, notities en kleine stappen worden gewist. Dat kan niet ongedaan worden gemaakt; exporteer eerst wat je wilt bewaren.',
  deleteConfirm: 'Alles wissen',
  deleteDone: 'Alles is gewist. Moedpauze begint opnieuw, met de standaardinstellingen.',
  cancel: 'Annuleren',
  dataFailed: 'Dat is niet gelukt. Er is niets veranderd; probeer het nog eens.',

  aboutHeading: 'Over Moedpauze',
  privacyHeading: 'Privacy',
  privacyText:
    'Alles wat je instelt en schrijft blijft in deze browser. Moedpauze heeft geen account, geen server en geen statistieken, en gebruikt het internet niet: er verlaat niets je computer, behalve een bestand dat je zelf exporteert.',
  articleBefore: 'De kaarten komen uit het artikel',
  articleAfter: ', verschenen op',
  articleDate: '18 juni 2025',
  articleThesis: 'De gedachte erachter: kwetsbaarheid is geen zwakte, maar moed.',
  version: (version) => `Versie ${version}`,

  ownCardsHeading: 'Eigen kaarten',
  ownCardsHint:
    'Schrijf je eigen kaarten: een kritische gedachte die je kent met een milder antwoord, een kleine stap, een zin of een vraag. Ze blijven in deze browser en verschijnen precies zoals je ze schrijft, in elke taal.',
  ownCardsNone: 'Je hebt nog geen eigen kaarten.',
  ownCardKindNames: {
    reframe: 'Zelfspraak',
    step: 'Kleine stap',
    quote: 'Zin',
    question: 'Vraag',
  },
  ownCardReframeJoin: ', milder gezegd: ',
  ownCardIncomplete: {
    thought:
      'De kritische gedachte ontbreekt. Vul haar weer in met Bewerken; tot dan komt deze kaart niet in de pop-up.',
    reframe:
      'Het mildere antwoord ontbreekt. Vul het weer in met Bewerken; tot dan komt deze kaart niet in de pop-up.',
  },
  addOwnCard: 'Eigen kaart toevoegen',
  editOwnCard: 'Bewerken',
  deleteOwnCard: 'Verwijderen',
  newOwnCardHeading: 'Nieuwe eigen kaart',
  editOwnCardHeading: 'Kaart bewerken',
  ownCardKindLegend: 'Soort kaart',
  ownCardTextLabels: {
    step: 'Je kleine stap',
    quote: 'Je zin',
    question: 'Je vraag',
  },
  ownCardThoughtLabel: 'Je kritische gedachte',
  ownCardReframeLabel: 'Je mildere antwoord',
  ownCardHints: {
    text: 'In je eigen woorden, tot 280 tekens.',
    thought: 'Zoals je hem hoort, bijvoorbeeld ‘Ik lijk zwak’. Tot 280 tekens.',
    reframe: 'Wat je jezelf liever zegt. Tot 280 tekens.',
  },
  ownCardExampleLabel: 'Begin met een voorbeeld uit het artikel',
  ownCardExampleHint: 'Het vult beide velden als begin; zeg het daarna in je eigen woorden.',
  ownCardExampleNone: 'Zonder voorbeeld',
  ownCardExampleChosen:
    'Een begin uit het artikel. Maak het nu van jou: zeg het in je eigen woorden.',
  ownCardErrors: {
    required: 'Schrijf hier iets; een paar woorden is genoeg.',
    invisible: 'Schrijf ten minste één letter of teken dat je kunt zien.',
    duplicate: 'Deze kaart bestaat al. Zeg het in je eigen woorden.',
  },
  ownCardTooLong: (length, max) =>
    `Dit zijn ${number(length)} tekens; er passen er ${number(max)} in. Maak het wat korter.`,
  ownCardFull:
    'Je hebt 500 eigen kaarten; meer bewaart Moedpauze er niet. Verwijder eerst een kaart die je niet meer nodig hebt.',
  ownCardGone:
    'Deze kaart is intussen verwijderd, in een ander venster. Je woorden staan er nog: met Opslaan bewaar je ze als nieuwe kaart.',
  saveOwnCard: 'Opslaan',
  ownCardSaved: 'Kaart opgeslagen.',
  ownCardDeleted: 'Kaart verwijderd.',
  ownCardChangedBeforeDelete:
    'Deze kaart is intussen in een ander tabblad veranderd, dus niet verwijderd. Lees hem na en kies dan opnieuw.',
  deleteOwnCardTitle: 'Deze kaart verwijderen?',
  deleteOwnCardText: (words) =>
    `‘${words}’ is dan voorgoed weg. Dat kan niet ongedaan worden gemaakt.`,
  ownCardsSummary: (ownCards) =>
    ownCards === 0
      ? 'Je hebt nog geen eigen kaarten geschreven.'
      : `Je schreef ${count(ownCards, 'eigen kaart', 'eigen kaarten')}.`,
  importConfirmOwnCards: (ownCards) =>
    ownCards === 1
      ? 'Er zit 1 eigen kaart in; staat die hier nog niet, dan komt hij erbij.'
      : `Er zitten ${count(ownCards, 'eigen kaart', 'eigen kaarten')} in; die hier nog niet staan, komen erbij.`,
  stepsSummary: (steps) =>
    steps === 0
      ? 'Je koos nog geen kleine stap om te proberen.'
      : `Je koos ${count(steps, 'kleine stap', 'kleine stappen')} om te proberen.`,
  importConfirmSteps: (steps) =>
    steps === 1
      ? 'Er zit 1 kleine stap in; staat die hier nog niet, dan komt hij erbij.'
      : `Er zitten ${count(steps, 'kleine stap', 'kleine stappen')} in; die hier nog niet staan, komen erbij.`,
};

/** A number as Dutch writes it: 10.000. */
function number(amount: number): string {
  return amount.toLocaleString('nl-NL');
}

/** "1 pauze", "3 pauzes": a number with its word. */
function count(amount: number, one: string, many: string): string {
  return `${amount} ${amount === 1 ? one : many}`;
}
