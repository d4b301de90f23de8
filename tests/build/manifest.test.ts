import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What the built extensions ask of the browser: exactly these permissions, no host, no optional
// ones. Waiting out a call or a presentation asks for nothing more.

const readManifest = (build: string) =>
  JSON.parse(readFileSync(`.output/${build}/manifest.json`, 'utf8')) as Record<string, unknown>;

describe('the built manifests', () => {
  it.each([
    ['chrome-mv3', ['alarms', 'notifications', 'idle', 'offscreen']],
    ['firefox-mv3', ['alarms', 'notifications', 'idle']],
  ])('%s asks for %j and nothing else', (build, permissions) => {
    const manifest = readManifest(build);
    expect(manifest.permissions).toEqual(permissions);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
  });
});
