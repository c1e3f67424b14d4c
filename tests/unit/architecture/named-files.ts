/**
 * The files, pages and scripts a document or a config names, read from its text, so a test can
 * check each still exists after files move.
 */

/** Relative link targets in Markdown (`[text](docs/x.md#part)` → `docs/x.md`). */
export function markdownLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!.replace(/#.*$/, ''))
    .filter((target) => target !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** Inline code spans in Markdown (`` `lib/state` `` → `lib/state`). */
export function codeSpans(markdown: string): string[] {
  return [...markdown.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!.trim());
}

/** Code spans that name a path inside the repository: they start with one of its top-level entries. */
export function repositoryPaths(spans: readonly string[], topLevel: ReadonlySet<string>): string[] {
  return spans.filter((span) => !/\s/.test(span) && topLevel.has(span.split('/')[0]!));
}

/** Extension pages named as `name.html` (the built page of `entrypoints/name/`). */
export function pageNames(spans: readonly string[]): string[] {
  return spans.flatMap((span) => /^([\w-]+)\.html$/.exec(span)?.[1] ?? []);
}

/** Scripts named as `npm run name`. */
export function npmScripts(markdown: string): string[] {
  return [...markdown.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!);
}

/** Each way `(a|b)` groups in a pattern can be read, one alternative each, nested groups included. */
export function expandAlternatives(pattern: string): string[] {
  const group = /\(([^()]*)\)/.exec(pattern);
  if (!group) return [pattern];
  const [whole, inner] = group;
  const readings = inner!
    .split('|')
    .flatMap((choice) =>
      expandAlternatives(pattern.slice(0, group.index) + choice + pattern.slice(group.index + whole.length)),
    );
  return [...new Set(readings)];
}

/**
 * The regular-expression literals in TypeScript source that name one of the repository's own files
 * (a folder of `topLevel` in them, or a `.ts`/`.tsx` ending), one per alternative, as sources.
 */
export function filePatterns(source: string, topLevel: ReadonlySet<string>): string[] {
  const folders = [...topLevel].map((entry) => entry.replace(/[.-]/g, '\\$&')).join('|');
  const namesFile = new RegExp(`\\\\/(${folders})\\\\/|\\\\\\.tsx?\\$?$`);
  return [...source.matchAll(/(?<![\w)\]])\/((?:\\\/|[^/\n*])+)\/[gimsuy]*(?=[,;\s)\]])/g)]
    .map((match) => match[1]!)
    .filter((pattern) => namesFile.test(pattern))
    .flatMap(expandAlternatives);
}

/** String literals in TypeScript source that are paths inside the repository. */
export function pathLiterals(source: string, topLevel: ReadonlySet<string>): string[] {
  return [...source.matchAll(/'([\w.-]+(?:\/[\w.-]+)+)'/g)]
    .map((match) => match[1]!)
    .filter((path) => topLevel.has(path.split('/')[0]!));
}
