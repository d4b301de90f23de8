import { useState } from 'preact/hooks';
import { type ChangeResult, isSameVersion } from '@/utils/core/edit';

/** How an editor stores its item: a change against a version, and putting back one deleted. */
export interface EditStore<T> {
  save: (base: T, next: T) => Promise<ChangeResult<T>>;
  restore: (next: T) => Promise<ChangeResult<T>>;
}

/** An edit under way: what it began from, what changed elsewhere meanwhile, and how to save. */
export interface EditSession<T> {
  /**
   * What is stored now, when it changed (the item) or went (null) elsewhere since the editor
   * began; undefined while neither did. Shown beside the person's words, which stay theirs.
   */
  theirs: T | null | undefined;
  /**
   * Stores `next` against the version the editor began from; once `theirs` is shown, over it (the
   * person has seen it), or put back when it went. Never rejects: a failure is a refusal.
   */
  save: (next: T) => Promise<ChangeResult<T>>;
}

/**
 * The one way an editor saves what a person wrote: always against the version it began from
 * (`begin`), never against a fresher copy the page was given meanwhile. `current` is the item as
 * the page knows it stored now (null: deleted; undefined: the page cannot tell), so a change made
 * elsewhere shows while the person is still typing, and not only when they save.
 */
export function useEdit<T>(
  begin: T,
  current: T | null | undefined,
  store: EditStore<T>,
): EditSession<T> {
  const [base, setBase] = useState(begin);
  const [refused, setRefused] = useState<T | null | undefined>(undefined);
  const live =
    current === undefined || (current !== null && isSameVersion(current, base))
      ? undefined
      : current;
  const theirs = live !== undefined ? live : refused;

  async function save(next: T): Promise<ChangeResult<T>> {
    let result: ChangeResult<T>;
    try {
      result =
        theirs === null
          ? await store.restore(next)
          : await store.save(theirs === undefined ? base : theirs, next);
    } catch {
      result = { refused: 'saveFailed' };
    }
    if ('saved' in result) {
      setBase(result.saved);
      setRefused(undefined);
    } else if (result.refused === 'changed') setRefused(result.current);
    else if (result.refused === 'gone') setRefused(null);
    return result;
  }

  return { theirs, save };
}
