// A module the build writes (a script, with no imports, so this declares it rather than extends it).

/**
 * The popup prerendered in one language (wxt.config.ts, entrypoints/popup/prerender.tsx): its
 * views by the look of their card, for its first script to paint from.
 */
declare module 'virtual:popup-views/*' {
  const views: import('@/entrypoints/popup/paint').PopupViews;
  export default views;
}
