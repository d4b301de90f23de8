import { appendToLog, hasNote, NOTES_LIMIT } from './pause-log';
import type { PauseLogEntry } from './pause-model';
import type { Preferences } from './preferences';

// The export file: what it holds, how it is written, and how its history joins the one here.
// How a file offered for import is checked is export-checks.ts's.

/**
 * Everything the user owns: their preferences, the cards they hid, and their pause history with
 * its notes. The shuffle bag and the pause state are the extension's working state, not theirs:
 * they are neither exported nor imported.
 */
export interface UserData {
  preferences: Preferences;
  hiddenCardIds: string[];
  pauseLog: PauseLogEntry[];
}

/**
 * What an export file says it is, and the version of its layout. Version 2 names each pause taken
 * by when it began (`startedAtMs`); files of version 1 still import.
 */
export const EXPORT_FORMAT = 'moedpauze';
export const EXPORT_FORMAT_VERSION = 2;

/**
 * A file larger than this is refused unread. The largest history the store takes (5,000 lines
 * without a note, 10,000 notes of 2,000 characters) exports to about 122 MB at the very most,
 * every character written as a six-byte escape; an import is refused when, together with the
 * history here, it would export to more. So every file that an export writes imports again.
 */
export const IMPORT_MAX_BYTES = 128 * 1024 * 1024;

/** What the history may take up in an export, leaving room for the preferences and hidden cards. */
const LOG_MAX_BYTES = IMPORT_MAX_BYTES - 2 * 1024 * 1024;

/** The parts of an export file that hold the user's data. */
export type ExportSection = 'preferences' | 'hiddenCardIds' | 'pauseLog';
const SECTIONS: readonly ExportSection[] = ['preferences', 'hiddenCardIds', 'pauseLog'];
/** Every field an export file holds, in its order. */
export const FILE_FIELDS: readonly string[] = [
  'format',
  'formatVersion',
  'exportedAt',
  ...SECTIONS,
];

/** What is wrong with a file offered for import; the options page says it in words. */
export type ImportProblem =
  | { code: 'tooLarge' | 'notText' | 'notJson' | 'notAnExport' | 'historyFull' | 'notReadable' }
  | { code: 'newerVersion'; version: number }
  | { code: 'missingSection' | 'badSection'; section: ExportSection }
  | { code: 'missingField' | 'badField'; field: keyof Preferences }
  | { code: 'unknownField' | 'badFileField'; field: string }
  | { code: 'badHiddenCard' | 'badLogEntry'; index: number };

export type ParsedImport =
  | { isValid: true; data: UserData }
  | { isValid: false; problems: ImportProblem[] };

/**
 * The export file's text: the user's data under a format marker, version and date. Readable, and
 * compact where it is long: one history line to a line of text.
 */
export function serializeExport(data: UserData, now: Date): string {
  const head = JSON.stringify(
    {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: now.toISOString(),
      preferences: data.preferences,
      hiddenCardIds: data.hiddenCardIds,
    },
    null,
    2,
  );
  const lines = data.pauseLog.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n');
  const log = lines === '' ? '[]' : `[\n${lines}\n  ]`;
  return `${head.slice(0, head.lastIndexOf('}')).trimEnd()},\n  "pauseLog": ${log}\n}\n`;
}

/** How many bytes a history takes up in an export file: each line, indented, and its comma. */
function measureLogBytes(entries: readonly PauseLogEntry[]): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const entry of entries) bytes += encoder.encode(JSON.stringify(entry)).byteLength + 6;
  return bytes;
}

/** The export file's name: "moedpauze-2026-11-25.json" (the local date). */
export function exportFileName(now: Date): string {
  const pad = (part: number) => String(part).padStart(2, '0');
  return `moedpauze-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

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
 * What is wrong with the history an import would leave, or null: it must stay one the store
 * takes, so that it exports to a file that imports again.
 */
export function checkRoom(merged: readonly PauseLogEntry[]): ImportProblem | null {
  const isFull =
    merged.filter(hasNote).length > NOTES_LIMIT || measureLogBytes(merged) > LOG_MAX_BYTES;
  return isFull ? { code: 'historyFull' } : null;
}
