import { serializeExport, type UserData } from '@/utils/core/export-file';
import type { PauseLogEntry } from '@/utils/core/pause-model';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';

// A person's data as the export and import tests use it: a file's moment, its lines, its bytes.

export const NOW = new Date(Date.UTC(2026, 10, 25, 9, 30));
export const encode = (text: string) => new TextEncoder().encode(text);

export const taken = (
  atMs: number,
  note: string,
  cardId: string | null = 'quote-1',
): PauseLogEntry => ({ outcome: 'taken', atMs, cardId, note });
export const missed = (atMs: number): PauseLogEntry => ({ outcome: 'missed', atMs });

export const DATA: UserData = {
  preferences: {
    ...DEFAULT_PREFERENCES,
    intervalMinutes: 45,
    language: 'en',
    activeDays: [0, 6],
    soundEnabled: true,
    waitWhileSound: true,
    cardInNotification: false,
  },
  hiddenCardIds: ['quote-3', 'reframe-2'],
  pauseLog: [
    missed(1000),
    taken(2000, 'Ik mocht twijfelen.\nEn dat was goed.'),
    { outcome: 'natural-break', atMs: 3000, awayMs: 600_000 },
    taken(4000, '', null),
  ],
  intentions: [
    {
      id: 'step-1',
      cardId: 'step-start-small',
      stepText: 'Begin klein.',
      words: 'met Sam',
      committedAtMs: 1500,
      lookBackAtMs: 2500,
      status: 'done',
      answeredAtMs: 3500,
      answers: { felt: 'Spannend.', reactions: 'Warm.', innerSteps: 'Ik bleef.' },
    },
    {
      id: 'step-2',
      cardId: 'step-set-boundaries',
      stepText: '',
      words: '',
      committedAtMs: 3600,
      lookBackAtMs: 9000,
      status: 'open',
    },
  ],
  ownCards: [
    {
      id: 'own-1',
      kind: 'reframe',
      thought: 'Ik ben te veel',
      reframe: 'Ik mag ruimte innemen',
      writtenAtMs: 1200,
    },
    { id: 'own-2', kind: 'step', text: '<b>Vraag</b> om hulp 🌱', writtenAtMs: 1300 },
  ],
};

/** A valid export file as an object, to spoil one part of in a test. */
export const fileOf = (data: UserData = DATA) =>
  JSON.parse(serializeExport(data, NOW)) as Record<string, unknown>;
export const bytesOf = (file: unknown) => encode(JSON.stringify(file));
