import { useMemo, useState } from 'preact/hooks';
import type { JournalMessages } from '@/assets/i18n/journal-types';
import type { ActiveHours } from '@/utils/core/active-hours';
import { describeTime, toDayKey } from '@/utils/core/journal';
import type { Language } from '@/utils/core/language';
import type { PauseLogEntry } from '@/utils/core/pause-model';
import {
  RHYTHM_SPANS,
  type RhythmDay,
  type Rhythm as RhythmFigures,
  type RhythmSpan,
  rhythmDayOf,
  summarizeRhythm,
} from '@/utils/core/rhythm';

export interface RhythmProps {
  messages: JournalMessages;
  language: Language;
  log: readonly PauseLogEntry[];
  hours: ActiveHours;
  nowMs: number;
}

/**
 * "Je ritme": the moments taken for oneself, day by day, over the last week or four. A bar chart
 * to look at (hidden from screen readers), the same figures as a table they read, and a sentence.
 * Nothing is counted against anyone: no misses, no streak, no percentage, no target.
 */
export function Rhythm({ messages, language, log, hours, nowMs }: RhythmProps) {
  const [span, setSpan] = useState<RhythmSpan>(7);
  // The journal draws again on every letter typed in its search: the history is read again only
  // when it, the hours, the span or the day changes (within one day, `nowMs` changes nothing).
  const today = toDayKey(rhythmDayOf(nowMs, hours));
  const rhythm = useMemo(() => summarizeRhythm(log, hours, nowMs, span), [log, hours, span, today]);
  return (
    <section class="rhythm" aria-labelledby="rhythm-heading">
      <div class="rhythm-top">
        <h2 id="rhythm-heading">{messages.rhythmHeading}</h2>
        {/* biome-ignore lint/a11y/useSemanticElements: two toggle buttons, named as a group; a fieldset would draw a frame around them */}
        <div class="rhythm-spans" role="group" aria-label={messages.rhythmSpanLabel}>
          {RHYTHM_SPANS.map((each) => (
            <button
              key={each}
              type="button"
              class="button button-quiet"
              aria-pressed={each === span}
              onClick={() => setSpan(each)}
            >
              {messages.rhythmSpanNames[each]}
            </button>
          ))}
        </div>
      </div>
      <p class="rhythm-summary" aria-live="polite">
        {messages.rhythmSummary(span, rhythm.moments, rhythm.notes)}
        {rhythm.usualHour !== null &&
          ` ${messages.rhythmUsualHour(sayHour(rhythm.usualHour, nowMs, language), sayHour(rhythm.usualHour + 1, nowMs, language))}`}
      </p>
      <RhythmChart rhythm={rhythm} messages={messages} language={language} />
      <RhythmTable rhythm={rhythm} messages={messages} language={language} />
    </section>
  );
}

/** An hour of the day as the journal says times: 10:00, or 10:00 AM. */
function sayHour(hour: number, nowMs: number, language: Language): string {
  const day = new Date(nowMs);
  return describeTime(
    new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour).getTime(),
    language,
  );
}

interface FiguresProps {
  rhythm: RhythmFigures;
  messages: JournalMessages;
  language: Language;
}

/** A day's name under its bar: the weekday in a week, the day of the month in four. */
function barLabel(day: RhythmDay, span: number, language: Language): string {
  const locale = language === 'nl' ? 'nl-NL' : 'en-US';
  return new Intl.DateTimeFormat(locale, span <= 7 ? { weekday: 'short' } : { day: 'numeric' })
    .format(day.noonMs)
    .replace(/\.$/, '');
}

/** The chart's drawing units: bars rising from a baseline, words above and below them. */
const CHART = { height: 150, top: 22, base: 120 };

/** The bar chart of the days, drawn by hand: a few rectangles and words need no library. */
function RhythmChart({ rhythm, messages, language }: FiguresProps) {
  const { days } = rhythm;
  // One slot per day: a week's are wide enough for a weekday's name, four weeks' for a date.
  const slot = days.length <= 7 ? 90 : 24;
  const width = slot * days.length;
  const barWidth = Math.min(36, slot * 0.6);
  // A day of one moment is not a full bar: the scale starts at four.
  const most = Math.max(4, ...days.map((day) => day.moments));
  const scale = (CHART.base - CHART.top) / most;
  return (
    <svg
      class="rhythm-chart"
      viewBox={`0 0 ${width} ${CHART.height}`}
      aria-hidden="true"
      focusable="false"
      data-span={days.length}
    >
      <line class="rhythm-base" x1={0} x2={width} y1={CHART.base} y2={CHART.base} />
      {days.map((day, index) => {
        const x = index * slot + slot / 2;
        const height = day.moments * scale;
        return (
          <g key={day.dayKey} class="rhythm-day" data-day={day.dayKey} data-moments={day.moments}>
            {day.moments > 0 ? (
              <>
                <rect
                  class="rhythm-bar"
                  x={x - barWidth / 2}
                  y={CHART.base - height}
                  width={barWidth}
                  height={height}
                  rx={Math.min(6, barWidth / 3)}
                />
                <text class="rhythm-count" x={x} y={CHART.base - height - 6}>
                  {day.moments}
                </text>
              </>
            ) : (
              day.isRestDay &&
              // A day off says so in a week; in four, a quiet dot marks it.
              (days.length <= 7 ? (
                <text class="rhythm-rest" x={x} y={CHART.base - 8}>
                  {messages.rhythmRest}
                </text>
              ) : (
                <circle class="rhythm-rest-dot" cx={x} cy={CHART.base - 8} r={2.5} />
              ))
            )}
            <text class="rhythm-label" x={x} y={CHART.base + 20}>
              {barLabel(day, days.length, language)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The same figures for screen readers: a day, its moments, how many with a note. */
function RhythmTable({ rhythm, messages, language }: FiguresProps) {
  const locale = language === 'nl' ? 'nl-NL' : 'en-US';
  const dayName = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  return (
    <table class="visually-hidden">
      <caption>{messages.rhythmTableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{messages.rhythmTableHeads.day}</th>
          <th scope="col">{messages.rhythmTableHeads.moments}</th>
          <th scope="col">{messages.rhythmTableHeads.notes}</th>
        </tr>
      </thead>
      <tbody>
        {rhythm.days.map((day) => (
          <tr key={day.dayKey}>
            <th scope="row">{dayName.format(day.noonMs)}</th>
            <td>{day.moments === 0 && day.isRestDay ? messages.rhythmRestDay : day.moments}</td>
            <td>{day.notes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
