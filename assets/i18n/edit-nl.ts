import type { EditMessages } from './edit-types';

/** The strings of a change that met another one, in Dutch. */
export const editMessages: EditMessages = {
  changedHeading: 'Intussen ergens anders veranderd',
  changedText:
    'Op een andere pagina is dit intussen anders bewaard. Je eigen woorden staan hier nog. Kies wat je houdt.',
  goneHeading: 'Intussen ergens anders verwijderd',
  goneText:
    'Op een andere pagina is dit intussen verwijderd. Je eigen woorden staan hier nog: zet ze terug, of laat ze gaan.',
  theirsLabel: 'Daar bewaard',
  keepMine: 'Houd de mijne',
  keepBoth: 'Houd allebei',
  keepTheirs: 'Houd die van daar',
  restoreMine: 'Zet terug met mijn woorden',
  letMineGo: 'Laat mijn woorden gaan',
  unsavedWords: 'Je hebt woorden getypt die nog niet bewaard zijn.',
};
