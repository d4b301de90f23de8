import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EditStore } from '@/components/use-edit';
import { type ChangeResult, isRefusal } from '@/utils/core/edit';
import type { Intention } from '@/utils/core/intentions';
import {
  findPauseLine,
  type JournalFilter,
  restoreLine,
  selectItems,
  type TakenLine,
} from '@/utils/core/journal';
import type { PauseLogEntry } from '@/utils/core/pause-model';

/** How the journal stores its changes, each in one write, each against what the page showed. */
export interface JournalStore {
  replaceLine: (base: TakenLine, next: TakenLine) => Promise<ChangeResult<TakenLine>>;
  deleteLine: (base: TakenLine) => Promise<ChangeResult<TakenLine, null>>;
  restoreLine: (line: TakenLine) => Promise<ChangeResult<TakenLine>>;
  replaceStep: (base: Intention, next: Intention) => Promise<ChangeResult<Intention>>;
  deleteStep: (base: Intention) => Promise<ChangeResult<Intention, null>>;
  restoreStep: (held: Intention) => Promise<ChangeResult<Intention>>;
}

/** What an entry can do, and how it stands. */
export interface EntryActions<T> {
  /** Deleted here a moment ago: the entry shows only its undo. */
  isDeleted: boolean;
  /** The entry as stored now; null once deleted elsewhere (an open editor keeps its words). */
  current: T | null;
  /** How its editor stores a change. */
  store: EditStore<T>;
  /** An editor opened or closed: an entry being edited stays on the page whatever happens. */
  onEditing: (isEditing: boolean) => void;
  onDelete: () => Promise<ChangeResult<T, null>>;
  onUndo: () => Promise<ChangeResult<T>>;
}

/** One kind of entry's copy on the page: how to find one in it, and how to put one back. */
interface Kind<T> {
  find: (items: readonly T[], item: T) => number;
  place: (items: readonly T[], item: T) => T[];
}

const PAUSES: Kind<PauseLogEntry> = {
  find: (log, line) => findPauseLine(log, line as TakenLine),
  place: restoreLine,
};
const STEPS: Kind<Intention> = {
  find: (steps, step) => steps.findIndex((each) => each.id === step.id),
  place: (steps, step) => [...steps, step],
};

/** The page's copy with `item` (named by `named`) as it is stored now, or without it (null). */
function putItem<T>(kind: Kind<T>, items: readonly T[], named: T, item: T | null): readonly T[] {
  const index = kind.find(items, named);
  if (item === null) return index < 0 ? items : items.toSpliced(index, 1);
  return index < 0 ? kind.place(items, item) : items.with(index, item);
}

/**
 * One kind of entry's data on the page: the copy as stored (a new one when another page changed
 * it), changes made here applied once stored, refusals applied too (what they say is stored now),
 * entries deleted here kept in place while their undo is offered, and entries being edited kept
 * on the page when they go elsewhere.
 */
function useEntries<T extends object>(
  stored: readonly T[],
  kind: Kind<T>,
  change: {
    replace: (base: T, next: T) => Promise<ChangeResult<T>>;
    remove: (base: T) => Promise<ChangeResult<T, null>>;
    restore: (item: T) => Promise<ChangeResult<T>>;
  },
) {
  const [items, setItems] = useState(stored);
  const [deleted, setDeleted] = useState<readonly T[]>([]);
  const [editing, setEditing] = useState<readonly T[]>([]);
  useEffect(() => setItems(stored), [stored]);

  /** Applies what a change came to: the item as stored now, or gone. */
  const settle = <Saved extends T | null>(named: T, result: ChangeResult<T, Saved>) => {
    if (!isRefusal(result)) setItems((held) => putItem(kind, held, named, result.saved));
    else if (result.refused === 'changed') {
      setItems((held) => putItem(kind, held, named, result.current));
    } else if (result.refused === 'gone') setItems((held) => putItem(kind, held, named, null));
    return result;
  };

  const shown = useMemo(() => {
    const orphans = editing.filter(
      (item) => kind.find(items, item) < 0 && !deleted.some((each) => kind.find([each], item) >= 0),
    );
    return [...items, ...deleted, ...orphans];
  }, [items, deleted, editing, kind]);

  const actionsFor = (item: T): EntryActions<T> => {
    const index = kind.find(items, item);
    return {
      isDeleted: deleted.includes(item),
      current: index < 0 ? null : (items[index] as T),
      store: {
        save: async (base, next) => settle(base, await change.replace(base, next)),
        restore: async (next) => settle(next, await change.restore(next)),
      },
      onEditing: (isEditing) =>
        setEditing((held) =>
          isEditing ? [...held, item] : held.filter((each) => kind.find([each], item) < 0),
        ),
      onDelete: async () => {
        const result = settle(item, await change.remove(item));
        if (!isRefusal(result)) setDeleted((held) => [...held, item]);
        return result;
      },
      onUndo: async () => {
        const result = settle(item, await change.restore(item));
        // Back already, changed: it shows as it is, in place of its undo.
        if (!isRefusal(result) || result.refused === 'changed') {
          setDeleted((held) => held.filter((each) => each !== item));
        }
        return result;
      },
    };
  };
  return { shown, actionsFor };
}

/**
 * The journal's data as the page shows it: the history and the steps, each entry with what it can
 * do (`forPause`, `forStep`), found by the filter and the search.
 */
export function useJournalData(
  stored: { log: readonly PauseLogEntry[]; intentions: readonly Intention[] },
  store: JournalStore,
  filter: JournalFilter,
  query: string,
) {
  const pauses = useEntries(stored.log, PAUSES, {
    replace: (base, next) => store.replaceLine(base as TakenLine, next as TakenLine),
    remove: (base) => store.deleteLine(base as TakenLine),
    restore: (line) => store.restoreLine(line as TakenLine),
  });
  const steps = useEntries(stored.intentions, STEPS, {
    replace: store.replaceStep,
    remove: store.deleteStep,
    restore: store.restoreStep,
  });

  const found = useMemo(
    () => selectItems(pauses.shown, steps.shown, filter, query),
    [pauses.shown, steps.shown, filter, query],
  );
  const isEmpty =
    !pauses.shown.some((line) => line.outcome === 'taken') && steps.shown.length === 0;

  return {
    found,
    isEmpty,
    forPause: (line: TakenLine) => pauses.actionsFor(line) as EntryActions<TakenLine>,
    forStep: steps.actionsFor,
  };
}
