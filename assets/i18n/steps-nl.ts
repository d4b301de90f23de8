import type { StepMessages } from './steps-types';

/** The strings of small steps in Dutch. The three prompts are the article's own words. */
export const stepMessages: StepMessages = {
  commitHeading: 'Deze stap ga je proberen',
  wordsLabel: 'Met wie, of hoe? (mag leeg blijven)',
  wordsHint: 'In je eigen woorden. Het blijft in deze browser.',
  lookBackLegend: 'Wanneer kijk je terug?',
  lookBackNames: {
    'later-today': 'Later vandaag',
    tomorrow: 'Morgen',
    'in-a-few-days': 'Over een paar dagen',
  },
  commitStep: 'Bewaren',
  cancelStep: 'Annuleren',
  committed: (when) => `Bewaard. Bij een pauze vanaf ${when} vraagt Moedpauze hoe het ging.`,
  momentWords: {
    language: 'nl',
    today: 'vandaag',
    yesterday: 'gisteren',
    tomorrow: 'morgen',
    atTime: 'om',
  },
  commitProblems: {
    tooManyOpen:
      'Je probeert er al drie. Kijk eerst op een ervan terug bij een pauze, of laat er een gaan met Laat maar in je terugblik.',
    full: 'Je terugblik bewaart geen nieuwe stappen meer. Verwijder er een paar die je niet meer nodig hebt.',
    wordsTooLong: 'Je woorden zijn te lang om te bewaren.',
    saveFailed: 'Bewaren lukte niet. Je woorden staan er nog; probeer het zo opnieuw.',
  },
  wordsTooLong: (length, max) =>
    `Hier passen ${max} tekens; dit zijn er ${length}. Maak het wat korter om het te bewaren.`,

  followUpHeading: 'Hoe ging het?',
  followUpIntro: 'Je wilde dit proberen:',
  followUpDone: 'Gedaan',
  followUpNotYet: 'Nog niet',
  followUpLetGo: 'Laat maar',
  answerLabels: {
    felt: 'Hoe voelde het om open te zijn?',
    reactions: 'Wat waren de reacties?',
    innerSteps: 'Welke innerlijke stappen heb je gezet?',
  },
  answersHint: 'Alles mag leeg blijven. Het komt in je terugblik, bij deze stap.',
  saveAnswers: 'Bewaar in je terugblik',
  answered: {
    done: 'Bewaard in je terugblik.',
    'not-yet': 'Goed. Op een volgende dag komt deze stap nog eens terug.',
    'let-go': 'Losgelaten. Dat mag ook.',
  },
  answerTooLong: (length, max) =>
    `Een antwoord kan ${max} tekens lang zijn; dit is ${length} tekens. Maak het wat korter.`,
  answerFailed: 'Bewaren lukte niet. Je woorden staan er nog; probeer het zo opnieuw.',
};
