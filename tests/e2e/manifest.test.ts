import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const outDir = resolve(process.env.COCREATE_OUT_DIR ?? '.output');
const readManifest = (target: string) =>
  JSON.parse(readFileSync(resolve(outDir, target, 'manifest.json'), 'utf8')) as Record<string, unknown>;

/** The permissions we have argued for in docs/privacy.md; anything else fails the build. */
const ALLOWED_PERMISSIONS = ['sidePanel', 'storage', 'activeTab', 'scripting', 'clipboardWrite'];

describe('built manifests', () => {
  it('Chrome: side panel, action, shortcut, and no required host permissions', () => {
    const manifest = readManifest('chrome-mv3');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.action).toBeDefined();
    expect(Object.keys(manifest.commands as object)).toContain('_execute_action');
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    for (const permission of manifest.permissions as string[])
      expect(ALLOWED_PERMISSIONS).toContain(permission);
  });

  it('Chrome: a strict content security policy for extension pages', () => {
    const csp = (readManifest('chrome-mv3').content_security_policy as { extension_pages: string })
      .extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    // new Worker(blob:…) would otherwise run code the extension never shipped.
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('allows an inline style only by the hash of a sheet the extension ships inside its own pages', () => {
    const policies: [string, string][] = [
      [
        'chrome-mv3',
        (readManifest('chrome-mv3').content_security_policy as { extension_pages: string }).extension_pages,
      ],
      ['firefox-mv2', readManifest('firefox-mv2').content_security_policy as string],
    ];
    for (const [target, policy] of policies) {
      const shipped = readdirSync(resolve(outDir, target))
        .filter((file) => file.endsWith('.html'))
        .flatMap((file) => [
          ...readFileSync(resolve(outDir, target, file), 'utf8').matchAll(/<style>([^<]*)<\/style>/g),
        ])
        .map((match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`);
      expect(shipped.length).toBeGreaterThan(0);
      const styleSrc = policy
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .find(([name]) => name === 'style-src');
      expect(styleSrc?.slice(1).sort()).toEqual(["'self'", ...new Set(shipped)].sort());
      expect(policy).toContain("default-src 'self'");
    }
  });

  it('ships the benchmark baseline pages only in the benchmark build, the blank one with no script', () => {
    const benchmarkBuild = process.env.COCREATE_BENCH === '1';
    for (const page of ['bench-blank.html', 'bench-one-script.html', 'bench-one-script.js'])
      expect(existsSync(resolve(outDir, 'chrome-mv3', page)), page).toBe(benchmarkBuild);
    if (benchmarkBuild)
      expect(readFileSync(resolve(outDir, 'chrome-mv3', 'bench-blank.html'), 'utf8')).not.toMatch(/<script/i);
  });

  it('Firefox: MV2 host patterns as optional_permissions, and the version scripting in the MAIN world needs', () => {
    const manifest = readManifest('firefox-mv2');
    expect(manifest.manifest_version).toBe(2);
    // MV2 has no optional_host_permissions: Firefox would drop it, and "Always allow" could never be granted.
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toEqual(expect.arrayContaining(['https://*/*', 'http://*/*']));
    // Nothing granted at install: a site is entered only after the clinician's "Always allow" or the icon.
    expect((manifest.permissions as string[]).filter((p) => p.includes('://'))).toEqual([]);
    const gecko = (manifest.browser_specific_settings as { gecko: { strict_min_version: string } }).gecko;
    // scripting.executeScript({ world: 'MAIN' }) (rich editors) exists from Firefox 128.
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(128);
    // The Firefox the e2e tests run on (Debian's firefox-esr) must be one the add-on installs on.
    if (existsSync(FIREFOX)) {
      const version = /(\d+)\.\d+/.exec(execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }));
      expect(Number(version?.[1])).toBeGreaterThanOrEqual(Number.parseFloat(gecko.strict_min_version));
    }
  });

  it('Firefox: a sidebar_action and a clean web-ext lint', () => {
    const manifest = readManifest('firefox-mv2');
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    const report = JSON.parse(
      execFileSync(
        resolve('node_modules/.bin/web-ext'),
        ['lint', '-s', resolve(outDir, 'firefox-mv2'), '-o', 'json'],
        {
          encoding: 'utf8',
        },
      ),
    ) as { summary: { errors: number }; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
