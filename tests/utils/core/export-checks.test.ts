import { describe, expect, it } from 'vitest';
import { parseExport } from '@/utils/core/export-checks';
import {
  EXPORT_FORMAT_VERSION,
  IMPORT_MAX_BYTES,
  type ImportProblem,
} from '@/utils/core/export-file';
import { IMPORT_PROBLEMS_KEPT } from '@/utils/core/import-problems';
import { OWN_CARD_MAX_CHARS, OWN_CARDS_LIMIT } from '@/utils/core/own-cards';
import { LATER_PREFERENCES, type Preferences } from '@/utils/core/preferences';
import { bytesOf, encode, fileOf } from '../../helpers/export-data';

describe('parseExport refuses a file and names what is wrong', () => {
  const refused = (bytes: Uint8Array) => {
    const parsed = parseExport(bytes);
    if (parsed.isValid) throw new Error('the file was accepted');
    return parsed.problems;
  };
  const withChange = (change: (file: Record<string, unknown>) => void) => {
    const file = fileOf();
    change(file);
    return refused(bytesOf(file));
  };
  const preferencesOf = (file: Record<string, unknown>) =>
    file.preferences as Record<string, unknown>;

  it.each<[string, Uint8Array, ImportProblem]>([
    [
      'bytes that are not UTF-8 text',
      new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      { code: 'notText' },
    ],
    ['text that is not JSON', encode('{"format": "moedpauze",'), { code: 'notJson' }],
    ['an empty file', new Uint8Array(), { code: 'notJson' }],
    ['JSON of another kind', encode('{"name": "something else"}'), { code: 'notAnExport' }],
    ['a bare array', encode('[1, 2, 3]'), { code: 'notAnExport' }],
    ['null', encode('null'), { code: 'notAnExport' }],
    [
      'a file without a version',
      bytesOf({ ...fileOf(), formatVersion: undefined }),
      { code: 'notAnExport' },
    ],
    ['a version 0', bytesOf({ ...fileOf(), formatVersion: 0 }), { code: 'notAnExport' }],
    [
      'a file from a newer version',
      bytesOf({ ...fileOf(), formatVersion: EXPORT_FORMAT_VERSION + 1 }),
      { code: 'newerVersion', version: EXPORT_FORMAT_VERSION + 1 },
    ],
  ])('%s', (_name, bytes, problem) => {
    expect(refused(bytes)).toEqual([problem]);
  });

  it('a file over the size limit, unread', () => {
    expect(refused(new Uint8Array(IMPORT_MAX_BYTES + 1))).toEqual([{ code: 'tooLarge' }]);
  });

  it.each(['preferences', 'hiddenCardIds', 'pauseLog', 'intentions'] as const)(
    'a missing %s',
    (section) => {
      expect(withChange((file) => delete file[section])).toEqual([
        { code: 'missingSection', section },
      ]);
    },
  );

  it.each([
    ['preferences', [1]],
    ['preferences', 'defaults'],
    ['hiddenCardIds', { 0: 'quote-1' }],
    ['pauseLog', null],
    ['intentions', { 'step-1': {} }],
  ] as const)('a %s that is %j', (section, value) => {
    expect(withChange((file) => (file[section] = value))).toEqual([
      { code: 'badSection', section },
    ]);
  });

  it.each<[keyof Preferences, unknown]>([
    ['intervalMinutes', 4],
    ['intervalMinutes', '30'],
    ['language', 'fr'],
    ['enabledKinds', []],
    ['pauseSeconds', 601],
    ['activeDays', [7]],
    ['activeStartMinute', 1440],
    ['activeEndMinute', 17.5],
    ['naturalBreakMinutes', 0],
    ['deliveryMode', 'sms'],
    ['soundEnabled', 'on'],
  ])('a preference %s of %j', (field, value) => {
    expect(withChange((file) => (preferencesOf(file)[field] = value))).toEqual([
      { code: 'badField', field },
    ]);
  });

  it('a missing preference', () => {
    expect(withChange((file) => delete preferencesOf(file).pauseSeconds)).toEqual([
      { code: 'missingField', field: 'pauseSeconds' },
    ]);
  });

  it('fields it does not know, in the file and in the preferences', () => {
    const problems = withChange((file) => {
      file.extra = true;
      preferencesOf(file).colour = 'blue';
    });
    expect(problems).toEqual([
      { code: 'unknownField', field: 'extra' },
      { code: 'unknownField', field: 'colour' },
    ]);
  });

  it('a date that is not text', () => {
    expect(withChange((file) => (file.exportedAt = 20261125))).toEqual([
      { code: 'badFileField', field: 'exportedAt' },
    ]);
  });

  it.each([
    ['a number', 7],
    ['an empty id', ''],
    ['a repeated id', 'quote-3'],
  ])('a hidden card that is %s', (_name, id) => {
    expect(withChange((file) => (file.hiddenCardIds as unknown[]).push(id))).toEqual([
      { code: 'badHiddenCard', index: 2 },
    ]);
  });

  it.each([
    ['of an unknown outcome', { outcome: 'skipped', atMs: 5000 }],
    ['with no time', { outcome: 'missed' }],
    ['with a negative time', { outcome: 'missed', atMs: -1 }],
    ['at the last time a Date holds', { outcome: 'missed', atMs: 8.64e15 }],
    [
      'with a note, in the year 10000',
      { outcome: 'taken', atMs: 253402300800000, cardId: null, note: 'hoi' },
    ],
    ['without its card', { outcome: 'taken', atMs: 5000, note: 'hoi' }],
    ['with a note that is not text', { outcome: 'taken', atMs: 5000, cardId: null, note: 5 }],
    ['with a field too many', { outcome: 'missed', atMs: 5000, mood: 'calm' }],
    ['that is not an object', 'missed at noon'],
  ])('a history line %s', (_name, line) => {
    expect(withChange((file) => (file.pauseLog as unknown[]).push(line))).toEqual([
      { code: 'badLogEntry', index: 4 },
    ]);
  });

  const step = {
    id: 'step-9',
    cardId: 'step-start-small',
    words: '',
    committedAtMs: 1,
    lookBackAtMs: 2,
  };
  it.each([
    ['of an unknown status', { ...step, status: 'maybe' }],
    ['with no time', { ...step, committedAtMs: undefined, status: 'open' }],
    ['with words that are not text', { ...step, words: 5, status: 'open' }],
    ['done without its answers', { ...step, status: 'done', answeredAtMs: 3 }],
    [
      'with answers nested too deep',
      {
        ...step,
        status: 'done',
        answeredAtMs: 3,
        answers: { felt: { deeper: 'x' }, reactions: '', innerSteps: '' },
      },
    ],
    ['with a field too many', { ...step, status: 'open', mood: 'calm' }],
    ['whose id is taken', { ...step, id: 'step-1', status: 'open' }],
    ['with an empty id', { ...step, id: '', status: 'open' }],
    ['that is not an object', 'try it'],
  ])('a small step %s', (_name, item) => {
    expect(withChange((file) => (file.intentions as unknown[]).push(item))).toEqual([
      { code: 'badIntention', index: 2 },
    ]);
  });

  it('everything wrong at once, each named', () => {
    const problems = withChange((file) => {
      preferencesOf(file).intervalMinutes = 1;
      (file.hiddenCardIds as unknown[])[0] = null;
      (file.pauseLog as unknown[])[1] = {};
    });
    expect(problems).toEqual([
      { code: 'badField', field: 'intervalMinutes' },
      { code: 'badHiddenCard', index: 0 },
      { code: 'badLogEntry', index: 1 },
    ]);
  });
});

describe('parseExport reads files of every version', () => {
  it.each([1, 2])('a file of version %i, from before the small steps, with none', (version) => {
    const file: Record<string, unknown> = { ...fileOf(), formatVersion: version };
    delete file.intentions;
    const parsed = parseExport(bytesOf(file));
    expect(parsed.isValid && parsed.data.intentions).toEqual([]);
  });

  it.each([3, 4])(
    'a file of version %i, whose steps keep no words of their card: read with none',
    (version) => {
      const file: Record<string, unknown> = { ...fileOf(), formatVersion: version };
      file.intentions = (file.intentions as Record<string, unknown>[]).map(
        ({ stepText: _, ...step }) => step,
      );
      const parsed = parseExport(bytesOf(file));
      expect(parsed.isValid && parsed.data.intentions.map((step) => step.stepText)).toEqual([
        '',
        '',
      ]);
    },
  );

  it("a file of this version carries the words of each step's card, and needs them", () => {
    const parsed = parseExport(bytesOf(fileOf()));
    expect(parsed.isValid && parsed.data.intentions[0]?.stepText).toBe('Begin klein.');
    const file = fileOf();
    const [first] = file.intentions as Record<string, unknown>[];
    delete first?.stepText;
    expect(parseExport(bytesOf(file))).toEqual({
      isValid: false,
      problems: [{ code: 'badIntention', index: 0 }],
    });
  });

  it.each([1, 2, 3])('a file of version %i, from before the own cards, with none', (version) => {
    const file: Record<string, unknown> = { ...fileOf(), formatVersion: version };
    delete file.ownCards;
    const parsed = parseExport(bytesOf(file));
    expect(parsed.isValid && parsed.data.ownCards).toEqual([]);
  });

  it('a file of this version with its own cards, and none missing', () => {
    const parsed = parseExport(bytesOf(fileOf()));
    expect(parsed.isValid && parsed.data.ownCards).toHaveLength(2);
    const file: Record<string, unknown> = fileOf();
    delete file.ownCards;
    expect(parseExport(bytesOf(file))).toEqual({
      isValid: false,
      problems: [{ code: 'missingSection', section: 'ownCards' }],
    });
  });

  it('refuses own cards the store would change, naming each', () => {
    const file = fileOf();
    const [mine] = file.ownCards as Record<string, unknown>[];
    file.ownCards = [
      mine,
      { ...mine },
      { ...mine, id: 'own-9', thought: ' Ik ben te veel ' },
      { ...mine, id: 'step-1' },
      { id: 'own-10', kind: 'poem', text: 'Rozen', writtenAtMs: 1 },
      { id: 'own-11', kind: 'quote', text: 'Mijn regel', writtenAtMs: 1, extra: true },
    ];
    expect(parseExport(bytesOf(file))).toEqual({
      isValid: false,
      problems: [2, 3, 4, 5, 6].map((position) => ({ code: 'badOwnCard', index: position - 1 })),
    });
  });

  it("holds each own card's words to what the editor takes: its length and a visible character", () => {
    const file = fileOf();
    const [mine] = file.ownCards as Record<string, unknown>[];
    file.ownCards = [
      mine,
      { id: 'own-20', kind: 'step', text: 'a'.repeat(OWN_CARD_MAX_CHARS), writtenAtMs: 1 },
      { id: 'own-21', kind: 'step', text: 'a'.repeat(OWN_CARD_MAX_CHARS + 1), writtenAtMs: 1 },
      { ...mine, id: 'own-22', reframe: 'b'.repeat(3_000_000) },
      { id: 'own-23', kind: 'quote', text: '\u200b\u200d', writtenAtMs: 1 },
      { ...mine, id: 'own-24', thought: '\u2060\u202e' },
    ];
    expect(parseExport(bytesOf(file))).toEqual({
      isValid: false,
      problems: [3, 4, 5, 6].map((position) => ({ code: 'badOwnCard', index: position - 1 })),
    });
  });

  it('takes own cards written in NFD, as an older version kept them, and reads them in NFC', () => {
    const file = fileOf();
    file.ownCards = [{ id: 'own-30', kind: 'step', text: 'E\u0301e\u0301n stap', writtenAtMs: 1 }];
    const parsed = parseExport(bytesOf(file));
    expect(parsed.isValid && parsed.data.ownCards).toEqual([
      { id: 'own-30', kind: 'step', text: '\u00c9\u00e9n stap', writtenAtMs: 1 },
    ]);
  });

  it('says a file holds more own cards than are kept, and how many', () => {
    const file = fileOf();
    file.ownCards = Array.from({ length: OWN_CARDS_LIMIT + 1 }, (_, index) => ({
      id: `own-${index}`,
      kind: 'step',
      text: `Stap ${index}`,
      writtenAtMs: 1,
    }));
    expect(parseExport(bytesOf(file))).toEqual({
      isValid: false,
      problems: [{ code: 'tooManyOwnCards', count: OWN_CARDS_LIMIT + 1, limit: OWN_CARDS_LIMIT }],
    });
  });

  it('names the first problems of a file with 200,000 bad lines and counts the rest', () => {
    const file = fileOf();
    file.pauseLog = Array.from({ length: 200_000 }, () => 'junk');
    const parsed = parseExport(bytesOf(file));
    const problems = parsed.isValid ? [] : parsed.problems;
    expect(problems).toHaveLength(IMPORT_PROBLEMS_KEPT + 1);
    expect(problems[0]).toEqual({ code: 'badLogEntry', index: 0 });
    expect(problems.at(-2)).toEqual({ code: 'badLogEntry', index: IMPORT_PROBLEMS_KEPT - 1 });
    expect(problems.at(-1)).toEqual({
      code: 'moreProblems',
      count: 200_000 - IMPORT_PROBLEMS_KEPT,
    });
  });

  it('a file from before the settings for calls and the notification: their defaults, no problem', () => {
    const file = fileOf();
    const preferences = file.preferences as Record<string, unknown>;
    for (const field of LATER_PREFERENCES) delete preferences[field];
    const parsed = parseExport(bytesOf(file));
    if (!parsed.isValid) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.data.preferences).toMatchObject({
      waitWhileBusy: true,
      waitWhileSound: false,
      cardInNotification: true,
    });
  });

  it('a file of this version, steps and all', () => {
    const parsed = parseExport(bytesOf(fileOf()));
    expect(parsed.isValid && parsed.data.intentions).toHaveLength(2);
  });
});
