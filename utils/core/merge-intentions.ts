import type { Intention } from './intentions';

// How the small steps of an imported file join the ones here. Pure.

/** How far a step has come: a step followed up with answers beats one let go, which beats one open. */
const rankOf = (intention: Intention): number =>
  intention.status === 'open' ? 0 : intention.status === 'let-go' ? 1 : 2;

/** The answers of a step, to compare; '' for a step without a word in them. */
const answersKey = (intention: Intention): string =>
  intention.status === 'done' && Object.values(intention.answers).some((answer) => answer !== '')
    ? JSON.stringify(intention.answers)
    : '';

/** The id the other answers to a step are kept under (an id holds at most 100 characters). */
const earlierIdOf = (id: string): string => `${id.slice(0, 90)}-earlier`;

/**
 * The small steps after an import: the file's steps not here yet (by id) are added, in the order
 * they were chosen. Of a step both here and in the file, the one that came further is kept (done
 * with answers, then let go, then open), so a follow-up made on another computer comes in; the
 * one here when they came as far. Answers are never dropped: when both hold different answers,
 * the ones given last (by `answeredAtMs`, here on a tie) keep the step's id, and the others are
 * kept too, as a step of their own under the id with "-earlier". Importing a file twice adds
 * nothing.
 */
export function mergeIntentions(
  current: readonly Intention[],
  imported: readonly Intention[],
): Intention[] {
  const merged = new Map(current.map((intention) => [intention.id, intention]));
  for (const theirs of imported) {
    const ours = merged.get(theirs.id);
    if (!ours) {
      merged.set(theirs.id, theirs);
      continue;
    }
    const isTheirsFurther =
      rankOf(theirs) > rankOf(ours) ||
      (rankOf(theirs) === rankOf(ours) &&
        theirs.status !== 'open' &&
        ours.status !== 'open' &&
        theirs.answeredAtMs > ours.answeredAtMs);
    const [kept, other] = isTheirsFurther ? [theirs, ours] : [ours, theirs];
    merged.set(kept.id, kept);
    const earlierId = earlierIdOf(kept.id);
    const otherAnswers = answersKey(other);
    if (otherAnswers !== '' && otherAnswers !== answersKey(kept) && !merged.has(earlierId)) {
      merged.set(earlierId, { ...other, id: earlierId });
    }
  }
  return [...merged.values()].sort((a, b) => a.committedAtMs - b.committedAtMs);
}
