import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, join, resolve } from 'node:path';
import { chromiumPath } from '../../scripts/chromium-path.mjs';

/** Where Debian's Chromium reads mandatory policy on Linux (as docs/deploying.md tells an IT lead). */
export const POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * Why the force-install test cannot run here, or '' when it can. It needs root (to write policy,
 * as tests/e2e/settings-managed-policy.test.ts does) and a private mount namespace (`unshare`).
 */
export function whyNoPrivatePolicy(): string {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    execFileSync('unshare', ['--mount', '--', 'mount', '--bind', '/tmp', POLICY_DIR], { stdio: 'ignore' });
    return '';
  } catch {
    return `cannot give Chromium a private ${POLICY_DIR} (needs root and unshare, as CI has)`;
  }
}

/**
 * A launcher that starts `program` in a new mount namespace with `folder` mounted on `mountPoint`.
 * The browser reads a real policy file from its real path, but a force-install written to the shared
 * folder would also install the practice build into every other browser started on this machine
 * meanwhile (other tests). The mount ends with the browser.
 */
export function inPrivateMount(program: string, folder: string, mountPoint: string, scratch: string): string {
  const launcher = join(scratch, `own-${basename(program)}.sh`);
  // In `sh -c`, $0 is the folder and "$@" is the program with every argument the test driver passed.
  writeFileSync(
    launcher,
    [
      '#!/bin/sh',
      `exec unshare --mount -- sh -c 'mount --bind "$0" ${mountPoint} && exec "$@"' '${folder}' '${program}' "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(launcher, 0o755);
  return launcher;
}

/** A Chromium whose policy folder (/etc/chromium/policies/managed) is `policyDir`. */
export const chromiumWithPolicyFrom = (policyDir: string, scratch: string): string =>
  inPrivateMount(chromiumPath(), policyDir, POLICY_DIR, scratch);

/**
 * Builds the extension as a practice would for its EHR (docs/deploying.md): `COCREATE_EHR_SITES`
 * set, into its own output folder so the test's build never replaces the one other tests load.
 */
export function buildPracticeExtension(
  ehrOrigin: string,
  outDir: string,
  browser: 'chrome' | 'firefox' = 'chrome',
): string {
  execFileSync(resolve('node_modules/.bin/wxt'), ['build', '-b', browser], {
    env: { ...process.env, COCREATE_OUT_DIR: outDir, COCREATE_EHR_SITES: ehrOrigin },
    stdio: 'ignore',
  });
  return join(outDir, browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
}

/**
 * Packs the folder into a .crx with Chromium's own packer and the practice's key. The id follows
 * from the key alone (the first 128 bits of the SHA-256 of the public key, digits written a–p), so
 * every version packed with the same key keeps the id the policy names.
 */
export function packExtension(dir: string, scratch: string): { crx: Buffer; id: string } {
  const key = join(scratch, 'practice-key.pem');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(key, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  execFileSync(
    chromiumPath(),
    ['--headless=new', '--no-sandbox', `--pack-extension=${dir}`, `--pack-extension-key=${key}`],
    { stdio: 'ignore' },
  );
  const publicKey = createPublicKey(readFileSync(key)).export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(publicKey).digest('hex').slice(0, 32);
  const id = [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
  return { crx: readFileSync(`${dir}.crx`), id };
}

/** The practice's update server: an update manifest naming the .crx, and the .crx itself. */
export async function serveUpdates(
  id: string,
  version: string,
  crx: Buffer,
): Promise<{ updateUrl: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    if (path === '/updates.xml') {
      response.writeHead(200, { 'content-type': 'application/xml' });
      response.end(
        `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="${id}"><updatecheck codebase="${base}cocreate.crx" version="${version}" /></app>
</gupdate>`,
      );
    } else if (path === '/cocreate.crx') {
      response.writeHead(200, { 'content-type': 'application/x-chrome-extension' });
      response.end(crx);
    } else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  return {
    updateUrl: `${base}updates.xml`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
