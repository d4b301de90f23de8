/** The keyboard command that starts a pause at any time; the manifest suggests Alt+Shift+P. */
export const TAKE_PAUSE_COMMAND = 'take-pause';
