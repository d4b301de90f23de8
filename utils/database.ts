import { createStore, type UseStore } from 'idb-keyval';

let database: UseStore | undefined;

/**
 * The one IndexedDB store every record lives in. One database, so a page opens one connection
 * and can read what it needs in one transaction. Each record has one owner: preferences-store
 * owns `preferences`, deck-store owns `deck-bag` and `deck-hidden-card-ids`, pause-store
 * `pause-state` and pause-log `pause-log`; each owner keeps the schema of its own records.
 * Opened on first use.
 */
export function getDatabase(): UseStore {
  database ??= createStore('moedpauze', 'keyval');
  return database;
}

/**
 * Runs `body` in one transaction: it makes its requests (reading in their success handlers, and
 * writing there too) and returns how to read the result, which is read once everything has
 * landed. Resolves only when the transaction has committed, and rejects when it aborts: a caller
 * knows whether its write landed.
 */
export function runTransaction<T>(
  mode: IDBTransactionMode,
  body: (objectStore: IDBObjectStore) => () => T,
  store: UseStore = getDatabase(),
): Promise<T> {
  return store(
    mode,
    (objectStore) =>
      new Promise<T>((resolve, reject) => {
        const { transaction } = objectStore;
        transaction.onabort = () => reject(transaction.error ?? new Error('Transaction aborted'));
        const result = body(objectStore);
        transaction.oncomplete = () => resolve(result());
      }),
  );
}
