import { type ChangeResult, isRefusal, type Refusal } from '@/utils/core/edit';

/**
 * Notices between the extension's open pages (and its background) that stored data changed, so a
 * page shows what another one saved. idb-keyval has no change events; a BroadcastChannel reaches
 * every open page of the extension (same origin) without waking anything.
 * https://developer.mozilla.org/docs/Web/API/BroadcastChannel
 */

/** What changed: the preferences, the hidden cards, the own cards, the history, or all of it. */
export type StoreChange = 'preferences' | 'hidden-cards' | 'own-cards' | 'history' | 'everything';

const CHANGES: readonly StoreChange[] = [
  'preferences',
  'hidden-cards',
  'own-cards',
  'history',
  'everything',
];

/** One channel per page: a page never hears its own notices. */
let channel: BroadcastChannel | undefined;

function getChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  channel ??= new BroadcastChannel('moedpauze-changes');
  return channel;
}

/** Tells the other open pages that `change` was stored. */
export function announceChange(change: StoreChange): void {
  getChannel()?.postMessage(change);
}

/** Calls `onChange` whenever another page announces a change; returns how to stop. */
export function listenForChanges(onChange: (change: StoreChange) => void): () => void {
  const current = getChannel();
  if (!current) return () => {};
  const listener = (event: MessageEvent) => {
    if (CHANGES.includes(event.data)) onChange(event.data);
  };
  current.addEventListener('message', listener);
  return () => current.removeEventListener('message', listener);
}

/**
 * Stores a change made against its version and, once it landed, tells the other open pages that
 * `change` was stored. A store that fails is a refusal (`saveFailed`), never a rejection.
 */
export async function storeAndAnnounce<T, Saved>(
  change: StoreChange,
  store: () => Promise<ChangeResult<T, Saved>>,
): Promise<ChangeResult<T, Saved>> {
  const result = await store().catch((): Refusal<T> => ({ refused: 'saveFailed' }));
  if (!isRefusal(result)) announceChange(change);
  return result;
}
