import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { inlinePageStyles, withStyleHashes } from './build/inline-page-styles';
import { isSidePanelCopy, sidePanelOwnBundle } from './build/side-panel-own-bundle';
import { practiceHostPermissions } from './lib/insert/practice-sites';

// Separate output folders let parallel builds (tests, benchmarks) not clobber each other.
const outDir = process.env.COCREATE_OUT_DIR ?? '.output';

/**
 * No remote code, no connections: extension pages reach nothing but their own files (docs/privacy.md).
 * `default-src 'self'` also stops remote images, styles, fonts and frames, which would otherwise
 * leak the page being viewed to a third party (found by tests/e2e/trust-leaks.test.ts).
 * `worker-src 'self'`: without it workers fall back to script-src, which Chromium lets a page
 * bypass with `new Worker(blob:…)`; only the extension's own files may run as workers.
 */
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data: blob:; base-uri 'none'; form-action 'none'";

/**
 * A practice build lists its EHR's site (COCREATE_EHR_SITES): force-installed by enterprise policy,
 * the browser grants it with the install, so Insert works with no click (docs/deploying.md).
 * Empty in the published build, which asks for nothing at install.
 */
const PRACTICE_SITES = process.env.COCREATE_EHR_SITES;

/** The baseline pages exist for `npm run bench` only (scripts/bench.mjs sets this). */
const BENCHMARK_BUILD = process.env.COCREATE_BENCH === '1';
const BENCHMARK_PAGES = [
  ['blank.html', 'bench-blank.html'],
  ['one-script.html', 'bench-one-script.html'],
  ['one-script.js', 'bench-one-script.js'],
] as const;

/**
 * What the other extension pages load first (Preact, signals, and the storage, settings and domain
 * code they share, Dexie aside: see DATABASE_MODULES), as ONE file. Left to itself Rollup splits it
 * into about ten small shared chunks, each a separate request through the browser's extension
 * protocol. (The side panel shares nothing: it has its own copy of what it imports, see
 * build/side-panel-own-bundle.ts.)
 */
const CORE_MODULES = [
  /node_modules\/preact\//,
  /node_modules\/@preact\/signals/,
  /node_modules\/wxt\/dist\/browser\.mjs$/,
  /node_modules\/@wxt-dev\/browser\//,
  /vite\/preload-helper/,
  // The stores most pages read. A module listed here joins every page's first load, whether that
  // page uses it or not.
  /\/lib\/storage\/(consultations|settings|draft-journal|save-error|plans-given)\.ts$/,
  /\/lib\/settings\/(managed|nation|setting-fields|settings)\.ts$/,
  /\/lib\/domain\/(elements|new-consultation|element-registry|field-kinds|element-used|text-fields|unsaved-text|leaf-patch)\.ts$/,
  /\/lib\/ids\/new-id\.ts$/,
  /\/lib\/state\/(settings-store|connect-managed|sync-channel)\.ts$/,
  /format-date\.ts$/,
  /\/components\/fields\/TextField\.tsx$/,
  /\/lib\/i18n\/en\.ts$/,
  /wxt-html-plugins/,
];
// Dexie and the database's definition: every page that stores anything shares this chunk. The side
// panel has its own copy, which it loads after its first paint (entrypoints/sidepanel/main.tsx).
const DATABASE_MODULES = [
  /node_modules\/dexie\//,
  /\/lib\/storage\/(db|audit-weeks|upgrades|schema)\.ts$/,
  /\/lib\/audit\/(audit-row|iso-week)\.ts$/,
];

function chunkOf(id: string): string | undefined {
  // The panel's copies go where Rollup puts them: its script, or what a step or the database
  // loads on demand. (A manual chunk would also take in every module it imports that no other
  // manual chunk claims, and the panel would have to load it at once.)
  if (isSidePanelCopy(id)) return undefined;
  // Rollup's CommonJS helper is used by the side panel's steps too: a file of its own, so that
  // loading it never brings the other pages' `core` (and a second Preact) into the panel.
  if (id.startsWith('\0commonjsHelpers')) return 'commonjs-helpers';
  if (DATABASE_MODULES.some((pattern) => pattern.test(id))) return 'database';
  return CORE_MODULES.some((pattern) => pattern.test(id)) ? 'core' : undefined;
}

const SIDE_PANEL_PAGE = resolve('entrypoints/sidepanel/index.html');
/** SHA-256 of each style sheet put inside a page's HTML, for the policy's `style-src`. */
const INLINE_STYLE_HASHES = new Set<string>();

export default defineConfig({
  outDir,
  imports: false,
  hooks: {
    // The side panel's sheets are inside its HTML: the policy allows exactly those (docs/privacy.md).
    'build:manifestGenerated': (_wxt, manifest) => {
      const policy = manifest.content_security_policy;
      if (typeof policy === 'string')
        manifest.content_security_policy = withStyleHashes(policy, INLINE_STYLE_HASHES);
      else if (policy?.extension_pages)
        policy.extension_pages = withStyleHashes(policy.extension_pages, INLINE_STYLE_HASHES);
    },
    // A page nobody needs is a page that can be misused: only the benchmark build has these. They
    // are copied as they are: built as entry points they would gain the script WXT adds to every
    // page, and a baseline must not run one (docs/performance.md).
    'build:publicAssets': (_wxt, files) => {
      if (!BENCHMARK_BUILD) return;
      for (const [source, output] of BENCHMARK_PAGES)
        files.push({ absoluteSrc: resolve('bench/pages', source), relativeDest: output });
    },
  },
  vite: () => ({
    plugins: [
      preact(),
      sidePanelOwnBundle(SIDE_PANEL_PAGE),
      inlinePageStyles(['entrypoints/sidepanel/index.html'], INLINE_STYLE_HASHES),
      {
        name: 'cocreate-core-chunk',
        // Pages only: the background script is built as one file already (inlined imports).
        outputOptions: (output) =>
          output.inlineDynamicImports ? output : { ...output, manualChunks: chunkOf },
      },
    ],
    // Terser, not the default minifier: 1.6 KB gzip less in the side panel's first second
    // (59.0 against 60.6 KB, measured by `npm run bench -- --only=payload`), for about 15 s more build.
    // Preload only a lazy chunk's style sheets: its scripts load with it from the extension's own
    // files, and listing every chunk's script dependencies in the first script cost about 0.5 KB
    // gzip of the 60 KB budget (docs/performance.md, "Initial payload").
    build: {
      sourcemap: false,
      minify: 'terser',
      modulePreload: {
        polyfill: false,
        resolveDependencies: (_file, deps) => deps.filter((d) => d.endsWith('.css')),
      },
    },
    // Dexie's own minified ESM build, not the UMD one its import wrapper loads: 1.4 KB less gzip
    // than UMD, and its minifier's output is 1.3 KB gzip smaller than esbuild's of the plain ESM
    // build (the panel's first second has a 60 KB budget; docs/performance.md). Every import
    // shares the one copy.
    resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.min.mjs' }] },
  }),
  manifest: ({ browser }) => ({
    name: 'Cocreate',
    description:
      'A sidebar for shared decision making: the seven elements of cocreating health, option grids and a patient-readable agreed plan.',
    // Least that works: no host permissions (but a practice build's EHR site); insertion injects on demand via activeTab (the icon or its
    // shortcut), or into a site the clinician or practice allowed for good (docs/privacy.md).
    permissions:
      browser === 'firefox'
        ? [
            'storage',
            'activeTab',
            'scripting',
            'clipboardWrite',
            // Manifest V2 keeps host permissions among the others (Firefox patterns carry no port).
            ...practiceHostPermissions(PRACTICE_SITES, false),
          ]
        : ['sidePanel', 'storage', 'activeTab', 'scripting', 'clipboardWrite'],
    ...(browser !== 'firefox' && PRACTICE_SITES
      ? { host_permissions: practiceHostPermissions(PRACTICE_SITES, true) }
      : {}),
    // Manifest V2 (Firefox) has no optional_host_permissions: host patterns go in optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: 'Open Cocreate' },
    // Alt+Shift+C is never assigned by Chromium 156 (an empty shortcut after install, as a named
    // command too); Alt+Shift+O is (tests/e2e/fresh-install.test.ts checks commands.getAll()).
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+O' },
              description: 'Open the Cocreate sidebar',
            },
          }
        : {
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+O' },
              description: 'Open the Cocreate side panel',
            },
          },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    storage: { managed_schema: 'managed-schema.json' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cocreate@cocreate.example',
              // scripting.executeScript with world: 'MAIN' (rich editors) needs Firefox 128.
              strict_min_version: '128.0',
              // Firefox's declaration that the extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
