import { describe, expect, it, vi } from 'vitest';
import { cards } from '@/assets/content/nl';
import {
  createSettingsPage,
  type OwnCardDraft,
  type SettingsPageDeps,
} from '@/entrypoints/options/settings-page';
import type { ChangeResult } from '@/utils/core/edit';
import type { ParsedImport } from '@/utils/core/export-file';
import type { Intention } from '@/utils/core/intentions';
import type { OwnCard } from '@/utils/core/own-cards';
import { DEFAULT_PREFERENCES, type Preferences } from '@/utils/core/preferences';
import type { OwnCardRefusal } from '@/utils/store/own-cards-store';

const STEP: OwnCard = { id: 'own-1', kind: 'step', text: 'Vraag om hulp.', writtenAtMs: 1 };
const DRAFT: OwnCardDraft = { base: null, kind: 'question', typed: { text: 'Wat heb ik nodig?' } };
const OPEN_STEP: Intention = {
  id: 'step-1',
  cardId: 'step-start-small',
  stepText: '',
  words: 'met Sam',
  committedAtMs: 1,
  lookBackAtMs: 2,
  status: 'open',
};
const SAVED: OwnCard = { id: 'own-2', kind: 'question', text: 'Wat heb ik nodig?', writtenAtMs: 2 };

/** A store holding `stored`, with everything the page does recorded. */
function fakeDeps(stored: Preferences = DEFAULT_PREFERENCES) {
  let preferences = stored;
  let ownCards: OwnCard[] = [STEP];
  const deps = {
    loadPreferences: vi.fn(async () => ({ preferences, repairedFields: [] })),
    loadHiddenCardIds: vi.fn(async () => ['quote-1']),
    loadPauseLog: vi.fn(async () => [
      { outcome: 'taken' as const, atMs: 1, cardId: null, note: 'Ja.' },
      { outcome: 'missed' as const, atMs: 2 },
    ]),
    updatePreferences: vi.fn(async (change: Partial<Preferences>) => {
      const before = preferences;
      preferences = { ...preferences, ...change };
      const changedFields = (Object.keys(change) as (keyof Preferences)[]).filter(
        (field) => before[field] !== preferences[field],
      );
      return { preferences, changedFields };
    }),
    unhideCard: vi.fn(async () => {}),
    loadOwnCards: vi.fn(async () => ownCards),
    loadIntentions: vi.fn(async () => [OPEN_STEP]),
    saveOwnCard: vi.fn(async (): Promise<OwnCard | OwnCardRefusal> => {
      ownCards = [...ownCards, SAVED];
      return SAVED;
    }),
    deleteOwnCard: vi.fn(async (base: OwnCard): Promise<ChangeResult<OwnCard, null>> => {
      const held = ownCards.find((card) => card.id === base.id);
      if (held && held.writtenAtMs !== base.writtenAtMs)
        return { refused: 'changed', current: held };
      ownCards = ownCards.filter((card) => card.id !== base.id);
      return { saved: null };
    }),
    loadUserData: vi.fn(),
    importUserData: vi.fn(
      async (): Promise<ParsedImport> => ({
        isValid: true,
        data: {
          preferences: { ...DEFAULT_PREFERENCES, intervalMinutes: 90 },
          hiddenCardIds: [],
          pauseLog: [],
          intentions: [],
          ownCards: [],
        },
      }),
    ),
    resetPreferences: vi.fn(async () => {}),
    deleteAllData: vi.fn(async () => {}),
    tellBackground: vi.fn(),
    tellDeckChanged: vi.fn(),
    announceChange: vi.fn(),
    render: vi.fn(async () => {}),
  } satisfies SettingsPageDeps;
  const setStored = (next: Preferences) => {
    preferences = next;
  };
  /** Another page changes the own cards. */
  const setOwnCards = (next: OwnCard[]) => {
    ownCards = next;
  };
  return { deps, setStored, setOwnCards };
}

describe('the settings page', () => {
  it('shows what is stored, with the history and the small steps counted', async () => {
    const { deps } = fakeDeps();
    await createSettingsPage(deps).start();
    expect(deps.render).toHaveBeenCalledWith({
      data: {
        preferences: DEFAULT_PREFERENCES,
        hiddenCardIds: ['quote-1'],
        ownCards: [STEP],
        hasRepairedData: false,
        summary: { pauses: 2, notes: 1, hiddenCards: 1, ownCards: 1, steps: 1 },
      },
      notice: null,
      generation: 0,
    });
  });

  it('saves only what was changed here, and tells the background and the other pages', async () => {
    const { deps } = fakeDeps();
    const page = createSettingsPage(deps);
    await page.start();
    await page.save({ ...DEFAULT_PREFERENCES, intervalMinutes: 45 });
    expect(deps.updatePreferences).toHaveBeenCalledWith({ intervalMinutes: 45 });
    expect(deps.tellBackground).toHaveBeenCalledWith(['intervalMinutes']);
    expect(deps.announceChange).toHaveBeenCalledWith('preferences');
    // An unchanged value is not written again.
    await page.save({ ...DEFAULT_PREFERENCES, intervalMinutes: 45 });
    expect(deps.updatePreferences).toHaveBeenCalledTimes(1);
  });

  it('leaves what another page saved as it is', async () => {
    const { deps, setStored } = fakeDeps();
    const page = createSettingsPage(deps);
    await page.start();
    setStored({ ...DEFAULT_PREFERENCES, intervalMinutes: 45 });
    await page.save({ ...DEFAULT_PREFERENCES, pauseSeconds: 120 });
    expect(deps.updatePreferences).toHaveBeenCalledWith({ pauseSeconds: 120 });
  });

  it('shows the page again in a newly chosen language', async () => {
    const { deps } = fakeDeps();
    const page = createSettingsPage(deps);
    await page.start();
    await page.save({ ...DEFAULT_PREFERENCES, language: 'en' });
    expect(deps.render).toHaveBeenLastCalledWith(
      expect.objectContaining({
        data: expect.objectContaining({ preferences: { ...DEFAULT_PREFERENCES, language: 'en' } }),
      }),
    );
  });

  it('shows an import anew, says so, and tells what changed', async () => {
    const { deps } = fakeDeps();
    const page = createSettingsPage(deps);
    await page.start();
    await page.importData(new Uint8Array());
    expect(deps.render).toHaveBeenLastCalledWith(
      expect.objectContaining({ notice: 'imported', generation: 1 }),
    );
    expect(deps.announceChange).toHaveBeenCalledWith('everything');
    expect(deps.tellBackground).toHaveBeenCalledWith(['intervalMinutes']);
  });

  it('tells the background that everything changed after "Alles wissen"', async () => {
    const { deps } = fakeDeps();
    const page = createSettingsPage(deps);
    await page.start();
    await page.deleteAll();
    expect(deps.tellBackground).toHaveBeenCalledWith(Object.keys(DEFAULT_PREFERENCES));
    expect(deps.render).toHaveBeenLastCalledWith(expect.objectContaining({ notice: 'deleted' }));
  });

  it.each(['history', 'preferences', 'hidden-cards', 'everything'] as const)(
    'shows what another page stored (%s) without showing the page anew, so what is typed stays',
    async (change) => {
      const { deps } = fakeDeps();
      const page = createSettingsPage(deps);
      await page.start();
      const elsewhere = { ...DEFAULT_PREFERENCES, intervalMinutes: 45 };
      deps.loadPreferences.mockResolvedValueOnce({ preferences: elsewhere, repairedFields: [] });
      await page.showChange(change);
      expect(deps.render).toHaveBeenLastCalledWith(
        expect.objectContaining({
          data: expect.objectContaining({ preferences: elsewhere }),
          generation: 0,
        }),
      );
    },
  );

  it('says that a card came back, to the other pages', async () => {
    const { deps } = fakeDeps();
    const page = createSettingsPage(deps);
    await page.start();
    await page.restoreCard('quote-1');
    expect(deps.unhideCard).toHaveBeenCalledWith('quote-1');
    expect(deps.announceChange).toHaveBeenCalledWith('hidden-cards');
  });

  it('saves an own card, then tells the other pages and the background, and reads them again', async () => {
    const { deps } = fakeDeps();
    const page = createSettingsPage(deps);
    await page.start();
    const saved = await page.saveOwnCard(DRAFT, cards);
    expect(deps.saveOwnCard).toHaveBeenCalledWith(DRAFT, cards);
    expect(saved).toEqual({ result: SAVED, ownCards: [STEP, SAVED] });
    expect(deps.announceChange).toHaveBeenCalledWith('own-cards');
    expect(deps.tellDeckChanged).toHaveBeenCalledOnce();
    // The page shown next (a new language, say) counts it.
    await page.save({ ...DEFAULT_PREFERENCES, language: 'en' });
    expect(deps.render).toHaveBeenLastCalledWith(
      expect.objectContaining({
        data: expect.objectContaining({
          ownCards: [STEP, SAVED],
          summary: expect.objectContaining({ ownCards: 2 }),
        }),
      }),
    );
  });

  it.each<[string, OwnCardRefusal]>([
    ['a refused field', { isValid: false, errors: { text: 'duplicate' } }],
    ['a full store', { refused: 'full' }],
    ['a card deleted elsewhere', { refused: 'gone' }],
    ['a card changed elsewhere', { refused: 'changed', current: { ...STEP, text: 'Vraag Kim.' } }],
    ['a failed write', { refused: 'saveFailed' }],
  ])('tells nobody after %s, and gives the own cards as stored', async (_name, refusal) => {
    const { deps, setOwnCards } = fakeDeps();
    const page = createSettingsPage(deps);
    await page.start();
    deps.saveOwnCard.mockResolvedValueOnce(refusal);
    setOwnCards([]);
    expect(await page.saveOwnCard({ ...DRAFT, base: STEP }, cards)).toEqual({
      result: refusal,
      ownCards: [],
    });
    expect(deps.announceChange).not.toHaveBeenCalled();
    expect(deps.tellDeckChanged).not.toHaveBeenCalled();
  });

  it('deletes an own card, then tells the other pages and the background', async () => {
    const { deps } = fakeDeps();
    const page = createSettingsPage(deps);
    await page.start();
    expect(await page.deleteOwnCard(STEP)).toEqual({ result: { saved: null }, ownCards: [] });
    expect(deps.deleteOwnCard).toHaveBeenCalledWith(STEP);
    expect(deps.announceChange).toHaveBeenCalledWith('own-cards');
    expect(deps.tellDeckChanged).toHaveBeenCalledOnce();
  });

  it('tells nobody when the own card to delete changed in another tab meanwhile', async () => {
    const { deps, setOwnCards } = fakeDeps();
    const page = createSettingsPage(deps);
    await page.start();
    const changed = { ...SAVED, writtenAtMs: SAVED.writtenAtMs + 1 };
    setOwnCards([changed]);
    expect(await page.deleteOwnCard(SAVED)).toEqual({
      result: { refused: 'changed', current: changed },
      ownCards: [changed],
    });
    expect(deps.announceChange).not.toHaveBeenCalled();
    expect(deps.tellDeckChanged).not.toHaveBeenCalled();
  });

  it('shows own cards changed elsewhere, keeping what is being typed', async () => {
    const { deps, setOwnCards } = fakeDeps();
    const page = createSettingsPage(deps);
    await page.start();
    setOwnCards([STEP, SAVED]);
    await page.showChange('own-cards');
    expect(deps.render).toHaveBeenLastCalledWith(
      expect.objectContaining({
        data: expect.objectContaining({ ownCards: [STEP, SAVED] }),
        generation: 0,
      }),
    );
  });
});
