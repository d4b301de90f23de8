import { describe, expect, it } from 'vitest';
import { parseExport } from '@/utils/core/export-checks';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportFileName,
  mergeLogs,
  serializeExport,
} from '@/utils/core/export-file';
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
