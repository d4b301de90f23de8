import { describe, expect, it } from 'vitest';
import manifestModule, { FIREFOX_SETTINGS } from '@/modules/manifest';

/** Runs the module's setup on a fake WXT and returns what it makes of a manifest. */
function finish(browser: string, manifest: Record<string, unknown>) {
  const hooks = new Map<string, (wxt: unknown, manifest: Record<string, unknown>) => void>();
  const wxt = {
    config: { browser },
    hooks: { hook: (name: string, run: never) => hooks.set(name, run) },
  };
  manifestModule.setup?.(wxt as never, undefined as never);
  hooks.get('build:manifestGenerated')?.(wxt, manifest);
  return manifest;
}

describe("the manifest's last touches", () => {
  it("localises the toolbar's tooltip in every browser", () => {
    expect(finish('chrome', { action: { default_title: 'Moedpauze' } })).toEqual({
      action: { default_title: '__MSG_actionTitle__' },
    });
  });

  it("adds Firefox's settings to Firefox's manifest only", () => {
    expect(finish('firefox', {})).toEqual({ browser_specific_settings: FIREFOX_SETTINGS });
    expect(finish('chrome', {})).toEqual({});
    expect(FIREFOX_SETTINGS.gecko.id).toBe('moedpauze@moedpauze.org');
  });
});
