import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { announceChange, listenForChanges, storeAndAnnounce } from '@/utils/glue/changes';

/** Another open page of the extension, on the same channel. */
const otherPage = new BroadcastChannel('moedpauze-changes');
afterEach(() => {
  otherPage.onmessage = null;
});

describe('notices of stored changes between open pages', () => {
  it('reach the other pages', async () => {
    const heard = new Promise((resolve) => {
      otherPage.onmessage = (event) => resolve(event.data);
    });
    announceChange('preferences');
    expect(await heard).toBe('preferences');
  });

  it('are heard from the other pages, and only ours', async () => {
    const onChange = vi.fn();
    const stop = listenForChanges(onChange);
    otherPage.postMessage({ not: 'ours' });
    otherPage.postMessage('hidden-cards');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith('hidden-cards'));
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    otherPage.postMessage('history');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

afterAll(() => otherPage.close());

describe('a change stored, then announced', () => {
  it.each([
    ['stored', async () => ({ saved: 'b' }), { saved: 'b' }, ['history']],
    ['refused', async () => ({ refused: 'gone' as const }), { refused: 'gone' }, []],
    [
      'failed to store',
      async () => Promise.reject(new Error('quota')),
      { refused: 'saveFailed' },
      [],
    ],
  ])(
    '%s: resolves to what it came to, and only a stored one is announced',
    async (_name, store, expected, heard) => {
      const said: unknown[] = [];
      otherPage.onmessage = (event) => said.push(event.data);
      expect(await storeAndAnnounce('history', store)).toEqual(expected);
      // A notice posted reaches the other page in a task of its own: wait for one more.
      announceChange('everything');
      await vi.waitFor(() => expect(said.at(-1)).toBe('everything'));
      expect(said.slice(0, -1)).toEqual(heard);
    },
  );
});
