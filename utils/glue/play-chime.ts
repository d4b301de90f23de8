import { CHIME_SECONDS, type ChimeContext, scheduleChime } from '@/utils/core/chime';

/** An `AudioContext` as `playChime` uses it. */
type ClosableChimeContext = ChimeContext & { close(): Promise<void> };

/**
 * Plays the chime on an audio context of its own (a page's or Firefox's background page's), and
 * closes the context a moment after, freeing the audio device. Returns once the chime is under way.
 * The close waits on the clock, not on the notes: a context the browser keeps suspended never
 * ends its notes, and must be closed all the same.
 */
export function playChime(
  createContext: () => ClosableChimeContext = () => new AudioContext(),
): void {
  const context = createContext();
  scheduleChime(context);
  setTimeout(() => void context.close().catch(() => {}), (CHIME_SECONDS + 0.3) * 1000);
}
