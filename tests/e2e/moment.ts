/**
 * The day the pages say before a clock time: nothing for today, "morgen"/"tomorrow" (`tomorrow`,
 * followed by a space) for the next local day. So a test run just before midnight expects what
 * the page says then: a pause 30 minutes on is tomorrow's.
 */
export function dayBefore(atMs: number, tomorrow: string, nowMs: number = Date.now()): string {
  const now = new Date(nowMs);
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const day = new Date(atMs).toDateString();
  if (day === now.toDateString()) return '';
  if (day === next.toDateString()) return `${tomorrow} `;
  throw new Error(`${new Date(atMs).toString()} is more than a day ahead`);
}
