import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHIME_SECONDS } from '@/utils/core/chime';
import { playChime } from '@/utils/glue/play-chime';
import { fakeContext } from '../../helpers/fake-audio';

describe('playChime', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('plays at once, and closes its audio context once the chime is over', () => {
    vi.useFakeTimers();
    const { context, oscillators } = fakeContext(0);
    playChime(() => context);
    expect(oscillators).toHaveLength(2);
    vi.advanceTimersByTime(CHIME_SECONDS * 1000);
    expect(context.close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(context.close).toHaveBeenCalledTimes(1);
  });
});
