import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Puts a page's style sheets inside its HTML, so the page waits for no style sheet before it can
 * paint: each linked sheet is one more request through the browser's extension protocol, and a
 * script does not run until the sheets before it have loaded (panel open, docs/performance.md).
 *
 * The content security policy still refuses every inline style but these: `styleHashes` holds the
 * SHA-256 of each inlined sheet, which wxt.config.ts adds to `style-src` (docs/privacy.md).
 */
export function inlinePageStyles(pages: readonly string[], styleHashes: Set<string>): Plugin {
  return {
    name: 'cocreate-inline-page-styles',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const page of pages) {
        const html = bundle[page];
        if (!html || html.type !== 'asset' || typeof html.source !== 'string') continue;
        html.source = html.source.replace(
          /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g,
          (link, file: string) => {
            const sheet = bundle[file];
            if (!sheet || sheet.type !== 'asset') return link;
            const css = String(
              sheet.source instanceof Uint8Array ? new TextDecoder().decode(sheet.source) : sheet.source,
            );
            // `</style` inside a sheet would end the element early; Vite's CSS never has one.
            if (/<\/style/i.test(css)) return link;
            styleHashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
            return `<style>${css}</style>`;
          },
        );
      }
    },
  };
}

/** The policy with `style-src` allowing the extension's own sheets and exactly the inlined ones. */
export function withStyleHashes(policy: string, styleHashes: ReadonlySet<string>): string {
  if (styleHashes.size === 0) return policy;
  if (/(^|;)\s*style-src\b/.test(policy))
    throw new Error('The extension pages policy already has a style-src.');
  return `${policy}; style-src 'self' ${[...styleHashes].sort().join(' ')}`;
}
