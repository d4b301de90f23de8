import type { Intention } from './intentions';

// The list of small steps, changed one at a time. Pure.

/** The intentions with `next` in place of the one of the same id (or added when there is none). */
export function putIntention(intentions: readonly Intention[], next: Intention): Intention[] {
  const index = intentions.findIndex((intention) => intention.id === next.id);
  if (index < 0) return [...intentions, next];
  const replaced = intentions.slice();
  replaced[index] = next;
  return replaced;
}

/** A fresh id for an intention: when it was made, and a random part. */
export function makeIntentionId(nowMs: number, random: () => number): string {
  return `step-${Math.floor(nowMs).toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}
