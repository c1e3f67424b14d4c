import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  codeSpans,
  expandAlternatives,
  filePatterns,
  markdownLinks,
  npmScripts,
  pageNames,
  pathLiterals,
  repositoryPaths,
} from './named-files';
import { ROOT, trackedFiles } from './tracked-files';

const files = trackedFiles();
const topLevel = new Set(files.map((path) => path.split('/')[0]!));
/** A path exists when git tracks it, or tracks a file inside it (a folder). */
const exists = (path: string) => {
  const bare = path.replace(/^\.\//, '').replace(/\/$/, '');
  return files.some((file) => file === bare || file.startsWith(`${bare}/`));
};
const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');

describe('README.md', () => {
  const readme = read('README.md');
  const spans = codeSpans(readme);

  it('links only to files that exist', () => {
    const links = markdownLinks(readme);
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((link) => !exists(link))).toEqual([]);
  });

  it('names only repository paths that exist', () => {
    const paths = repositoryPaths(spans, topLevel);
    expect(paths).toContain('.ci/run');
    expect(paths.filter((path) => !exists(path))).toEqual([]);
  });

  it('names only pages that have an entry point', () => {
    const pages = pageNames(spans);
    expect(pages).toContain('sidepanel');
    expect(
      pages.filter(
        (page) => !exists(`entrypoints/${page}/index.html`) && !exists(`entrypoints/${page}.html`),
      ),
    ).toEqual([]);
  });

  it('names only npm scripts that package.json has', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(npmScripts(readme).filter((name) => !(name in scripts))).toEqual([]);
  });
});

describe('wxt.config.ts', () => {
  const config = read('wxt.config.ts');

  it('matches an existing file with every alternative of its module patterns', () => {
    const patterns = filePatterns(config, topLevel);
    expect(patterns.length).toBeGreaterThan(10);
    const unmatched = patterns.filter((pattern) => {
      const test = new RegExp(pattern);
      return !files.some((file) => test.test(`/${file}`));
    });
    expect(unmatched).toEqual([]);
  });

  it('names only paths that exist', () => {
    const paths = pathLiterals(config, topLevel);
    expect(paths).toContain('entrypoints/sidepanel/index.html');
    expect(paths.filter((path) => !exists(path))).toEqual([]);
  });
});

describe('reading what a text names', () => {
  const top = new Set(['lib', 'docs', '.ci']);

  it('reads links, code paths, pages and scripts from Markdown', () => {
    const text =
      'See [a](docs/a.md#part), [b](https://x.org), `lib/state`, `npm run fix`, `grids.html`, `.ci/run`.';
    expect(markdownLinks(text)).toEqual(['docs/a.md']);
    expect(repositoryPaths(codeSpans(text), top)).toEqual(['lib/state', '.ci/run']);
    expect(pageNames(codeSpans(text))).toEqual(['grids']);
    expect(npmScripts(text)).toEqual(['fix']);
  });

  it('reads every alternative of a module pattern, and path literals', () => {
    expect(expandAlternatives('\\/lib\\/(a|b(c|d))\\.ts$')).toEqual([
      '\\/lib\\/a\\.ts$',
      '\\/lib\\/bc\\.ts$',
      '\\/lib\\/bd\\.ts$',
    ]);
    const source =
      "const A = [/node_modules\\/preact\\//, /\\/lib\\/x\\/(y|z)\\.ts$/, /format-date\\.ts$/];\nresolve('lib/x/page.html');";
    expect(filePatterns(source, top)).toEqual([
      '\\/lib\\/x\\/y\\.ts$',
      '\\/lib\\/x\\/z\\.ts$',
      'format-date\\.ts$',
    ]);
    expect(pathLiterals(source, top)).toEqual(['lib/x/page.html']);
  });
});
