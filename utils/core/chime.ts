/**
 * The chime that may come with a pause: two soft sine notes, the second a fifth above the first
 * (G4, then D5), each fading in gently and dying away like a small bell. Calm, not an alarm. Made
 * with Web Audio, so there is no sound file to ship or fetch.
 */

/** What the chime needs of an `AudioParam`. */
export interface ChimeParam {
  setValueAtTime(value: number, startTime: number): unknown;
  linearRampToValueAtTime(value: number, endTime: number): unknown;
  exponentialRampToValueAtTime(value: number, endTime: number): unknown;
}

/** What the chime needs of an `AudioNode`. */
export interface ChimeNode {
  connect(destination: ChimeNode): unknown;
}

/** What the chime needs of an `AudioContext`: a real one fits, and so does a small fake. */
export interface ChimeContext {
  readonly currentTime: number;
  readonly destination: ChimeNode;
  createOscillator(): ChimeNode & {
    type: string;
    frequency: ChimeParam;
    start(when: number): void;
    stop(when: number): void;
  };
  createGain(): ChimeNode & { gain: ChimeParam };
}

/** One note: its pitch, when it begins after the chime does, how long it sounds, how loud at most. */
interface Note {
  frequencyHz: number;
  startSeconds: number;
  seconds: number;
  peakGain: number;
}

/** G4, then D5 a little after, the second a touch softer; both end by 1.2 s. */
export const CHIME_NOTES: readonly Note[] = [
  { frequencyHz: 392, startSeconds: 0, seconds: 0.8, peakGain: 0.15 },
  { frequencyHz: 587.33, startSeconds: 0.35, seconds: 0.85, peakGain: 0.12 },
];

/** How long the whole chime lasts, in seconds. */
export const CHIME_SECONDS = Math.max(
  ...CHIME_NOTES.map((note) => note.startSeconds + note.seconds),
);

/** The fade in of each note: long enough not to click, short enough to sound like a bell. */
const ATTACK_SECONDS = 0.04;

/** An exponential fade cannot reach 0: it fades to this (-80 dB), then the note stops. */
const SILENT_GAIN = 0.0001;

/**
 * Schedules the chime on `context`, beginning now; returns when it ends, in the context's time.
 * Each note is a sine through its own gain: silent, a gentle rise to its peak, a long fade out.
 */
export function scheduleChime(context: ChimeContext): number {
  const now = context.currentTime;
  for (const note of CHIME_NOTES) {
    const start = now + note.startSeconds;
    const end = start + note.seconds;
    const oscillator = context.createOscillator();
    const envelope = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(note.frequencyHz, start);
    envelope.gain.setValueAtTime(0, start);
    envelope.gain.linearRampToValueAtTime(note.peakGain, start + ATTACK_SECONDS);
    envelope.gain.exponentialRampToValueAtTime(SILENT_GAIN, end);
    oscillator.connect(envelope);
    envelope.connect(context.destination);
    oscillator.start(start);
    oscillator.stop(end);
  }
  return now + CHIME_SECONDS;
}
