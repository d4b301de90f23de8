/** What `npm start` says once the extension is built, by browser and whether one can be shown. */
export function sayStarted(browser: 'chrome' | 'firefox', canShow: boolean, outDir: string) {
  if (canShow) {
    return browser === 'firefox'
      ? 'Moedpauze is built: Firefox opens with it loaded. Its icon is under the extensions button in the toolbar; choose "Pin to Toolbar" there to keep it in sight.'
      : 'Moedpauze is built: Chromium opens with it loaded. Its icon is under the puzzle piece in the toolbar; pin it there to keep it in sight.';
  }
  return browser === 'firefox'
    ? `Moedpauze is built. No display here, so no browser opens. Keep this running, then in Firefox open about:debugging#/runtime/this-firefox, choose "Load Temporary Add-on…" and pick ${outDir}/manifest.json`
    : `Moedpauze is built. No display here, so no browser opens. Keep this running, then in Chrome or Edge open chrome://extensions, turn on "Developer mode", choose "Load unpacked" and pick ${outDir}`;
}
