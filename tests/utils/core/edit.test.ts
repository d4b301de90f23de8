import { describe, expect, it } from 'vitest';
import {
  decideDelete,
  decideEdit,
  decideRestore,
  deleteInList,
  editInList,
  isRefusal,
  isSameVersion,
  joinTexts,
  restoreInList,
} from '@/utils/core/edit';

// A change made against the version its editor began from (its base): it lands only on that.

interface Note {
  id: string;
  text: string;
}
const note = (text: string, id = 'a'): Note => ({ id, text });
const base = note('begin');
const next = note('mijn woorden');
const other = note('elders bewerkt');

describe('isSameVersion', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['the same fields and values', { a: 1, b: 'x' }, { a: 1, b: 'x' }, true],
    ['another value', { a: 1 }, { a: 2 }, false],
    ['a field more', { a: 1 }, { a: 1, b: 2 }, false],
    ['nested, the same', { a: [1, { b: '' }] }, { a: [1, { b: '' }] }, true],
    ['nested, another', { a: [1, { b: '' }] }, { a: [1, { b: ' ' }] }, false],
    ['the same fields in another order', { a: 1, b: 'x' }, { b: 'x', a: 1 }, true],
    ['a field left out or undefined', { a: 1 }, { a: 1, b: undefined }, true],
    ['a list in another order', [1, 2], [2, 1], false],
    ['a list and an object alike', [1], { 0: 1 }, false],
    ['null and an object', null, {}, false],
  ])('%s: %s', (_name, a, b, expected) => {
    expect(isSameVersion(a, b)).toBe(expected);
  });
});

describe('decideEdit', () => {
  it.each([
    ['stored as the editor began: written', base, { write: next }],
    [
      'stored as typed already (a retry, two pages alike): nothing to write',
      next,
      { unchanged: next },
    ],
    [
      'changed elsewhere: refused with what is stored',
      other,
      { refused: 'changed', current: other },
    ],
    ['deleted elsewhere: refused', undefined, { refused: 'gone' }],
    ['an equal copy of the base: written', { ...base }, { write: next }],
  ])('%s', (_name, current, decision) => {
    expect(decideEdit<Note>(current, base, next)).toEqual(decision);
  });
});

describe('decideDelete', () => {
  it.each([
    ['as the editor saw it: deleted', base, { write: null }],
    ['gone already: done', undefined, { write: null }],
    [
      'changed meanwhile: refused with what is stored',
      other,
      { refused: 'changed', current: other },
    ],
  ])('%s', (_name, current, decision) => {
    expect(decideDelete<Note>(current, base)).toEqual(decision);
  });
});

describe('decideRestore', () => {
  it.each([
    ['nothing there: put back', undefined, { write: base }],
    ['back as it was (an import): nothing to write', { ...base }, { unchanged: base }],
    ['back changed: refused with what is there', other, { refused: 'changed', current: other }],
  ])('%s', (_name, current, decision) => {
    expect(decideRestore<Note>(current, base)).toEqual(decision);
  });
});

describe('isRefusal', () => {
  it.each([
    [{ saved: base }, false],
    [{ saved: null }, false],
    [{ refused: 'gone' }, true],
    [{ refused: 'changed', current: base }, true],
    [{ refused: 'saveFailed' }, true],
  ] as const)('%j → %s', (result, expected) => {
    expect(isRefusal<Note, Note | null>(result)).toBe(expected);
  });
});

describe('joinTexts: "keep both"', () => {
  it.each([
    ['two texts', 'mijn', 'hun', 'mijn\n\nhun'],
    ['the second empty', 'mijn', '', 'mijn'],
    ['the first empty', '', 'hun', 'hun'],
    ['both empty', '', '', ''],
    ['the same words', 'zelfde', 'zelfde', 'zelfde'],
    ['the second within the first', 'mijn en hun', 'hun', 'mijn en hun'],
    ['the first within the second', 'mijn', 'mijn en hun', 'mijn en hun'],
  ])('%s', (_name, first, second, joined) => {
    expect(joinTexts(first, second)).toBe(joined);
  });
});

describe('the list helpers', () => {
  const list = [note('eerste', '0'), base, note('laatste', 'z')];
  const byId = (items: readonly Note[], item: Note) =>
    [...items, item].sort((a, b) => a.id.localeCompare(b.id));

  it.each<[string, Note[], number, object]>([
    ['writes in place', list, 1, { items: [list[0], next, list[2]], result: { saved: next } }],
    ['writes nothing when it is there already', list.with(1, next), 1, { result: { saved: next } }],
    [
      'refuses a change met',
      list.with(1, other),
      1,
      { result: { refused: 'changed', current: other } },
    ],
    ['refuses an item not held', list, -1, { result: { refused: 'gone' } }],
  ])('editInList %s', (_name, items, index, change) => {
    expect(editInList(items, index, base, next)).toEqual(change);
  });

  it('editInList leaves the list it was given as it was', () => {
    const copy = structuredClone(list);
    editInList(list, 1, base, next);
    expect(list).toEqual(copy);
  });

  it.each([
    [
      'takes out the one at its index',
      1,
      base,
      { items: [list[0], list[2]], result: { saved: null } },
    ],
    ['is done when gone already', -1, base, { result: { saved: null } }],
    ['refuses one changed meanwhile', 1, other, { result: { refused: 'changed', current: base } }],
  ])('deleteInList %s', (_name, index, seen, change) => {
    expect(deleteInList(list, index, seen)).toEqual(change);
  });

  it.each([
    ['puts it back in its place', [list[0], list[2]], -1, base, [list[0], base, list[2]]],
    ['adds no second one', list, 1, base, undefined],
  ])('restoreInList %s', (_name, items, index, item, restored) => {
    const change = restoreInList(items as Note[], index, item, byId);
    expect(change.items).toEqual(restored);
    expect(change.result).toEqual({ saved: item });
  });

  it('restoreInList refuses where it is back changed, and writes nothing', () => {
    const back = note('anders terug');
    expect(restoreInList([back], 0, base, byId)).toEqual({
      result: { refused: 'changed', current: back },
    });
  });
});
