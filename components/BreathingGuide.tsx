import type { UiMessages } from '@/assets/i18n/types';

export interface BreathingGuideProps {
  /** The pause's length, in seconds. */
  totalSeconds: number;
  /** What is left of it, in whole seconds; 0 ends the guide. */
  remainingSeconds: number;
  messages: Pick<UiMessages, 'breatheIn' | 'breatheOut' | 'secondsLeft' | 'breathingDone'>;
}

/**
 * A circle that grows on the in-breath and shrinks on the out-breath, with the words changing
 * along: all of it CSS keyframes on one cycle, so nothing here runs a timer. With reduced motion
 * nothing moves; both words stand still and the countdown is the guide. The countdown is plain
 * text, not a live region: a screen reader reading out every second would be no pause at all.
 * Only the end is announced.
 */
export function BreathingGuide({ totalSeconds, remainingSeconds, messages }: BreathingGuideProps) {
  const total = Math.max(1, totalSeconds);
  const remaining = Math.min(total, Math.max(0, Math.ceil(remainingSeconds)));
  const isDone = remaining === 0;
  const progress = (total - remaining) / total;
  return (
    <div class="breathing" data-done={isDone || undefined}>
      <div class="breathing-circle" aria-hidden="true" />
      {!isDone && (
        <>
          <p class="breathing-words">
            <span class="breathing-in">{messages.breatheIn}</span>
            <span class="breathing-separator" aria-hidden="true">
              ·
            </span>
            <span class="breathing-out">{messages.breatheOut}</span>
          </p>
          <p class="breathing-countdown">{messages.secondsLeft(remaining)}</p>
        </>
      )}
      <div class="breathing-progress" aria-hidden="true">
        <div class="breathing-progress-bar" style={{ width: `${progress * 100}%` }} />
      </div>
      {/* Present from the start, so the done message is announced when it arrives. */}
      <p class="breathing-status" role="status">
        {isDone ? messages.breathingDone : ''}
      </p>
    </div>
  );
}
