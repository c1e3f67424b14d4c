import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './tracked-files';

/** The commands .ci/run runs, in order (comments, the install step's branches and blank lines left out). */
const commands = readFileSync(`${ROOT}.ci/run`, 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => /^npm /.test(line));

describe('.ci/run', () => {
  it('installs, lints (type-aware ESLint and Prettier), then runs exactly the README test command', () => {
    expect(commands).toEqual(['npm ci --no-audit --no-fund', 'npm run lint', 'npm test']);
  });

  it('lints with type-aware ESLint and Prettier', () => {
    const { lint } = (
      JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(lint).toMatch(/eslint \./);
    expect(lint).toMatch(/prettier --check \./);
  });
});
