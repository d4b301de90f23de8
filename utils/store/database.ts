import { createStore, type UseStore } from 'idb-keyval';

let database: UseStore | undefined;

/**
 * The one IndexedDB store every record lives in. One database, so a page opens one connection
 * and can read what it needs in one transaction. Opened on first use.
 */
export function getDatabase(): UseStore {
  database ??= createStore('moedpauze', 'keyval');
  return database;
}

/**
 * One record of the database as its owner keeps it: its key, how whatever is stored is read
 * (made valid, never throwing), and what is stored for a value (with its schema version, where
 * it has one). Each record has exactly one owner module in this folder; every reader and writer,
 * import and delete-all included, goes through it.
 */
export interface StoredRecord<Read, Write = Read> {
  key: string;
  read: (stored: unknown) => Read;
  write: (value: Write) => unknown;
}

/** The first error thrown inside each open transaction: it is aborted, and rejects with it. */
const failures = new WeakMap<IDBTransaction, unknown>();

/** Aborts a transaction because `error` was thrown inside it (the first such error is kept). */
function abortWith(transaction: IDBTransaction, error: unknown): void {
  if (!failures.has(transaction)) failures.set(transaction, error);
  try {
    transaction.abort();
  } catch {
    // Already aborting, or finished: its own handler settles the promise.
  }
}

/**
 * Runs `body` in one transaction: it makes its requests (reading in their success handlers, and
 * writing there too) and returns how to read the result, which is read once everything has
 * landed. Resolves only when the transaction has committed, and rejects when it aborts: a caller
 * knows whether its write landed. Whatever throws inside it (the body, a request's handler)
 * aborts it, so nothing of it is written, and it rejects with that error.
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
        transaction.onabort = () =>
          reject(
            failures.has(transaction)
              ? failures.get(transaction)
              : (transaction.error ?? new Error('Transaction aborted')),
          );
        try {
          const result = body(objectStore);
          transaction.oncomplete = () => {
            try {
              resolve(result());
            } catch (error) {
              reject(error);
            }
          };
        } catch (error) {
          abortWith(transaction, error);
        }
      }),
  );
}

/**
 * Asks for a record in an open transaction; returns how to read it, made valid, once the request
 * has completed (in a later request's success handler, or when the transaction is done). `then`,
 * if given, gets it as soon as it is read, to write in the same transaction; if it (or reading)
 * throws, the transaction is aborted and rejects with that error.
 */
export function requestRecord<Read>(
  objectStore: IDBObjectStore,
  record: StoredRecord<Read, never>,
  then?: (value: Read) => void,
): () => Read {
  const request = objectStore.get(record.key);
  if (then) {
    request.onsuccess = () => {
      try {
        then(record.read(request.result));
      } catch (error) {
        abortWith(objectStore.transaction, error);
      }
    };
  }
  return () => record.read(request.result);
}

/** Stores a value as its record keeps it, in an open transaction. */
export function putRecord<Write>(
  objectStore: IDBObjectStore,
  record: StoredRecord<unknown, Write>,
  value: Write,
): void {
  objectStore.put(record.write(value), record.key);
}

/** Reads one record, made valid. */
export function loadRecord<Read>(
  record: StoredRecord<Read, never>,
  store: UseStore = getDatabase(),
): Promise<Read> {
  return runTransaction('readonly', (objectStore) => requestRecord(objectStore, record), store);
}

/**
 * Reads a record and stores what `change` decides, in one transaction: its `items` when it
 * changed any, and its result, which this resolves to once the write has landed (and rejects with
 * what `change` or the record's reader throws, writing nothing). The change decisions of the core
 * (`utils/core/edit.ts`) are made so.
 */
export function editRecord<Read, Write, Result>(
  record: StoredRecord<Read, Write>,
  change: (value: Read) => { items?: Write; result: Result },
  store: UseStore = getDatabase(),
): Promise<Result> {
  return runTransaction(
    'readwrite',
    (objectStore) => {
      let result: Result | undefined;
      requestRecord(objectStore, record, (value) => {
        const decided = change(value);
        if (decided.items !== undefined) putRecord(objectStore, record, decided.items);
        result = decided.result;
      });
      return () => result as Result;
    },
    store,
  );
}
