import { describe, expect, it, vi } from 'vitest';
import { type OffscreenApi, playChimeOffscreen } from '@/entrypoints/background/chime';

/** Chrome's offscreen API, with `open` documents open already. */
function fakeApi(open: unknown[]): OffscreenApi {
  return {
    runtime: { getContexts: vi.fn(async () => open) },
    offscreen: { createDocument: vi.fn(async () => {}), closeDocument: vi.fn(async () => {}) },
  };
}

describe('playChimeOffscreen', () => {
  it('opens the offscreen page to play audio', async () => {
    const api = fakeApi([]);
    await playChimeOffscreen(api);
    expect(api.runtime.getContexts).toHaveBeenCalledWith({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    expect(api.offscreen.closeDocument).not.toHaveBeenCalled();
    expect(api.offscreen.createDocument).toHaveBeenCalledWith({
      url: 'offscreen.html',
      reasons: ['AUDIO_PLAYBACK'],
      justification: expect.any(String),
    });
  });

  it('closes the one left from an earlier chime first, so the new one plays afresh', async () => {
    const api = fakeApi([{ contextType: 'OFFSCREEN_DOCUMENT' }]);
    await playChimeOffscreen(api);
    expect(api.offscreen.closeDocument).toHaveBeenCalledTimes(1);
    expect(api.offscreen.createDocument).toHaveBeenCalledTimes(1);
    expect(vi.mocked(api.offscreen.closeDocument).mock.invocationCallOrder[0]).toBeLessThan(
      vi.mocked(api.offscreen.createDocument).mock.invocationCallOrder[0] ?? 0,
    );
  });
});
