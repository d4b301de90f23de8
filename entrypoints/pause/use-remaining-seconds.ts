import { useEffect, useState } from 'preact/hooks';

/** Whole seconds left of the pause at `nowMs`, never below 0. */
function getRemainingSeconds(startedAtMs: number, pauseSeconds: number, nowMs: number): number {
  return Math.max(0, Math.ceil((startedAtMs + pauseSeconds * 1000 - nowMs) / 1000));
}

/**
 * The whole seconds left of a pause, by the page's clock (`now`), until `isOver`. Display only:
 * the CSS animation keeps the rhythm, this keeps the words in step with the clock.
 */
export function useRemainingSeconds(
  startedAtMs: number,
  pauseSeconds: number,
  now: () => number,
  isOver: boolean,
): number {
  const [remainingSeconds, setRemainingSeconds] = useState(() =>
    getRemainingSeconds(startedAtMs, pauseSeconds, now()),
  );
  useEffect(() => {
    if (isOver) return;
    const tick = () => {
      const left = getRemainingSeconds(startedAtMs, pauseSeconds, now());
      setRemainingSeconds(left);
      if (left === 0) clearInterval(interval);
    };
    const interval = setInterval(tick, 1000);
    tick();
    return () => clearInterval(interval);
  }, [startedAtMs, pauseSeconds, now, isOver]);
  return remainingSeconds;
}
