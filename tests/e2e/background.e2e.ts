import { describe, expect, it } from 'vitest';
import { useExtension } from './extension';
import { waitFor } from './wait';
import { firePauseAlarmSoon, getNotificationIds, getPauseAlarm } from './worker';

const MINUTE_MS = 60_000;

describe('the background', () => {
  const extension = useExtension('nl');

  it('has a pause pending one interval (30 minutes by default) after install', async () => {
    const alarm = await waitFor(() => getPauseAlarm(extension()));
    const nowMs = Date.now();
    expect(alarm.scheduledTime).toBeGreaterThan(nowMs + 28 * MINUTE_MS);
    expect(alarm.scheduledTime).toBeLessThanOrEqual(nowMs + 30 * MINUTE_MS);
  });

  it('shows a notification when the alarm fires, then plans the next pause', async () => {
    expect(await getNotificationIds(extension())).toEqual([]);
    await firePauseAlarmSoon(extension(), 500);
    await waitFor(async () =>
      (await getNotificationIds(extension())).includes('pause') ? true : null,
    );
    const next = await waitFor(async () => {
      const alarm = await getPauseAlarm(extension());
      return alarm && alarm.scheduledTime > Date.now() + 25 * MINUTE_MS ? alarm : null;
    });
    expect(next.scheduledTime).toBeLessThanOrEqual(Date.now() + 30 * MINUTE_MS);
  });
});
