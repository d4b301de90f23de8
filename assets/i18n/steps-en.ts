import type { StepMessages } from './steps-types';

/** The strings of small steps in English. The three prompts translate the article's words. */
export const stepMessages: StepMessages = {
  commitHeading: 'A step you will try',
  wordsLabel: 'With whom, or how? (optional)',
  wordsHint: 'In your own words. It stays in this browser.',
  lookBackLegend: 'When will you look back?',
  lookBackNames: {
    'later-today': 'Later today',
    tomorrow: 'Tomorrow',
    'in-a-few-days': 'In a few days',
  },
  commitStep: 'Save',
  cancelStep: 'Cancel',
  committed: (when) => `Saved. At a pause from ${when}, Moedpauze will ask how it went.`,
  momentWords: {
    language: 'en',
    today: 'today',
    yesterday: 'yesterday',
    tomorrow: 'tomorrow',
    atTime: 'at',
  },
  commitProblems: {
    tooManyOpen:
      'You are already trying three. Look back on one of them at a pause first, or let one go with Let it go in Looking back.',
    full: 'Looking back keeps no new steps any more. Delete a few you no longer need.',
    wordsTooLong: 'Your words are too long to save.',
    saveFailed: 'Saving did not work. Your words are still here; try again in a moment.',
  },
  wordsTooLong: (length, max) =>
    `${max} characters fit here; this is ${length}. Make it a little shorter to save it.`,

  followUpHeading: 'How did it go?',
  followUpIntro: 'You wanted to try this:',
  followUpDone: 'I did it',
  followUpNotYet: 'Not yet',
  followUpLetGo: 'Let it go',
  answerLabels: {
    felt: 'How did it feel to be open?',
    reactions: 'What were the reactions?',
    innerSteps: 'What inner steps did you take?',
  },
  answersHint: 'All of it may stay empty. It goes into Looking back, with this step.',
  saveAnswers: 'Save in Looking back',
  answered: {
    done: 'Saved in Looking back.',
    'not-yet': 'Fine. This step will come back on another day.',
    'let-go': 'Let go. That is fine too.',
  },
  answerTooLong: (length, max) =>
    `An answer can be ${max} characters long; this one is ${length}. Make it a little shorter.`,
  answerFailed: 'Saving did not work. Your words are still here; try again in a moment.',
};
