import { existsSync } from 'node:fs';

/** Where `npm start` finds a browser: the variable, else Debian's path on Linux, else WXT's search. */
export interface BrowserChoice {
  /** The binary to start, or undefined: WXT's runner looks for an installed browser itself. */
  path: string | undefined;
  /** Where the path came from, for a message when it is not there. */
  from: 'variable' | 'debian' | 'search';
}

const DEBIAN_PATHS = { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' } as const;
const VARIABLES = { chrome: 'CHROME_PATH', firefox: 'FIREFOX_PATH' } as const;

/** The browser `npm start` (or `start:firefox`) opens on this machine. */
export function chooseBrowser(
  browser: 'chrome' | 'firefox',
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): BrowserChoice {
  const fromVariable = env[VARIABLES[browser]];
  if (fromVariable) return { path: fromVariable, from: 'variable' };
  const debian = DEBIAN_PATHS[browser];
  if (platform === 'linux' && exists(debian)) return { path: debian, from: 'debian' };
  return { path: undefined, from: 'search' };
}

/** True where a browser can be shown: any desktop system, or Linux with a display. */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env, platform = process.platform) {
  return platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * Why the chosen browser cannot start, in one line, or null when it can (or WXT will look for
 * one itself).
 */
export function findMissingBrowser(
  browser: 'chrome' | 'firefox',
  choice: BrowserChoice,
  exists: (path: string) => boolean = existsSync,
): string | null {
  if (choice.path === undefined || exists(choice.path)) return null;
  const name = browser === 'chrome' ? 'Chromium' : 'Firefox';
  return `No ${name} at ${choice.path} (from ${VARIABLES[browser]}): set ${VARIABLES[browser]} to a ${name} binary, or unset it.`;
}
