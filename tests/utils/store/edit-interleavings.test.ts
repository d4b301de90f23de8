import fc from 'fast-check';
import { createStore, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { isSameVersion } from '@/utils/core/edit';
import type { TakenLine } from '@/utils/core/journal';
import type { PauseLogEntry } from '@/utils/core/pause-model';
import {
  commitPause,
  deleteLogLine,
  loadPauseLog,
  replaceLogLine,
  restoreLogLine,
} from '@/utils/store/pause-log-store';

// One note open in the journal on two pages while the background may join a second note to it:
// any order of saves, deletes, undos and joins, through the real store. Each write lands only on
// the version its writer was shown; a refusal shows what is stored; nothing is lost unseen.

let storeCount = 0;
const newStore = () => createStore(`edit-interleavings-${++storeCount}`, 'keyval');

const STARTED_MS = 1_000_000;
const NOTE: TakenLine = {
  outcome: 'taken',
  atMs: STARTED_MS + 60_000,
  cardId: 'quote-1',
  note: 'begin',
  startedAtMs: STARTED_MS,
};
/** Another pause's note, which no change of this one may touch. */
const OTHER: TakenLine = { outcome: 'taken', atMs: 10, cardId: null, note: 'ander' };

type Page = 'A' | 'B';
type Command =
  | { do: 'save'; page: Page; text: string }
  | { do: 'delete'; page: Page }
  | { do: 'restore'; page: Page }
  | { do: 'join'; text: string };

const textArb = fc.constantFrom('', 'een', 'twee', 'begin');
const pageArb = fc.constantFrom<Page>('A', 'B');
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ do: fc.constant('save' as const), page: pageArb, text: textArb }),
  },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('delete' as const), page: pageArb }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('restore' as const), page: pageArb }) },
  { weight: 2, arbitrary: fc.record({ do: fc.constant('join' as const), text: textArb }) },
);

/** An editor page: the line it shows (its base), and the line it deleted, for its undo. */
interface Editor {
  base: TakenLine;
  deleted: TakenLine | null;
}

/** The note under test as stored: the line of this pause at its time, or undefined. */
async function readNote(store: UseStore): Promise<TakenLine | undefined> {
  const lines = (await loadPauseLog(store)).filter(
    (line): line is TakenLine => line.outcome === 'taken' && line.atMs === NOTE.atMs,
  );
  expect(lines.length).toBeLessThanOrEqual(1);
  return lines[0];
}

/** Two notes for one pause, as the background joins them: both kept, the same words once. */
const joined = (first: string, second: string) =>
  second === '' || second === first ? first : first === '' ? second : `${first}\n\n${second}`;

describe('an edited note, any interleaving of two pages, undo and the background', () => {
  it('lands only on what its writer saw, refuses with what is stored, and loses nothing unseen', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 1, maxLength: 10 }), async (commands) => {
        const store = newStore();
        await commitPause(null, [OTHER, NOTE], store);
        const opened = (await readNote(store)) as TakenLine;
        const pages: Record<Page, Editor> = {
          A: { base: opened, deleted: null },
          B: { base: opened, deleted: null },
        };
        /** The note as the last write that landed left it (undefined: deleted). */
        let landed: TakenLine | undefined = opened;
        /** The background wrote the pause anew while its line was gone: its notes go there now. */
        let isJoinedElsewhere = false;
        let step = 0;

        for (const command of commands) {
          const before = await readNote(store);
          expect(before).toEqual(landed);
          /** What the writer was shown: its base (the background writes on what is stored). */
          const seen = command.do === 'join' ? before : pages[command.page].base;
          step++;
          if (command.do === 'join') {
            const added: PauseLogEntry = {
              outcome: 'taken',
              atMs: NOTE.atMs + step,
              cardId: null,
              note: command.text,
              startedAtMs: STARTED_MS,
            };
            await commitPause(null, [added], store);
            if (!before) isJoinedElsewhere = true;
            else if (!isJoinedElsewhere)
              landed = { ...before, note: joined(before.note, command.text) };
          } else {
            const page = pages[command.page];
            if (command.do === 'save') {
              const next = { ...page.base, note: command.text };
              const result = await replaceLogLine(page.base, next, store);
              // It lands only where the note is as the page shows it (or as typed already).
              if (!before) expect(result).toEqual({ refused: 'gone' });
              else if (isSameVersion(before, page.base) || isSameVersion(before, next)) {
                expect(result).toEqual({ saved: next });
                landed = next;
                page.base = next;
              } else {
                expect(result).toEqual({ refused: 'changed', current: before });
                page.base = before; // the page shows it beside what was typed
              }
            } else if (command.do === 'delete') {
              const result = await deleteLogLine(page.base, store);
              if (before && !isSameVersion(before, page.base)) {
                expect(result).toEqual({ refused: 'changed', current: before });
                page.base = before;
              } else {
                // Gone already is done too: the page offers its undo either way.
                expect(result).toEqual({ saved: null });
                page.deleted = page.base;
                landed = undefined;
              }
            } else if (page.deleted) {
              const held = page.deleted;
              page.deleted = null;
              const result = await restoreLogLine(held, store);
              if (before && !isSameVersion(before, held)) {
                expect(result).toEqual({ refused: 'changed', current: before });
                page.base = before;
              } else {
                expect(result).toEqual({ saved: held });
                landed = held;
                page.base = held;
              }
            }
          }
          const after = await readNote(store);
          expect(after).toEqual(landed);
          // A note overwritten was the one its writer saw (an undo overwrites none), or a join
          // kept its words.
          if (before && !isSameVersion(after, before)) {
            if (command.do === 'join') expect(after?.note.startsWith(before.note)).toBe(true);
            else expect(before).toEqual(command.do === 'restore' ? undefined : seen);
          }
          // Another pause's note is never touched.
          expect((await loadPauseLog(store)).filter((line) => isSameVersion(line, OTHER))).toEqual([
            OTHER,
          ]);
        }
        expect(await readNote(store)).toEqual(landed);
      }),
      { numRuns: 50 },
    );
  });
});
