// What the build gives the code. WXT declares it in `.wxt/` once `wxt prepare` has run (with the
// extension's own file names for `getURL`); declared here as well, so that the code type-checks,
// and an editor follows it, on a fresh checkout.
import 'wxt/browser';

declare global {
  interface ImportMetaEnv {
    /** True in the Firefox build. */
    readonly FIREFOX: boolean;
  }
  interface ImportMeta {
    readonly env: ImportMetaEnv;
  }
}

declare module 'wxt/browser' {
  interface WxtRuntime {
    /** The address of one of the extension's own files. */
    getURL(path: `/${string}`): string;
  }
}
