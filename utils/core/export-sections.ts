import type { ExportSection } from './export-file';
import type { ProblemList } from './import-problems';
import type { Intention } from './intentions';
import { checkImportedOwnCard, isOwnCardId, OWN_CARDS_LIMIT, type OwnCard } from './own-cards';
import { sanitizeLogEntry } from './pause-log';
import type { PauseLogEntry } from './pause-model';
import { sanitizePreferences } from './preference-checks';
import { DEFAULT_PREFERENCES, type Preferences } from './preferences';
import { MAX_STORED_IDS, sanitizeIds } from './shuffle-bag';
import { isIntentionId, sanitizeIntention } from './stored-intentions';
import { isRecord } from './stored-values';

// The sections of a file offered for import, each checked on its own (export-checks.ts reads the
// file and puts them together): every problem named, nothing repaired.

/** A section that is missing, or not the kind of value it must be, is named as such. */
function checkSection<T>(
  section: ExportSection,
  value: unknown,
  isRightKind: (value: unknown) => value is T,
  problems: ProblemList,
): value is T {
  if (value === undefined) problems.push({ code: 'missingSection', section });
  else if (!isRightKind(value)) problems.push({ code: 'badSection', section });
  return value !== undefined && isRightKind(value);
}

/** Every preference present and valid, and no others. */
export function checkPreferencesSection(raw: unknown, problems: ProblemList): Preferences | null {
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
export function checkHiddenSection(raw: unknown, problems: ProblemList): string[] | null {
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
export function checkLogSection(raw: unknown, problems: ProblemList): PauseLogEntry[] | null {
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
 * The items of a list section exactly as the store keeps them, each id once: an item the store
 * would change (read by `sanitize`, with its own id, or the store would name it anew) is named
 * with `code` and its place.
 */
function checkKeptItems<T extends { id: string }>(
  raw: unknown[],
  isId: (value: unknown) => value is string,
  sanitize: (item: unknown, fallbackId: string) => T | null,
  code: 'badIntention' | 'badOwnCard',
  problems: ProblemList,
): T[] {
  const items: T[] = [];
  const ids = new Set<string>();
  raw.forEach((item, index) => {
    const kept = isRecord(item) && isId(item.id) ? sanitize(item, '') : null;
    if (kept && !ids.has(kept.id) && isSameJson(kept, item)) {
      items.push(kept);
      ids.add(kept.id);
    } else problems.push({ code, index });
  });
  return items;
}

/**
 * Steps exactly as the store keeps them, each id once: a step the store would change is refused.
 * A file from before the steps kept their card's words (`isBeforeStepText`) has none for them.
 */
export function checkIntentionsSection(
  raw: unknown,
  isBeforeStepText: boolean,
  problems: ProblemList,
): Intention[] | null {
  if (!checkSection('intentions', raw, Array.isArray, problems)) return null;
  const items = isBeforeStepText
    ? raw.map((item) =>
        isRecord(item) && !('stepText' in item) ? { ...item, stepText: '' } : item,
      )
    : raw;
  return checkKeptItems(items, isIntentionId, sanitizeIntention, 'badIntention', problems);
}

/**
 * Own cards as the store keeps them and the editor takes them, each id once, as many as the store
 * keeps. Their words are compared in NFC, as the store reads them: a file from before kept them
 * as typed.
 */
export function checkOwnCardsSection(raw: unknown, problems: ProblemList): OwnCard[] | null {
  if (!checkSection('ownCards', raw, Array.isArray, problems)) return null;
  if (raw.length > OWN_CARDS_LIMIT) {
    problems.push({ code: 'tooManyOwnCards', count: raw.length, limit: OWN_CARDS_LIMIT });
    return null;
  }
  const items = raw.map((item) => (isRecord(item) ? toNfcFields(item) : item));
  return checkKeptItems(items, isOwnCardId, checkImportedOwnCard, 'badOwnCard', problems);
}

/** A file's item with each of its text fields in NFC. */
function toNfcFields(item: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...item };
  for (const field of ['text', 'thought', 'reframe']) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = value.normalize('NFC');
  }
  return copy;
}

/**
 * True when two values read from JSON are the same: the same fields (in any order), each the same
 * value, to a depth of three (a step's answers are one level down). Deeper is never the same.
 */
function isSameJson(kept: unknown, given: unknown, depth = 0): boolean {
  if (kept === given) return true;
  if (!isRecord(kept) || !isRecord(given) || depth > 2) return false;
  const fields = Object.keys(kept);
  return (
    Object.keys(given).length === fields.length &&
    fields.every(
      (field) => Object.hasOwn(given, field) && isSameJson(kept[field], given[field], depth + 1),
    )
  );
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
