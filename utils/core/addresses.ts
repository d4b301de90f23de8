/**
 * The address a pause page takes once its pause is answered ("Klaar" or "Later"), so the
 * background can tell a page still waiting for its person from one that is done.
 */
export const ANSWERED_PAUSE_SEARCH = '?answered';
