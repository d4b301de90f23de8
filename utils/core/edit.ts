// One mechanism for every change a person makes to what they wrote (a note, a step's words and
// answers, an own card, a setting), while another page, another tab or the background may change
// the same thing meanwhile. Each change is made against the version its editor started from, its
// base: it lands only on that version. Anything else comes back as a refusal that carries what is
// stored now, so the page can show it beside what the person typed. Nothing is overwritten, and
// nothing is dropped, without being shown.

/**
 * Why a change did not land, one vocabulary from the store to the page:
 * - `changed`: it changed elsewhere since the editor began; `current` is how it is stored now;
 * - `gone`: it was deleted elsewhere;
 * - `notesFull`, `full`: no room is left for it;
 * - `saveFailed`: the browser could not store it (nothing changed; try again).
 */
export type Refusal<T> =
  | { refused: 'changed'; current: T }
  | { refused: 'gone' }
  | { refused: 'notesFull' | 'full' | 'saveFailed' };

/** A refusal's reason alone. */
export type RefusalReason = Refusal<unknown>['refused'];

/** What a change came to: what is stored now (`Saved`: null once deleted), or why nothing was. */
export type ChangeResult<T, Saved = T> = { saved: Saved } | Refusal<T>;

/** True when a change was refused. */
export function isRefusal<T, Saved>(result: ChangeResult<T, Saved>): result is Refusal<T> {
  return 'refused' in result;
}

/**
 * True when two stored values are the same version: the same fields, each the same value, in any
 * order (a value read back has its fields in the order its reader writes them).
 */
export function isSameVersion(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return (
    aKeys.length === bKeys.length &&
    aKeys.every((key) =>
      isSameVersion((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

/**
 * How a change made against `base` meets what is stored now (`current`, undefined when it is
 * gone): write `next`, nothing to write (it is stored already: a retry, or the same words typed
 * on two pages), or a refusal.
 */
export type EditDecision<T> = { write: T } | { unchanged: T } | Refusal<T>;

/** Decides a change of one stored item against the version its editor started from. */
export function decideEdit<T>(current: T | undefined, base: T, next: T): EditDecision<T> {
  if (current === undefined) return { refused: 'gone' };
  if (isSameVersion(current, next)) return { unchanged: current };
  if (!isSameVersion(current, base)) return { refused: 'changed', current };
  return { write: next };
}

/**
 * Decides a delete made against `base`: it goes only as the person saw it. Gone already is done;
 * changed meanwhile is refused with what is stored now, so no one's words go unseen.
 */
export function decideDelete<T>(current: T | undefined, base: T): { write: null } | Refusal<T> {
  if (current !== undefined && !isSameVersion(current, base)) {
    return { refused: 'changed', current };
  }
  return { write: null };
}

/**
 * Decides putting a deleted item back: only where nothing of it is there now. Already back as it
 * was is done (an undo after an import that brought it back adds no second one); back changed is
 * refused with what is there.
 */
export function decideRestore<T>(current: T | undefined, item: T): EditDecision<T> {
  if (current === undefined) return { write: item };
  if (isSameVersion(current, item)) return { unchanged: current };
  return { refused: 'changed', current };
}

/** Two texts kept together, each once: what "keep both" puts in the field. */
export function joinTexts(first: string, second: string): string {
  if (second === '' || second === first || first.includes(second)) return first;
  if (first === '' || second.includes(first)) return second;
  return `${first}\n\n${second}`;
}

/** A list changed by one decision, and what the change came to; `items` only when it changed. */
export interface ListChange<T, Saved = T> {
  items?: T[];
  result: ChangeResult<T, Saved>;
}

/** Puts `next` where the list holds `base` (at `index`, -1 when it holds none), if it may. */
export function editInList<T>(items: readonly T[], index: number, base: T, next: T): ListChange<T> {
  const decision = decideEdit(index < 0 ? undefined : items[index], base, next);
  if ('write' in decision) return { items: items.with(index, next), result: { saved: next } };
  if ('unchanged' in decision) return { result: { saved: decision.unchanged } };
  return { result: decision };
}

/** Takes out what the list holds at `index` (-1: nothing) as `base`, if it is still that. */
export function deleteInList<T>(items: readonly T[], index: number, base: T): ListChange<T, null> {
  const decision = decideDelete(index < 0 ? undefined : items[index], base);
  if ('refused' in decision) return { result: decision };
  if (index < 0) return { result: { saved: null } };
  return { items: items.toSpliced(index, 1), result: { saved: null } };
}

/**
 * Puts `item` back into the list (where `place` says), unless it is there already (at `index`;
 * -1 when it is not).
 */
export function restoreInList<T>(
  items: readonly T[],
  index: number,
  item: T,
  place: (items: readonly T[], item: T) => T[],
): ListChange<T> {
  const decision = decideRestore(index < 0 ? undefined : items[index], item);
  if ('write' in decision) return { items: place(items, item), result: { saved: item } };
  if ('unchanged' in decision) return { result: { saved: decision.unchanged } };
  return { result: decision };
}
