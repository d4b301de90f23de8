/**
 * Polls until `probe` gives a value (anything but null, undefined or false), for what the
 * browser does in its own time; fails after `timeoutMs`.
 */
export async function waitFor<T>(
  probe: () => Promise<T | null | undefined | false>,
  { timeoutMs = 10_000, what = 'the awaited state' }: { timeoutMs?: number; what?: string } = {},
): Promise<T> {
  const deadlineMs = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadlineMs) throw new Error(`No ${what} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
