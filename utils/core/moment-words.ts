import { describeDay, describeTime } from './journal';
import type { Language } from './language';

/**
 * How a language says a moment inside a sentence: the days near now as words ("morgen"), and the
 * word before a time ("om"). The strings give them (steps-nl.ts, steps-en.ts).
 */
export interface MomentWords {
  language: Language;
  today: string;
  yesterday: string;
  tomorrow: string;
  /** Said before the time: "om", "at". */
  atTime: string;
}

/**
 * A moment inside a sentence, by local calendar day: "vandaag om 14:30", "morgen om 09:00",
 * "donderdag 10 december om 09:00", "Thursday, December 10 at 9:00 AM" (with the year when it is
 * not this year's). Says when a step's follow-up can first come, as it is chosen and in the journal.
 */
export function describeMoment(atMs: number, nowMs: number, words: MomentWords): string {
  const day = describeDay(atMs, nowMs, words.language, words);
  return `${day} ${words.atTime} ${describeTime(atMs, words.language)}`;
}
