import { describe, expect, it, vi } from 'vitest';
import { sendMessage } from '@/utils/glue/messages';

describe('sendMessage', () => {
  it('sends the message through the runtime and returns the answer', async () => {
    const runtime = { sendMessage: vi.fn(async () => undefined) };
    const message = { type: 'preferences-changed', changedFields: ['intervalMinutes'] } as const;
    const answer = await sendMessage({ ...message, changedFields: ['intervalMinutes'] }, runtime);
    expect(runtime.sendMessage).toHaveBeenCalledWith(message);
    expect(answer).toBeUndefined();
  });
});

describe('sendMessage to a worker that was stopped', () => {
  const message = { type: 'pause-finished', note: 'n', startedAtMs: 5 } as const;

  it('sends again when the port closed before an answer, and returns the answer', async () => {
    const runtime = {
      sendMessage: vi
        .fn()
        .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
        .mockRejectedValueOnce(
          new Error('Could not establish connection. Receiving end does not exist.'),
        )
        .mockResolvedValueOnce({ state: 'ok' }),
    };
    expect(await sendMessage(message, runtime, [0, 0])).toEqual({ state: 'ok' });
    expect(runtime.sendMessage).toHaveBeenCalledTimes(3);
  });

  it('gives up after three tries, with the last error', async () => {
    const runtime = { sendMessage: vi.fn().mockRejectedValue(new Error('no worker')) };
    await expect(sendMessage(message, runtime, [0, 0])).rejects.toThrow('no worker');
    expect(runtime.sendMessage).toHaveBeenCalledTimes(3);
  });

  it('sends a message that gets no answer once', async () => {
    const runtime = { sendMessage: vi.fn(async () => undefined) };
    await sendMessage({ type: 'deck-changed' }, runtime, [0, 0]);
    expect(runtime.sendMessage).toHaveBeenCalledTimes(1);
  });
});
