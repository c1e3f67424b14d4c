import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflictMarkerLines } from './conflict-markers';
import { ROOT, trackedFiles } from './tracked-files';

const [open, middle, close] = ['<', '=', '>'].map((sign) => sign.repeat(7));

describe('merge-conflict markers', () => {
  it('are in no tracked file', () => {
    const found = trackedFiles().flatMap((path) => {
      const bytes = readFileSync(`${ROOT}${path}`);
      if (bytes.includes(0)) return [];
      return conflictMarkerLines(bytes.toString('utf8')).map((line) => `${path}:${line}`);
    });
    expect(found).toEqual([]);
  });

  it.each([
    ['as git writes them', `a\n${open} HEAD\nours\n${middle}\ntheirs\n${close} main\nb`, [2, 4, 6]],
    [
      'as Prettier rewrites them in Markdown',
      `- a\n  ${open} HEAD\n- b\n  \\${middle}\n\n> > > > > > > main\n`,
      [2, 4, 6],
    ],
    ['with a diff3 base', `${'|'.repeat(7)} base\n`, [1]],
  ])('are found %s', (_how, text, lines) => {
    expect(conflictMarkerLines(text)).toEqual(lines);
  });

  it('leave Markdown headings, rules and quotes alone', () => {
    expect(conflictMarkerLines('Title\n=====\n\n---\n\n> quoted\n> > nested\nx <<< y\n')).toEqual([]);
  });
});
