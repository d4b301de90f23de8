import type { EditMessages } from './edit-types';

/** The strings of a change that met another one, in English. */
export const editMessages: EditMessages = {
  changedHeading: 'Changed elsewhere meanwhile',
  changedText:
    'This was saved differently on another page meanwhile. Your own words are still here. Choose what to keep.',
  goneHeading: 'Deleted elsewhere meanwhile',
  goneText:
    'This was deleted on another page meanwhile. Your own words are still here: put them back, or let them go.',
  theirsLabel: 'Saved there',
  keepMine: 'Keep mine',
  keepBoth: 'Keep both',
  keepTheirs: 'Keep the other',
  restoreMine: 'Put it back with my words',
  letMineGo: 'Let my words go',
  unsavedWords: 'You have typed words that are not saved yet.',
};
