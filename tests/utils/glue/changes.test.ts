import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { announceChange, listenForChanges } from '@/utils/glue/changes';

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
