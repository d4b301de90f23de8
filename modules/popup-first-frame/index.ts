import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { popupViews, renderBlockingPopup, splitPopupBuilds } from './plugins';

/**
 * The popup's first frame: its views prerendered at build, its first script render-blocking, and
 * each popup page built on its own (see plugins.ts).
 */
export default defineWxtModule({
  name: 'moedpauze:popup-first-frame',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [popupViews(), renderBlockingPopup()] }));
    wxt.hooks.hook('entrypoints:grouped', (_wxt, groups) => splitPopupBuilds(groups));
  },
});
