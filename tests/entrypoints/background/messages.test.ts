import { describe, expect, it, vi } from 'vitest';
import { handleMessage, isMessage, type MessageDeps } from '@/entrypoints/background/messages';
import { NotesFullError } from '@/entrypoints/background/pauses';
import type { PauseEvent, PauseState } from '@/utils/core/pause-model';

const taking: PauseState = {
  phase: { kind: 'taking', sinceMs: 5, cardId: 'quote-a' },
  anchorMs: 0,
  idleSinceMs: null,
  plan: { atMs: 100, reason: 'interval' },
};

function fakeDeps(): MessageDeps {
  return {
    apply: vi.fn(async () => taking),
    updatePopup: vi.fn(async () => {}),
    clearBadge: vi.fn(async () => {}),
    countOpenSteps: vi.fn(async () => 2),
    loadPauseState: vi.fn(async () => taking),
  };
}

describe('handleMessage', () => {
  it('reserves the next card and takes the mark off the button when the popup opens', async () => {
    const deps = fakeDeps();
    expect(await handleMessage({ type: 'popup-opened' }, deps)).toEqual({
      openSteps: 2,
      state: taking,
    });
    expect(deps.updatePopup).toHaveBeenCalledWith({ reserveNext: true });
    expect(deps.clearBadge).toHaveBeenCalled();
    expect(deps.apply).not.toHaveBeenCalled();
  });

  it('answers the popup without a pause state when none can be read', async () => {
    const deps = fakeDeps();
    deps.loadPauseState = vi.fn(async () => {
      throw new Error('unreadable');
    });
    expect(await handleMessage({ type: 'popup-opened' }, deps)).toEqual({
      openSteps: 2,
      state: null,
    });
  });

  it.each<[string, unknown, PauseEvent]>([
    [
      'pause-finished',
      { type: 'pause-finished', note: 'hoi' },
      { type: 'pause-finished', note: 'hoi' },
    ],
    [
      'pause-snoozed',
      { type: 'pause-snoozed', minutes: 15 },
      { type: 'pause-snoozed', minutes: 15 },
    ],
    [
      'reminders-paused',
      { type: 'reminders-paused', span: 'hour' },
      { type: 'reminders-paused', span: 'hour' },
    ],
    ['reminders-resumed', { type: 'reminders-resumed' }, { type: 'reminders-resumed' }],
    [
      'preferences-changed',
      { type: 'preferences-changed', changedFields: ['activeDays'] },
      { type: 'preferences-changed', changedFields: ['activeDays'] },
    ],
  ])('turns %s into its pause event and answers with the state', async (_name, message, event) => {
    const deps = fakeDeps();
    expect(await handleMessage(message, deps)).toEqual({ state: taking });
    expect(deps.apply).toHaveBeenCalledWith(event);
  });

  it('checks the card reserved for the popup when a card was hidden', async () => {
    const deps = fakeDeps();
    await handleMessage({ type: 'deck-changed' }, deps);
    expect(deps.updatePopup).toHaveBeenCalledWith({ reserveNext: false });
    expect(deps.apply).not.toHaveBeenCalled();
  });

  it('answers "Klaar" that the history took no more notes, and lets other failures through', async () => {
    const deps = fakeDeps();
    deps.apply = vi.fn(async () => Promise.reject(new NotesFullError()));
    const message = { type: 'pause-finished', note: 'n', startedAtMs: 5 };
    expect(await handleMessage(message, deps)).toEqual({ refused: 'notesFull' });
    deps.apply = vi.fn(async () => Promise.reject(new Error('storage')));
    await expect(handleMessage(message, deps)).rejects.toThrow('storage');
  });

  it('answers the pause page with the card of its pause', async () => {
    const deps = fakeDeps();
    expect(await handleMessage({ type: 'pause-opened' }, deps)).toEqual({
      state: taking,
      cardId: 'quote-a',
      startedAtMs: taking.phase.kind === 'taking' ? taking.phase.sinceMs : null,
    });
  });

  it.each([
    [true, ['enabledKinds']],
    [false, ['language', 'intervalMinutes']],
  ])('reserves another card (%s) when %j changed', async (reserveNext, changedFields) => {
    const deps = fakeDeps();
    await handleMessage({ type: 'preferences-changed', changedFields }, deps);
    expect(deps.updatePopup).toHaveBeenCalledWith({ reserveNext });
  });

  it.each([
    null,
    'pause-finished',
    { type: 'pause-finished' },
    { type: 'pause-finished', note: 'x'.repeat(2001) },
    { type: 'pause-finished', note: 'n', startedAtMs: 1e20 },
    { type: 'pause-snoozed', minutes: 7 },
    { type: 'reminders-paused', span: 'week' },
    { type: 'unknown' },
  ])('ignores %j: not ours, or not well formed', (message) => {
    const deps = fakeDeps();
    expect(handleMessage(message, deps)).toBeUndefined();
    expect(deps.apply).not.toHaveBeenCalled();
  });
});

describe('isMessage', () => {
  it.each([
    [{ type: 'preferences-changed', changedFields: ['language'] }, true],
    [{ type: 'preferences-changed', changedFields: [] }, true],
    [{ type: 'preferences-changed' }, false],
    [{ type: 'preferences-changed', changedFields: 'language' }, false],
    [{ type: 'preferences-changed', changedFields: [1] }, false],
    [{ type: 'popup-opened' }, true],
    [{ type: 'toString' }, false],
    [{ type: 'something-else' }, false],
    [{}, false],
    [null, false],
    ['preferences-changed', false],
    [undefined, false],
  ])('%j → %s', (value, expected) => {
    expect(isMessage(value)).toBe(expected);
  });
});
