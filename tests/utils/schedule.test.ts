import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '@/utils/preferences';
import { planNextPauseAtMs } from '@/utils/schedule';

describe('planNextPauseAtMs', () => {
  it.each([
    [5, 1_000, 1_000 + 5 * 60_000],
    [30, 0, 30 * 60_000],
    [240, 1_700_000_000_000, 1_700_000_000_000 + 240 * 60_000],
  ])('plans %d minutes after now=%d', (intervalMinutes, nowMs, expected) => {
    expect(planNextPauseAtMs({ ...DEFAULT_PREFERENCES, intervalMinutes }, nowMs)).toBe(expected);
  });
});
