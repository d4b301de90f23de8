import type { UseStore } from 'idb-keyval';
import { getDatabase, runTransaction } from './database';
import { HIDDEN_KEY } from './deck-store';
import {
  appendToLog,
  hasNote,
  NOTES_LIMIT,
  PAUSE_LOG_KEY,
  sanitizeLogEntry,
  sanitizePauseLog,
} from './pause-log';
import type { PauseLogEntry } from './pause-state';
import { PAUSE_STORE_SCHEMA_VERSION } from './pause-store';
import { DEFAULT_PREFERENCES, type Preferences, sanitizePreferences } from './preferences';
import {
  PREFERENCES_KEY,
  readPreferencesRecord,
  savePreferences,
  toStoredPreferences,
} from './preferences-store';
import { MAX_STORED_IDS, sanitizeIds } from './shuffle-bag';
import { isRecord } from './stored-values';

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
const FILE_FIELDS: readonly string[] = ['format', 'formatVersion', 'exportedAt', ...SECTIONS];

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
 * Reads a file offered for import and checks all of it. Nothing is repaired here: a file is
 * either wholly valid, or refused with everything that is wrong with it named. Never throws,
 * whatever the file: one that cannot be read as an export is refused as one.
 */
export function parseExport(bytes: Uint8Array): ParsedImport {
  try {
    return checkExport(bytes);
  } catch {
    // Nothing known reaches here; a file must never leave the page without an answer.
    return { isValid: false, problems: [{ code: 'notAnExport' }] };
  }
}

function checkExport(bytes: Uint8Array): ParsedImport {
  const refuse = (...problems: ImportProblem[]): ParsedImport => ({ isValid: false, problems });
  if (bytes.byteLength > IMPORT_MAX_BYTES) return refuse({ code: 'tooLarge' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse({ code: 'notText' });
  }
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse({ code: 'notJson' });
  }
  if (!isRecord(file) || file.format !== EXPORT_FORMAT) return refuse({ code: 'notAnExport' });
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse({ code: 'notAnExport' });
  }
  if (version > EXPORT_FORMAT_VERSION) return refuse({ code: 'newerVersion', version });

  const problems: ImportProblem[] = [];
  for (const field of Object.keys(file)) {
    if (!FILE_FIELDS.includes(field)) problems.push({ code: 'unknownField', field });
  }
  if ('exportedAt' in file && typeof file.exportedAt !== 'string') {
    problems.push({ code: 'badFileField', field: 'exportedAt' });
  }
  const preferences = checkPreferencesSection(file.preferences, problems);
  const hiddenCardIds = checkHiddenSection(file.hiddenCardIds, problems);
  const pauseLog = checkLogSection(file.pauseLog, problems);
  if (problems.length > 0 || !preferences || !hiddenCardIds || !pauseLog)
    return refuse(...problems);
  return { isValid: true, data: { preferences, hiddenCardIds, pauseLog } };
}

/** A section that is missing, or not the kind of value it must be, is named as such. */
function checkSection<T>(
  section: ExportSection,
  value: unknown,
  isRightKind: (value: unknown) => value is T,
  problems: ImportProblem[],
): value is T {
  if (value === undefined) problems.push({ code: 'missingSection', section });
  else if (!isRightKind(value)) problems.push({ code: 'badSection', section });
  return value !== undefined && isRightKind(value);
}

/** Every preference present and valid, and no others. */
function checkPreferencesSection(raw: unknown, problems: ImportProblem[]): Preferences | null {
  if (!checkSection('preferences', raw, isRecord, problems)) return null;
  const { preferences, repairedFields } = sanitizePreferences(raw);
  for (const field of repairedFields) {
    problems.push({ code: field in raw ? 'badField' : 'missingField', field });
  }
  for (const field of Object.keys(raw)) {
    if (!(field in DEFAULT_PREFERENCES)) problems.push({ code: 'unknownField', field });
  }
  return preferences;
}

/** Card ids: strings, each once, as many as the store keeps. */
function checkHiddenSection(raw: unknown, problems: ImportProblem[]): string[] | null {
  const isIdList = (value: unknown): value is unknown[] =>
    Array.isArray(value) && value.length <= MAX_STORED_IDS;
  if (!checkSection('hiddenCardIds', raw, isIdList, problems)) return null;
  const seen = new Set<unknown>();
  raw.forEach((id, index) => {
    if (typeof id !== 'string' || id === '' || seen.has(id) || sanitizeIds([id]).length === 0) {
      problems.push({ code: 'badHiddenCard', index });
    }
    seen.add(id);
  });
  return raw as string[];
}

/** History lines exactly as the store keeps them: a line the store would change is refused. */
function checkLogSection(raw: unknown, problems: ImportProblem[]): PauseLogEntry[] | null {
  if (!checkSection('pauseLog', raw, Array.isArray, problems)) return null;
  const entries: PauseLogEntry[] = [];
  raw.forEach((line, index) => {
    const entry = sanitizeLogEntry(line);
    if (entry && isKeptAsIs(entry, line)) entries.push(entry);
    else problems.push({ code: 'badLogEntry', index });
  });
  return entries;
}

/**
 * True when a file's line is the stored line to the letter: the same fields, each the same
 * value. A stored line is flat, so nothing nested (to any depth) can pass, and nothing is walked.
 */
function isKeptAsIs(entry: PauseLogEntry, line: unknown): boolean {
  if (!isRecord(line)) return false;
  const fields = Object.keys(entry);
  return (
    Object.keys(line).length === fields.length &&
    fields.every((field) => Object.hasOwn(line, field) && line[field] === entry[field as never])
  );
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

/** Everything the user owns, read in one transaction. */
export function loadUserData(store: UseStore = getDatabase()): Promise<UserData> {
  return runTransaction(
    'readonly',
    (objectStore) => {
      const preferences = objectStore.get(PREFERENCES_KEY);
      const hidden = objectStore.get(HIDDEN_KEY);
      const log = objectStore.get(PAUSE_LOG_KEY);
      return () => ({
        preferences: readPreferencesRecord(preferences.result).preferences,
        hiddenCardIds: sanitizeIds(hidden.result),
        pauseLog: sanitizePauseLog(log.result),
      });
    },
    store,
  );
}

/**
 * What is wrong with the history an import would leave, or null: it must stay one the store
 * takes, so that it exports to a file that imports again.
 */
function checkRoom(merged: readonly PauseLogEntry[]): ImportProblem | null {
  const isFull =
    merged.filter(hasNote).length > NOTES_LIMIT || measureLogBytes(merged) > LOG_MAX_BYTES;
  return isFull ? { code: 'historyFull' } : null;
}

/**
 * Imports a file: checks all of it first, and only a wholly valid file is written, in one
 * transaction. Its preferences and hidden cards replace these; its history joins this one, so no
 * note written here since the export is lost. Returns what the store holds afterwards.
 */
export async function importUserData(
  bytes: Uint8Array,
  store: UseStore = getDatabase(),
): Promise<ParsedImport> {
  const parsed = parseExport(bytes);
  if (!parsed.isValid) return parsed;
  const { data } = parsed;
  return runTransaction(
    'readwrite',
    (objectStore): (() => ParsedImport) => {
      let result: ParsedImport = { isValid: false, problems: [] };
      const logRequest = objectStore.get(PAUSE_LOG_KEY);
      logRequest.onsuccess = () => {
        const pauseLog = mergeLogs(sanitizePauseLog(logRequest.result), data.pauseLog);
        const problem = checkRoom(pauseLog);
        if (problem) {
          result = { isValid: false, problems: [problem] };
          return;
        }
        objectStore.put(toStoredPreferences(data.preferences), PREFERENCES_KEY);
        objectStore.put(data.hiddenCardIds, HIDDEN_KEY);
        objectStore.put(
          { schemaVersion: PAUSE_STORE_SCHEMA_VERSION, entries: pauseLog },
          PAUSE_LOG_KEY,
        );
        result = { isValid: true, data: { ...data, pauseLog } };
      };
      return () => result;
    },
    store,
  );
}

/** Deletes everything: preferences, hidden cards, history and notes, and the working state. */
export function deleteAllData(store: UseStore = getDatabase()): Promise<void> {
  return runTransaction(
    'readwrite',
    (objectStore) => {
      objectStore.clear();
      return () => undefined;
    },
    store,
  );
}

/** Puts every preference back to its default; hidden cards and history stay. */
export async function resetPreferences(store: UseStore = getDatabase()): Promise<Preferences> {
  const preferences = structuredClone(DEFAULT_PREFERENCES) as Preferences;
  await savePreferences(preferences, store);
  return preferences;
}
