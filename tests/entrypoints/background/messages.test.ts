import { describe, expect, it, vi } from 'vitest';
import { handleMessage, type MessageDeps } from '@/entrypoints/background/messages';

function fakeDeps(): MessageDeps {
  return {
    reschedule: vi.fn(async (nowMs: number) => nowMs + 1),
    ensureScheduled: vi.fn(async () => 42),
    updatePopup: vi.fn(async () => {}),
  };
}

describe('handleMessage', () => {
  it('reserves the next card when the popup says it was opened', async () => {
    const deps = fakeDeps();
    await handleMessage({ type: 'popup-opened', shownCardId: 'quote-a' }, 0, deps);
    expect(deps.updatePopup).toHaveBeenCalledWith({ reserveNext: true });
    expect(deps.reschedule).not.toHaveBeenCalled();
  });

  it.each([
    [['intervalMinutes'], false, true],
    [['language'], false, false],
    [['enabledKinds'], true, false],
  ] as const)(
    'changed %j: reserve again %s, re-plan %s',
    async (changedFields, reserve, replan) => {
      const deps = fakeDeps();
      const answer = await handleMessage(
        { type: 'preferences-changed', changedFields: [...changedFields] },
        100,
        deps,
      );
      expect(deps.updatePopup).toHaveBeenCalledWith({ reserveNext: reserve });
      expect(deps.reschedule).toHaveBeenCalledTimes(replan ? 1 : 0);
      expect(answer).toEqual({ nextPauseAtMs: replan ? 101 : 42 });
    },
  );

  it.each([null, 'popup-opened', { type: 'popup-opened' }, { type: 'other' }])(
    'leaves %j to others',
    (message) => {
      expect(handleMessage(message, 0, fakeDeps())).toBeUndefined();
    },
  );
});
