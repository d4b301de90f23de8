import { defineWxtModule } from 'wxt/modules';

/** Firefox's own settings: the add-on's id (which sync and updates need), versions, no data taken. */
export const FIREFOX_SETTINGS = {
  gecko: {
    id: 'moedpauze@moedpauze.org',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

/** What the manifest takes beyond wxt.config.ts: the localised tooltip, Firefox's settings. */
export default defineWxtModule({
  name: 'moedpauze:manifest',
  setup(wxt) {
    wxt.hooks.hook('build:manifestGenerated', (_wxt, manifest) => {
      // WXT takes the action's title from the popup's <title>; the toolbar tooltip is localised.
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
      if (wxt.config.browser === 'firefox') {
        Object.assign(manifest, { browser_specific_settings: FIREFOX_SETTINGS });
      }
    });
  },
});
