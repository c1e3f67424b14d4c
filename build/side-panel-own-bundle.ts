import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Gives the side panel its own copy of every module it imports, so that its first load is ONE
 * script: nothing it starts with is shared with the other extension pages.
 *
 * Why: a module shared by several pages has to live in a chunk of its own, and each chunk is a
 * separate request through the browser's extension protocol before the panel can run. Measured
 * with `npm run bench` (docs/performance.md), one script instead of two (the panel's and the
 * shared core) opens the panel about 20 ms sooner. The cost is size on disk only: each page still
 * loads one copy.
 *
 * How: every import made by the side panel's page, or by a module imported that way, resolves to
 * the same file with `?side-panel` appended. To Rollup that is a different module from the one the
 * other pages import, so nothing of the panel's is shared, and the panel's lazily loaded steps
 * import from the panel's own script. Vite's loaders and transforms read the file by its path
 * without the query, so each copy is the same code.
 */
const MARK = 'side-panel';
const MARKED = new RegExp(`[?&]${MARK}$`);

export const isSidePanelCopy = (id: string): boolean => MARKED.test(id);
/**
 * CommonJS packages stay shared: Rollup's CommonJS plugin wraps them in modules of its own, which
 * expect the plain id. None is in the panel's first load (the readability checker's are loaded on
 * demand), and none imports Preact, so sharing them cannot give the panel a second copy of it.
 */
const commonJs = new Map<string, boolean>();
function isCommonJs(id: string): boolean {
  // The CommonJS plugin's own wrappers and helpers.
  if (/[?&]commonjs-|^\0.*commonjs/i.test(id)) return true;
  if (!id.includes('/node_modules/') || id.includes('?')) return false;
  let known = commonJs.get(id);
  if (known === undefined) {
    const code = /\.(c?js)$/.test(id) ? readFileSync(id, 'utf8') : '';
    known =
      id.endsWith('.cjs') ||
      (/\b(module\.exports|exports\.[\w$]+\s*=|require\()/.test(code) &&
        !/^\s*(import|export)\b/m.test(code));
    commonJs.set(id, known);
  }
  return known;
}

const withMark = (id: string) => `${id}${id.includes('?') ? '&' : '?'}${MARK}`;
const withoutMark = (id: string) => id.replace(MARKED, '');

export function sidePanelOwnBundle(page: string): Plugin {
  return {
    name: 'cocreate-side-panel-own-bundle',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !(importer === page || isSidePanelCopy(importer))) return null;
      const resolved = await this.resolve(source, withoutMark(importer), { ...options, skipSelf: true });
      if (!resolved || resolved.external || isSidePanelCopy(resolved.id) || isCommonJs(resolved.id))
        return resolved;
      return { ...resolved, id: withMark(resolved.id) };
    },
    // A virtual module (Vite's preload helper, WXT's plugin loader) is made by its own plugin, under its own id.
    async load(id) {
      if (!id.startsWith('\0') || !isSidePanelCopy(id)) return null;
      const original = await this.load({ id: withoutMark(id) });
      return original.code;
    },
  };
}
