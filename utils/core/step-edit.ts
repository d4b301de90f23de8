import { joinTexts } from './edit';
import { ANSWER_FIELDS, type FollowUpAnswers, type Intention } from './intentions';

// A small step edited in the journal, or answered at a pause, while it may change elsewhere: what
// the person typed, put onto the step as it is stored now, alone or beside what is there.

/** What a person typed for a step: their words with it, and the answers once it is done. */
export interface TypedStep {
  words: string;
  /** The answers typed; null when none were (the step was not done where they typed). */
  answers: FollowUpAnswers | null;
}

/**
 * The step as stored now (`onto`) with what the person typed in their place. Answers typed stay
 * answers: a step let go or reopened elsewhere is done again with them, answered when `atMs` says.
 */
export function putTyped(onto: Intention, typed: TypedStep, atMs: number): Intention {
  if (!typed.answers) return { ...onto, words: typed.words };
  const answeredAtMs = onto.status === 'done' ? onto.answeredAtMs : atMs;
  return { ...onto, words: typed.words, status: 'done', answeredAtMs, answers: typed.answers };
}

/** The step as stored now with what the person typed beside what it holds, field by field. */
export function joinTyped(theirs: Intention, typed: TypedStep, atMs: number): Intention {
  const words = joinTexts(theirs.words, typed.words);
  if (!typed.answers) return { ...theirs, words };
  const held = theirs.status === 'done' ? theirs.answers : null;
  const answers = Object.fromEntries(
    ANSWER_FIELDS.map((field) => [
      field,
      joinTexts(held?.[field] ?? '', typed.answers?.[field] ?? ''),
    ]),
  ) as unknown as FollowUpAnswers;
  return putTyped(theirs, { words, answers }, atMs);
}

/** What a step holds for the person to read: their words and, once done, the answers. */
export function listStepTexts(
  step: Intention,
): { field: 'words' | keyof FollowUpAnswers; text: string }[] {
  const answers = step.status === 'done' ? step.answers : null;
  return [
    { field: 'words' as const, text: step.words },
    ...ANSWER_FIELDS.map((field) => ({ field, text: answers?.[field] ?? '' })),
  ];
}
