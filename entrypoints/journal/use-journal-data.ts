import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Intention, putIntention } from '@/utils/core/intentions';
import {
  type JournalFilter,
  removeLine,
  replaceLine,
  restoreLine,
  selectItems,
  type TakenLine,
} from '@/utils/core/journal';
import type { PauseLogEntry } from '@/utils/core/pause-model';
import type { SaveFailure } from './NoteEditor';

/** A change to an entry: resolves to why it did not land, or null once it did. */
type Change = () => Promise<SaveFailure | null>;

/** How the journal stores its changes, each in one write. */
export interface JournalStore {
  replaceLine: (line: TakenLine, next: TakenLine) => Promise<SaveFailure | null>;
  deleteLine: (line: TakenLine) => Promise<SaveFailure | null>;
  restoreLine: (line: TakenLine) => Promise<SaveFailure | null>;
  replaceStep: (held: Intention, next: Intention) => Promise<SaveFailure | null>;
  deleteStep: (held: Intention) => Promise<SaveFailure | null>;
  restoreStep: (held: Intention) => Promise<SaveFailure | null>;
}

/** What an entry can do, and whether it was deleted a moment ago (its undo then shows). */
export interface EntryActions<Value> {
  isDeleted: boolean;
  onSave: (next: Value) => Promise<SaveFailure | null>;
  onDelete: Change;
  onUndo: Change;
}

/**
 * The journal's data as the page shows it: the history and the steps as stored (new ones when
 * another page changed them), with the changes made here applied once they are stored. A deleted
 * entry keeps its place while its undo is offered.
 */
export function useJournalData(
  stored: { log: readonly PauseLogEntry[]; intentions: readonly Intention[] },
  store: JournalStore,
  filter: JournalFilter,
  query: string,
) {
  const [log, setLog] = useState(stored.log);
  const [intentions, setIntentions] = useState(stored.intentions);
  const [deletedLines, setDeletedLines] = useState<readonly TakenLine[]>([]);
  const [deletedSteps, setDeletedSteps] = useState<readonly Intention[]>([]);
  useEffect(() => setLog(stored.log), [stored.log]);
  useEffect(() => setIntentions(stored.intentions), [stored.intentions]);

  const found = useMemo(
    () => selectItems([...log, ...deletedLines], [...intentions, ...deletedSteps], filter, query),
    [log, intentions, deletedLines, deletedSteps, filter, query],
  );
  const isEmpty =
    !log.some((line) => line.outcome === 'taken') &&
    intentions.length === 0 &&
    deletedLines.length === 0 &&
    deletedSteps.length === 0;

  /** Runs a store change, and on success applies it to the page's copy. */
  const apply = async (change: Change, update: () => void) => {
    const reason = await change();
    if (reason === null) update();
    return reason;
  };

  const forPause = (line: TakenLine): EntryActions<TakenLine> => ({
    isDeleted: deletedLines.includes(line),
    onSave: (next) =>
      apply(
        () => store.replaceLine(line, next),
        () => setLog((held) => replaceLine(held, line, next) ?? held),
      ),
    onDelete: () =>
      apply(
        () => store.deleteLine(line),
        () => {
          setLog((held) => removeLine(held, line) ?? held);
          setDeletedLines((lines) => [...lines, line]);
        },
      ),
    onUndo: () =>
      apply(
        () => store.restoreLine(line),
        () => {
          setLog((held) => restoreLine(held, line));
          setDeletedLines((lines) => lines.filter((held) => held !== line));
        },
      ),
  });

  const forStep = (intention: Intention): EntryActions<Intention> => ({
    isDeleted: deletedSteps.includes(intention),
    onSave: (next) =>
      apply(
        () => store.replaceStep(intention, next),
        () => setIntentions((held) => putIntention(held, next)),
      ),
    onDelete: () =>
      apply(
        () => store.deleteStep(intention),
        () => {
          setIntentions((held) => held.filter((each) => each.id !== intention.id));
          setDeletedSteps((steps) => [...steps, intention]);
        },
      ),
    onUndo: () =>
      apply(
        () => store.restoreStep(intention),
        () => {
          setIntentions((held) => putIntention(held, intention));
          setDeletedSteps((steps) => steps.filter((held) => held !== intention));
        },
      ),
  });

  return { found, isEmpty, forPause, forStep };
}
