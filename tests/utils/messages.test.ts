import { describe, expect, it, vi } from 'vitest';
import { isMessage, sendMessage } from '@/utils/messages';

describe('isMessage', () => {
  it.each([
    [{ type: 'preferences-changed' }, true],
    [{ type: 'something-else' }, false],
    [{}, false],
    [null, false],
    ['preferences-changed', false],
    [undefined, false],
  ])('%j → %s', (value, expected) => {
    expect(isMessage(value)).toBe(expected);
  });
});

describe('sendMessage', () => {
  it('sends the message through the runtime and returns the answer', async () => {
    const runtime = { sendMessage: vi.fn(async () => ({ nextPauseAtMs: 42 })) };
    const answer = await sendMessage({ type: 'preferences-changed' }, runtime);
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'preferences-changed' });
    expect(answer).toEqual({ nextPauseAtMs: 42 });
  });
});
