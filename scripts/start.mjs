// `npm start`: build the extension and the demo EHR, serve the demo on 127.0.0.1,
// and open Chromium with Cocreate loaded beside it. Data persists in .cocreate-profile/.
import { execSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromiumPath, hasChromium } from './chromium-path.mjs';
import { serveDemo } from './serve-demo.mjs';

const run = (command) => execSync(command, { stdio: 'inherit' });

if (!hasChromium()) {
  console.log(`Chromium not found at ${chromiumPath()}; installing Debian's chromium package with apt-get…`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  run(`${sudo}apt-get update && ${sudo}apt-get install -y chromium`);
}

run('npx wxt build');
run('npx vite build --config demo-ehr/vite.config.ts');

const { url, close } = await serveDemo({ port: Number(process.env.PORT ?? 5177) });
const extension = resolve('.output/chrome-mv3');
const browser = spawn(
  chromiumPath(),
  [
    `--user-data-dir=${resolve('.cocreate-profile')}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    url,
  ],
  { stdio: 'inherit' },
);
console.log(
  `\nDemo EHR: ${url}\nClick the Cocreate toolbar icon (puzzle piece → pin it) or press Alt+Shift+O to open the sidebar.\n`,
);
browser.on('exit', () => void close().then(() => process.exit(0)));
process.on('SIGINT', () => browser.kill());
