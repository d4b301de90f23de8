import type { OwnCard } from './own-cards';
import { appendToLog } from './pause-log';
import type { PauseLogEntry } from './pause-model';

// What a file's history and own cards come to, joined to the ones here: nothing here is lost,
// nothing doubles, and importing a file twice adds nothing the second time.

/**
 * The history after an import: every line already here stays, in its order; the file's lines
 * that are not here yet are woven in by time. Importing a file twice adds nothing the second time.
 */
export function mergeLogs(
  current: readonly PauseLogEntry[],
  imported: readonly PauseLogEntry[],
): PauseLogEntry[] {
  // Count what is here, so that a file's line is added only as often as it is missing. Lines
  // are sanitized, so their fields come in one order and their JSON is a key.
  const here = new Map<string, number>();
  for (const entry of current) {
    const key = JSON.stringify(entry);
    here.set(key, (here.get(key) ?? 0) + 1);
  }
  const added = imported.filter((entry) => {
    const key = JSON.stringify(entry);
    const count = here.get(key) ?? 0;
    if (count > 0) here.set(key, count - 1);
    return count === 0;
  });
  const merged: PauseLogEntry[] = [];
  let next = 0;
  for (const entry of current) {
    for (let line = added[next]; line && line.atMs < entry.atMs; line = added[++next]) {
      merged.push(line);
    }
    merged.push(entry);
  }
  for (; next < added.length; next++) merged.push(added[next] as PauseLogEntry);
  // The same cap as every other write: lines without a note beyond it go, notes never do.
  return appendToLog(merged, []);
}

/**
 * The own cards after an import: every one here stays as it is; the file's cards not here yet
 * (by id) are added after them, in the file's order. Importing a file twice adds nothing.
 */
export function mergeOwnCards(
  current: readonly OwnCard[],
  imported: readonly OwnCard[],
): OwnCard[] {
  const here = new Set(current.map((card) => card.id));
  return [...current, ...imported.filter((card) => !here.has(card.id))];
}
