/**
 * The strings of a change that met another one made meanwhile (on another page, in another tab,
 * by the background): what happened, what is stored there now, and the choices. Shared by every
 * page that edits what a person wrote.
 */
export interface EditMessages {
  /** It changed elsewhere since the editor began. */
  changedHeading: string;
  changedText: string;
  /** It was deleted elsewhere while it was being edited. */
  goneHeading: string;
  goneText: string;
  /** Names what is stored there now, shown beside the person's own words. */
  theirsLabel: string;
  keepMine: string;
  keepBoth: string;
  keepTheirs: string;
  restoreMine: string;
  letMineGo: string;
  /** Leaving the page with words typed and not kept: the browser asks; some browsers show it. */
  unsavedWords: string;
}
