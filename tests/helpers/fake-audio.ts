import { vi } from 'vitest';
import type { ChimeContext, ChimeNode, ChimeParam } from '@/utils/core/chime';

// A small audio context for the chime's tests: it records every node, note and change of volume.

/** One scheduled change of a parameter: its method, value and time. */
type ParamEvent = [method: string, value: number, time: number];

/** An `AudioParam` that records what is scheduled on it. */
function fakeParam(): ChimeParam & { events: ParamEvent[] } {
  const events: ParamEvent[] = [];
  const record = (method: string) => (value: number, time: number) => {
    events.push([method, value, time]);
  };
  return {
    events,
    setValueAtTime: record('set'),
    linearRampToValueAtTime: record('linear'),
    exponentialRampToValueAtTime: record('exponential'),
  };
}

/** A node that records what it is connected to. */
function fakeNode(): ChimeNode & { targets: ChimeNode[] } {
  const targets: ChimeNode[] = [];
  return { targets, connect: (destination) => targets.push(destination) };
}

/** An audio context at `currentTime` that keeps every node it makes. */
export function fakeContext(currentTime: number) {
  const oscillators: ReturnType<typeof makeOscillator>[] = [];
  const gains: ReturnType<typeof makeGain>[] = [];
  function makeOscillator() {
    return {
      ...fakeNode(),
      type: 'square',
      frequency: fakeParam(),
      startedAt: Number.NaN,
      stoppedAt: Number.NaN,
      start(when: number) {
        this.startedAt = when;
      },
      stop(when: number) {
        this.stoppedAt = when;
      },
    };
  }
  function makeGain() {
    return { ...fakeNode(), gain: fakeParam() };
  }
  const context = {
    currentTime,
    destination: fakeNode(),
    createOscillator: () => {
      const oscillator = makeOscillator();
      oscillators.push(oscillator);
      return oscillator;
    },
    createGain: () => {
      const gain = makeGain();
      gains.push(gain);
      return gain;
    },
    close: vi.fn(async () => {}),
  } satisfies ChimeContext & { close: () => Promise<void> };
  return { context, oscillators, gains };
}
