// A fresh id for a small step. Pure.

/** A fresh id for an intention: when it was made, and a random part. */
export function makeIntentionId(nowMs: number, random: () => number): string {
  return `step-${Math.floor(nowMs).toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}
