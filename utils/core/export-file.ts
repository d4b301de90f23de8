import { INTENTIONS_LIMIT, type Intention } from './intentions';

export { mergeIntentions } from './merge-intentions';
export { mergeLogs, mergeOwnCards } from './merge-lists';

import { OWN_CARDS_LIMIT, type OwnCard } from './own-cards';
import { hasNote, NOTES_LIMIT } from './pause-log';
import type { PauseLogEntry } from './pause-model';
import type { Preferences } from './preferences';

// The export file: what it holds, how it is written, and how its history joins the one here.
// How a file offered for import is checked is export-checks.ts's.

/**
 * Everything the user owns: their preferences, the cards they hid, their pause history with its
 * notes, the small steps they chose with their follow-ups, and the cards they wrote themselves.
 * The shuffle bag and the pause state are the extension's working state, not theirs: they are
 * neither exported nor imported.
 */
export interface UserData {
  preferences: Preferences;
  hiddenCardIds: string[];
  pauseLog: PauseLogEntry[];
  intentions: Intention[];
  ownCards: OwnCard[];
}

/**
 * What an export file says it is, and the version of its layout. Version 2 names each pause taken
 * by when it began (`startedAtMs`); version 3 adds the small steps (`intentions`); version 4 the
 * user's own cards (`ownCards`); version 5 the words of each step's card (`stepText`). Older files
 * still import, with none of what came later.
 */
export const EXPORT_FORMAT = 'moedpauze';
export const EXPORT_FORMAT_VERSION = 5;
/** The first version whose files hold the small steps. */
export const INTENTIONS_SINCE_VERSION = 3;
/** The first version whose files hold the user's own cards. */
export const OWN_CARDS_SINCE_VERSION = 4;
/** The first version whose steps hold the words of their card. */
export const STEP_TEXT_SINCE_VERSION = 5;

/**
 * A file larger than this is refused unread. The largest history the store takes (5,000 lines
 * without a note, 10,000 notes of 2,000 characters) exports to about 122 MB at the very most,
 * every character written as a six-byte escape, and the most steps it keeps (1,000, each with
 * 280 characters of own words and three answers of 1,000) to about 20 MB, and the most own cards
 * (500, each two fields of 280 characters) to under 2 MB. An import is refused
 * when, together with what is here, either would export to more than its share. So every file
 * that an export writes imports again.
 */
export const IMPORT_MAX_BYTES = 160 * 1024 * 1024;

/** What the history may take up in an export. */
const LOG_MAX_BYTES = 126 * 1024 * 1024;
/** What the small steps may take up in an export. */
const INTENTIONS_MAX_BYTES = 32 * 1024 * 1024;

/** The parts of an export file that hold the user's data. */
export type ExportSection =
  | 'preferences'
  | 'hiddenCardIds'
  | 'pauseLog'
  | 'intentions'
  | 'ownCards';
const SECTIONS: readonly ExportSection[] = [
  'preferences',
  'hiddenCardIds',
  'pauseLog',
  'intentions',
  'ownCards',
];
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
  | { code: 'tooManyOwnCards'; count: number; limit: number }
  /** Stands last in a list cut short: how many problems more the file has. */
  | { code: 'moreProblems'; count: number }
  | { code: 'missingSection' | 'badSection'; section: ExportSection }
  | { code: 'missingField' | 'badField'; field: keyof Preferences }
  | { code: 'unknownField' | 'badFileField'; field: string }
  | { code: 'badHiddenCard' | 'badLogEntry' | 'badIntention' | 'badOwnCard'; index: number };

export type ParsedImport =
  | { isValid: true; data: UserData }
  | { isValid: false; problems: ImportProblem[] };

/** A long list in the file: one item to a line of text. */
function listLines(items: readonly unknown[]): string {
  const lines = items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return lines === '' ? '[]' : `[\n${lines}\n  ]`;
}

/**
 * The export file's text: the user's data under a format marker, version and date. Readable, and
 * compact where it is long: one history line, or one step, to a line of text.
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
  const lists = [
    `"pauseLog": ${listLines(data.pauseLog)}`,
    `"intentions": ${listLines(data.intentions)}`,
    `"ownCards": ${listLines(data.ownCards)}`,
  ].join(',\n  ');
  return `${head.slice(0, head.lastIndexOf('}')).trimEnd()},\n  ${lists}\n}\n`;
}

/** How many bytes a list takes up in an export file: each item, indented, and its comma. */
function measureListBytes(items: readonly unknown[]): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const item of items) bytes += encoder.encode(JSON.stringify(item)).byteLength + 6;
  return bytes;
}

/** The export file's name: "moedpauze-2026-11-25.json" (the local date). */
export function exportFileName(now: Date): string {
  const pad = (part: number) => String(part).padStart(2, '0');
  return `moedpauze-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/**
 * What is wrong with the history an import would leave, or null: it must stay one the store
 * takes, so that it exports to a file that imports again.
 */
export function checkRoom(merged: readonly PauseLogEntry[]): ImportProblem | null {
  const isFull =
    merged.filter(hasNote).length > NOTES_LIMIT || measureListBytes(merged) > LOG_MAX_BYTES;
  return isFull ? { code: 'historyFull' } : null;
}

/** What is wrong with the own cards an import would leave, or null: no more than the store keeps. */
export function checkOwnCardsRoom(merged: readonly OwnCard[]): ImportProblem | null {
  return merged.length > OWN_CARDS_LIMIT ? { code: 'historyFull' } : null;
}

/** What is wrong with the steps an import would leave, or null: no more than the store keeps. */
export function checkIntentionsRoom(merged: readonly Intention[]): ImportProblem | null {
  const isFull =
    merged.length > INTENTIONS_LIMIT || measureListBytes(merged) > INTENTIONS_MAX_BYTES;
  return isFull ? { code: 'historyFull' } : null;
}
