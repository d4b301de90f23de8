import { describe, expect, it } from 'vitest';
import { parseExport } from '@/utils/core/export-checks';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportFileName,
  mergeIntentions,
  mergeLogs,
  serializeExport,
} from '@/utils/core/export-file';
import type { Intention } from '@/utils/core/intentions';
import { LOG_LIMIT } from '@/utils/core/pause-log';
import { DATA, encode, fileOf, missed, NOW, taken } from '../../helpers/export-data';

describe('the export file', () => {
  it('holds a format marker, its version, the date and every part of the user data', () => {
    expect(fileOf()).toEqual({
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: '2026-11-25T09:30:00.000Z',
      preferences: DATA.preferences,
      hiddenCardIds: DATA.hiddenCardIds,
      pauseLog: DATA.pauseLog,
      intentions: DATA.intentions,
      ownCards: DATA.ownCards,
    });
  });

  it('is named after the local date', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe('moedpauze-2026-01-05.json');
  });

  it('reads back as exactly what was exported', () => {
    expect(parseExport(encode(serializeExport(DATA, NOW)))).toEqual({ isValid: true, data: DATA });
  });
});

describe('mergeLogs', () => {
  it('keeps the lines here in their order and weaves new ones in by time', () => {
    const here = [missed(10), missed(5), missed(30)];
    expect(mergeLogs(here, [missed(1), missed(20), missed(40)])).toEqual([
      missed(1),
      missed(10),
      missed(5),
      missed(20),
      missed(30),
      missed(40),
    ]);
  });

  it('adds a repeated line only as often as it is missing', () => {
    expect(mergeLogs([missed(10)], [missed(10), missed(10)])).toEqual([missed(10), missed(10)]);
  });

  it('keeps every note beyond the history limit, dropping the oldest lines without one', () => {
    const many = Array.from({ length: LOG_LIMIT }, (_, index) => missed(index + 100));
    const merged = mergeLogs(many, [missed(1), taken(2, 'Blijft.')]);
    expect(merged).toHaveLength(LOG_LIMIT + 1);
    expect(merged[0]).toEqual(taken(2, 'Blijft.'));
  });
});

describe('mergeIntentions', () => {
  const open: Intention = {
    id: 'step-1',
    cardId: 'step-start-small',
    stepText: '',
    words: 'met Sam',
    committedAtMs: 1000,
    lookBackAtMs: 2000,
    status: 'open',
  };
  const answers = { felt: 'Spannend.', reactions: 'Warm.', innerSteps: 'Ik bleef.' };
  const done: Intention = { ...open, status: 'done', answeredAtMs: 3000, answers };
  const letGo: Intention = { ...open, status: 'let-go', answeredAtMs: 3000 };
  const other: Intention = { ...open, id: 'step-2', committedAtMs: 1500 };

  it('keeps the steps here and adds the new ones, in the order they were chosen', () => {
    expect(mergeIntentions([other], [open])).toEqual([open, other]);
    expect(mergeIntentions([open, other], [open])).toEqual([open, other]);
  });

  it('takes a step followed up in the file over the same step still open here, answers and all', () => {
    expect(mergeIntentions([open, other], [done])).toEqual([done, other]);
    expect(mergeIntentions([open], [letGo])).toEqual([letGo]);
  });

  it('keeps a step followed up here over the same step still open, or let go, in the file', () => {
    expect(mergeIntentions([done], [open])).toEqual([done]);
    expect(mergeIntentions([done], [letGo])).toEqual([done]);
    expect(mergeIntentions([letGo], [done])).toEqual([done]);
  });

  it('keeps the answers given last, and the other answers too, as a step of their own', () => {
    const later: Intention = {
      ...done,
      answeredAtMs: 4000,
      answers: { ...answers, felt: 'Toch goed.' },
    };
    const kept = { ...done, id: 'step-1-earlier' };
    expect(mergeIntentions([done], [later])).toEqual([later, kept]);
    expect(mergeIntentions([later], [done])).toEqual([later, kept]);
    // The same file twice adds nothing more.
    expect(mergeIntentions([later, kept], [done])).toEqual([later, kept]);
    expect(mergeIntentions([later, kept], [later])).toEqual([later, kept]);
  });

  it('takes the later of two steps with the same answers, and adds no copy', () => {
    const sameLater: Intention = { ...done, answeredAtMs: 4000 };
    expect(mergeIntentions([done], [sameLater])).toEqual([sameLater]);
    expect(mergeIntentions([sameLater], [done])).toEqual([sameLater]);
  });
});
