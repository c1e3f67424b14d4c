import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumPath } from '../../scripts/chromium-path.mjs';
import { EXTENSION_DIR } from './harness';

export const WINDOW = { width: 1200, height: 850 };

/** Whether this machine can run headed Chromium under a virtual X server with real input. */
export function canRunHeaded(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v Xvfb && command -v xdotool'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Starts Xvfb on a free display; resolves with its name (":99") and a stop function. */
export function startXvfb(): Promise<{ display: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const server: ChildProcess = spawn(
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      },
    );
    server.once('error', reject);
    (server.stdio[3] as NodeJS.ReadableStream).once('data', (chunk: Buffer) =>
      resolve({ display: `:${chunk.toString().trim()}`, stop: () => void server.kill() }),
    );
  });
}

/** The id Chromium gives an unpacked extension: SHA-256 of its absolute path, hex digits as a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface HeadedSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Real X input: xdotool with the session's display. */
  x(...args: (string | number)[]): string;
  /** Evaluates an expression in the real side panel (not reachable through Playwright) over CDP. */
  inPanel<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * Headed Chromium with a fresh copy of the built extension and NO permission granted beyond its
 * manifest. The only thing prepared is the toolbar pin (a preference, not a permission), so the
 * icon can be clicked without opening the puzzle-piece menu.
 */
export async function launchHeaded(display: string): Promise<HeadedSession> {
  const parent = mkdtempSync(join(tmpdir(), 'cocreate-fresh-'));
  const dir = join(parent, 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const extensionId = unpackedExtensionId(dir);
  const profile = join(parent, 'profile');
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { pinned_extensions: [extensionId] } }),
  );
  const port = 9300 + Math.floor(Math.random() * 500);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    viewport: null,
    env: { ...process.env, DISPLAY: display },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-position=0,0',
      `--window-size=${WINDOW.width},${WINDOW.height}`,
      `--remote-debugging-port=${port}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const x = (...args: (string | number)[]) =>
    execFileSync('xdotool', args.map(String), { env: { ...process.env, DISPLAY: display } }).toString();

  async function inPanel<T>(expression: string): Promise<T> {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
      url: string;
      webSocketDebuggerUrl: string;
    }[];
    const panel = targets.find((target) => target.url.includes(`${extensionId}/sidepanel.html`));
    if (!panel) throw new Error('the side panel is not open');
    return new Promise<T>((resolve, reject) => {
      const socket = new WebSocket(panel.webSocketDebuggerUrl);
      socket.on('error', reject);
      socket.on('open', () =>
        socket.send(
          JSON.stringify({
            id: 1,
            method: 'Runtime.evaluate',
            params: { expression, returnByValue: true, awaitPromise: true },
          }),
        ),
      );
      socket.on('message', (data: Buffer) => {
        const reply = JSON.parse(data.toString()) as { id?: number; result?: { result?: { value?: T } } };
        if (reply.id !== 1) return;
        socket.close();
        resolve(reply.result?.result?.value as T);
      });
    });
  }

  return {
    context,
    worker,
    extensionId,
    x,
    inPanel,
    async close() {
      await context.close();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
