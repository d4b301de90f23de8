import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  FILE_FIELDS,
  IMPORT_MAX_BYTES,
  type ImportProblem,
  INTENTIONS_SINCE_VERSION,
  OWN_CARDS_SINCE_VERSION,
  type ParsedImport,
  STEP_TEXT_SINCE_VERSION,
} from './export-file';
import {
  checkHiddenSection,
  checkIntentionsSection,
  checkLogSection,
  checkOwnCardsSection,
  checkPreferencesSection,
} from './export-sections';
import { ProblemList } from './import-problems';
import { isRecord } from './stored-values';

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
  // Never spread a list of problems into a call: a file may hold millions of them.
  const refuse = (problem: ImportProblem): ParsedImport => ({
    isValid: false,
    problems: [problem],
  });
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

  const problems = new ProblemList();
  for (const field of Object.keys(file)) {
    if (!FILE_FIELDS.includes(field)) problems.push({ code: 'unknownField', field });
  }
  if ('exportedAt' in file && typeof file.exportedAt !== 'string') {
    problems.push({ code: 'badFileField', field: 'exportedAt' });
  }
  const preferences = checkPreferencesSection(file.preferences, problems);
  const hiddenCardIds = checkHiddenSection(file.hiddenCardIds, problems);
  const pauseLog = checkLogSection(file.pauseLog, problems);
  // Files from before the small steps hold none.
  const intentions =
    version < INTENTIONS_SINCE_VERSION && file.intentions === undefined
      ? []
      : checkIntentionsSection(file.intentions, version < STEP_TEXT_SINCE_VERSION, problems);
  // Files from before the own cards hold none.
  const ownCards =
    version < OWN_CARDS_SINCE_VERSION && file.ownCards === undefined
      ? []
      : checkOwnCardsSection(file.ownCards, problems);
  if (
    problems.hasProblems ||
    !preferences ||
    !hiddenCardIds ||
    !pauseLog ||
    !intentions ||
    !ownCards
  )
    return { isValid: false, problems: problems.list() };
  return { isValid: true, data: { preferences, hiddenCardIds, pauseLog, intentions, ownCards } };
}
