import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config, { E2E_ALONE } from '../../../vitest.config';
import { ROOT } from './tracked-files';

/**
 * A file that writes browser policy where every browser reads it, or drives a headed browser with
 * real input, would disturb (or be disturbed by) another file running beside it.
 */
const NEEDS_THE_MACHINE = /\/etc\/|POLICY_DIR|policies\.json|distribution|from '\.\/(force-install|headed)'/;

const e2eFiles = readdirSync(`${ROOT}tests/e2e`)
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => `tests/e2e/${name}`);

interface Project {
  test: {
    name: string;
    include?: string[];
    exclude?: string[];
    maxWorkers?: number;
    fileParallelism?: boolean;
  };
}
const projects = (config as { test: { projects: Project[] } }).test.projects;
const project = (name: string) => projects.find((p) => p.test.name === name)!.test;

describe('end-to-end files run two at a time, except those that need the machine alone', () => {
  it('runs alone every file that writes browser policy or drives a headed browser', () => {
    const needing = e2eFiles.filter((file) => NEEDS_THE_MACHINE.test(readFileSync(`${ROOT}${file}`, 'utf8')));
    expect(needing.length).toBeGreaterThan(5);
    expect(needing.filter((file) => !E2E_ALONE.includes(file))).toEqual([]);
  });

  it('names only files that exist', () => {
    expect(E2E_ALONE.filter((file) => !e2eFiles.includes(file))).toEqual([]);
  });

  it('keeps those files out of the two-at-a-time project and one at a time in their own', () => {
    expect(project('e2e')).toMatchObject({ maxWorkers: 2, exclude: E2E_ALONE });
    expect(project('e2e-alone')).toMatchObject({ include: E2E_ALONE, fileParallelism: false });
  });
});
