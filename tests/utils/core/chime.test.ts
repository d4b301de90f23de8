import { describe, expect, it } from 'vitest';
import { CHIME_SECONDS, scheduleChime } from '@/utils/core/chime';
import { fakeContext } from '../../helpers/fake-audio';

describe('scheduleChime', () => {
  const NOW = 12.5;

  it('plays two sine notes, rising, each through its own gain to the speakers', () => {
    const { context, oscillators, gains } = fakeContext(NOW);
    scheduleChime(context);
    expect(oscillators).toHaveLength(2);
    expect(oscillators.map((oscillator) => oscillator.type)).toEqual(['sine', 'sine']);
    const [low, high] = oscillators.map((oscillator) => oscillator.frequency.events[0]?.[1] ?? 0);
    expect(high).toBeGreaterThan(low ?? 0);
    oscillators.forEach((oscillator, index) => {
      expect(oscillator.targets).toEqual([gains[index]]);
      expect(gains[index]?.targets).toEqual([context.destination]);
    });
  });

  it('is soft: no gain above 0.15, and every note begins silent and rises gently', () => {
    const { context, gains, oscillators } = fakeContext(NOW);
    scheduleChime(context);
    gains.forEach((gain, index) => {
      const values = gain.gain.events.map(([, value]) => value);
      expect(Math.max(...values)).toBeLessThanOrEqual(0.15);
      expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
      const [first, attack] = gain.gain.events;
      expect(first).toEqual(['set', 0, oscillators[index]?.startedAt]);
      // The rise takes at least 20 ms: no click, no sudden onset.
      expect(attack?.[0]).toBe('linear');
      expect((attack?.[2] ?? 0) - (first?.[2] ?? 0)).toBeGreaterThanOrEqual(0.02);
    });
  });

  it('fades each note out to near silence before it stops, all within 1.5 s from now', () => {
    const { context, gains, oscillators } = fakeContext(NOW);
    const endsAt = scheduleChime(context);
    expect(endsAt).toBeCloseTo(NOW + CHIME_SECONDS);
    expect(CHIME_SECONDS).toBeGreaterThanOrEqual(1);
    expect(CHIME_SECONDS).toBeLessThanOrEqual(1.5);
    oscillators.forEach((oscillator, index) => {
      expect(oscillator.startedAt).toBeGreaterThanOrEqual(NOW);
      expect(oscillator.stoppedAt).toBeLessThanOrEqual(endsAt);
      const last = gains[index]?.gain.events.at(-1);
      expect(last?.[0]).toBe('exponential');
      expect(last?.[1]).toBeLessThanOrEqual(0.001);
      expect(last?.[2]).toBe(oscillator.stoppedAt);
    });
  });
});
