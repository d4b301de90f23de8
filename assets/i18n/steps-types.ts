import type { CommitProblem, FollowUpAnswers, LookBack } from '@/utils/core/intentions';
import type { MomentWords } from '@/utils/core/moment-words';

/**
 * The strings of small steps: choosing one to try ("Dit ga ik proberen"), and its follow-up on the
 * pause page. Modules of their own (steps-nl.ts, steps-en.ts): the popup loads them only when a
 * step is chosen; the pause page and the journal take them with their other strings.
 */
export interface StepMessages {
  /** Names the form of a step chosen; also read out as its region's name. */
  commitHeading: string;
  wordsLabel: string;
  wordsHint: string;
  lookBackLegend: string;
  lookBackNames: Record<LookBack, string>;
  commitStep: string;
  cancelStep: string;
  /** Said once the step is stored: when its follow-up can first come ("morgen om 09:00"). */
  committed: (when: string) => string;
  /** How a moment is said inside a sentence, here and in the journal. */
  momentWords: MomentWords;
  commitProblems: Record<CommitProblem | 'saveFailed', string>;
  wordsTooLong: (length: number, max: number) => string;

  // The follow-up, on the pause page.
  followUpHeading: string;
  followUpIntro: string;
  followUpDone: string;
  followUpNotYet: string;
  followUpLetGo: string;
  /** The article's three prompts for looking back. */
  answerLabels: Record<keyof FollowUpAnswers, string>;
  answersHint: string;
  saveAnswers: string;
  /** Said after each answer; none of them counts or blames. */
  answered: { done: string; 'not-yet': string; 'let-go': string };
  answerTooLong: (length: number, max: number) => string;
  answerFailed: string;
}
