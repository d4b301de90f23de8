// Checks for values read from storage or a file: untrusted, of any shape and size. Pure.

/**
 * The latest stored time taken: the end of the year 9999 (UTC). A `Date` holds times up to
 * 8.64e15 ms (the year 275760), but at that edge local calendar arithmetic (the local noon of a
 * day, a day or a week on) leaves what it holds and gives NaN, and `Intl.DateTimeFormat` throws
 * on that. Four-digit years keep a margin of over 265,000 years for any such step, in any time
 * zone, and are what dates are written and typed with.
 */
export const MAX_TIME_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * A stored time: a whole or fractional number of milliseconds that `Date` and `Intl` can format
 * and reckon local days with (from the epoch to the end of the year 9999).
 */
export const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TIME_MS;

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The items of a stored array, holes skipped, at most `maxItems` of them. Never walks a length
 * it was not given items for: a sparse array may claim 2³² − 1 places and hold three.
 */
export function listStoredItems(raw: unknown, maxItems: number): unknown[] {
  if (!Array.isArray(raw)) return [];
  const items: unknown[] = [];
  if (raw.length <= maxItems) {
    for (let index = 0; index < raw.length; index++) {
      if (index in raw) items.push(raw[index]);
    }
    return items;
  }
  // Longer than anything written here: only the places that hold something are visited.
  for (const key of Object.keys(raw)) {
    if (items.length >= maxItems) break;
    if (/^(0|[1-9]\d*)$/.test(key)) items.push(raw[Number(key)]);
  }
  return items;
}
