import { createStore, type UseStore } from 'idb-keyval';

let database: UseStore | undefined;

/**
 * The one IndexedDB store every record lives in. One database, so a page opens one connection
 * and can read what it needs in one transaction. Each record has one owner: preferences-store
 * owns `preferences`, deck-store owns `deck-bag` and `deck-hidden-card-ids`; each owner keeps the
 * schema of its own records. Opened on first use.
 */
export function getDatabase(): UseStore {
  database ??= createStore('moedpauze', 'keyval');
  return database;
}
