import { existsSync } from 'node:fs';

/** Debian's Chromium unless CHROME_PATH says otherwise; never a downloaded browser. */
export function chromiumPath() {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export function hasChromium() {
  return existsSync(chromiumPath());
}
