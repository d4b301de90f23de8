import { describe, expect, it, vi } from 'vitest';
import { isMessage, sendMessage } from '@/utils/messages';

describe('isMessage', () => {
  it.each([
    [{ type: 'preferences-changed', changedFields: ['language'] }, true],
    [{ type: 'preferences-changed', changedFields: [] }, true],
    [{ type: 'preferences-changed' }, false],
    [{ type: 'preferences-changed', changedFields: 'language' }, false],
    [{ type: 'preferences-changed', changedFields: [1] }, false],
    [{ type: 'popup-opened', shownCardId: 'quote-a' }, true],
    [{ type: 'popup-opened' }, false],
    [{ type: 'popup-opened', shownCardId: 7 }, false],
    [{ type: 'toString', shownCardId: 'x' }, false],
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
    const message = { type: 'preferences-changed', changedFields: ['intervalMinutes'] } as const;
    const answer = await sendMessage({ ...message, changedFields: ['intervalMinutes'] }, runtime);
    expect(runtime.sendMessage).toHaveBeenCalledWith(message);
    expect(answer).toEqual({ nextPauseAtMs: 42 });
  });
});
