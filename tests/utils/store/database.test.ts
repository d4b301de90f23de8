import { createStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import {
  editRecord,
  loadRecord,
  putRecord,
  requestRecord,
  runTransaction,
  type StoredRecord,
} from '@/utils/store/database';

let storeCount = 0;
/** A fresh database per test, so tests never see each other's data. */
const newStore = () => createStore(`database-test-${++storeCount}`, 'keyval');

const numbers: StoredRecord<number[]> = {
  key: 'numbers',
  read: (stored) => (Array.isArray(stored) ? stored.filter((n) => typeof n === 'number') : []),
  write: (value) => value,
};

/** A record whose reader throws, as a reader with a bug would. */
const brokenReader: StoredRecord<number[]> = {
  ...numbers,
  read: () => {
    throw new Error('read failed');
  },
};

describe('editRecord', () => {
  it('writes what the change makes of the record', async () => {
    const store = newStore();
    await set('numbers', [1], store);
    expect(
      await editRecord(numbers, (value) => ({ items: [...value, 2], result: null }), store),
    ).toBeNull();
    expect(await get('numbers', store)).toEqual([1, 2]);
  });

  it('rejects with the error a change throws, and writes nothing', async () => {
    const store = newStore();
    await set('numbers', [1], store);
    const failure = new Error('change failed');
    await expect(
      editRecord(
        numbers,
        () => {
          throw failure;
        },
        store,
      ),
    ).rejects.toBe(failure);
    expect(await get('numbers', store)).toEqual([1]);
  });

  it('rejects with the error a reader throws', async () => {
    const store = newStore();
    await expect(
      editRecord(brokenReader, (value) => ({ items: value, result: null }), store),
    ).rejects.toThrow('read failed');
  });

  it('leaves the store working for the next transaction', async () => {
    const store = newStore();
    await editRecord(brokenReader, (value) => ({ items: value, result: null }), store).catch(
      () => undefined,
    );
    expect(await editRecord(numbers, () => ({ items: [3], result: null }), store)).toBeNull();
    expect(await loadRecord(numbers, store)).toEqual([3]);
  });
});

describe('runTransaction', () => {
  it('rejects with the error its body throws, and what it wrote before is undone', async () => {
    const store = newStore();
    const failure = new Error('body failed');
    await expect(
      runTransaction(
        'readwrite',
        (objectStore) => {
          putRecord(objectStore, numbers, [9]);
          throw failure;
        },
        store,
      ),
    ).rejects.toBe(failure);
    expect(await get('numbers', store)).toBeUndefined();
  });

  it('rejects when reading the result throws', async () => {
    const store = newStore();
    await expect(
      runTransaction('readonly', (objectStore) => requestRecord(objectStore, brokenReader), store),
    ).rejects.toThrow('read failed');
  });

  it('rejects with the first error when a later request succeeds too', async () => {
    const store = newStore();
    await set('numbers', [1], store);
    const failure = new Error('first');
    await expect(
      runTransaction(
        'readwrite',
        (objectStore) => {
          requestRecord(objectStore, numbers, () => {
            throw failure;
          });
          const readAgain = requestRecord(objectStore, numbers);
          return readAgain;
        },
        store,
      ),
    ).rejects.toBe(failure);
  });
});
