import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, with a trailing slash (Node's path functions, whatever the test environment). */
export const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../..')}/`;

/** Every file git tracks (or is about to: added but not committed), relative to the root. */
export function trackedFiles(root = ROOT): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\0')
    .filter(Boolean);
}
