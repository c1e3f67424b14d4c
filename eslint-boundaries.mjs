/**
 * Who may import whom (docs/architecture.md, "Layers"). Used by eslint.config.mjs and by the
 * architecture test (tests/unit/architecture/boundaries.test.ts), which lints planted violations
 * with exactly these rules.
 */

/** The tables of lib/storage/db.ts: only lib/storage names them. */
export const TABLES = ['consultations', 'plans', 'grids', 'settings', 'pdsa', 'auditWeeks', 'retentionRuns'];

/** Syntax every file is held to (kept here so the table rule below can extend it). */
export const BASE_SYNTAX = [
  { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never markup.' },
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render text, never markup.' },
];

const tableNames = `/^(${TABLES.join('|')})$/`;
const TABLE_MESSAGE = 'Only lib/storage names a table: use its repository (lib/storage/*.ts).';
/**
 * What may hold the database, read from the code's shape (the rules run without types): a name
 * like `db`, `opened`, `database` or `…Db`, such a name on another object (`deps.db`), or an awaited
 * value (`(await db).consultations`). Dexie's `table(…)` is refused on any object.
 */
const DATABASE_NAME = '/^(db|database|opened)$|(Db|Database)$/';
const DATABASE_HOLDERS = [
  `[object.type='Identifier'][object.name=${DATABASE_NAME}]`,
  `[object.type='MemberExpression'][object.property.name=${DATABASE_NAME}]`,
  "[object.type='AwaitExpression']",
];
const TABLE_SYNTAX = [
  ...DATABASE_HOLDERS.flatMap((holder) => [
    { selector: `MemberExpression${holder}[property.name=${tableNames}]`, message: TABLE_MESSAGE },
    {
      selector: `MemberExpression${holder}[computed=true][property.value=${tableNames}]`,
      message: TABLE_MESSAGE,
    },
  ]),
  { selector: "CallExpression[callee.property.name='table']", message: TABLE_MESSAGE },
];

/**
 * Views only show and ask (docs/architecture.md, "Views and their application model"): a component
 * reads its page's model and calls its named commands. It takes no value from lib/storage (types
 * only), never changes the consultation with `update` (a browser API's `windows.update` is not the
 * model's) and never makes the time (`new Date()`, `Date.now`): the model's clock does, so a test or
 * a recorded time never depends on when a view happened to render.
 */
const VIEW_STORAGE =
  'A view does not reach storage: ask its application model (lib/app/) or take a function.';
const VIEW_SYNTAX = [
  { selector: "ImportDeclaration[importKind!='type'][source.value=/lib.storage./]", message: VIEW_STORAGE },
  {
    selector: "ExportNamedDeclaration[exportKind!='type'][source.value=/lib.storage./]",
    message: VIEW_STORAGE,
  },
  { selector: 'ImportExpression[source.value=/lib.storage./]', message: VIEW_STORAGE },
  {
    selector: "CallExpression[callee.property.name='update'][callee.object.name!='windows']",
    message: 'A view changes the consultation through a named command of its model, never update().',
  },
  {
    selector: "CallExpression[callee.property.name='apply'][arguments.0.type=/FunctionExpression$/]",
    message: 'A view applies a named action of the domain, never a function of its own.',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'A view never makes the time: take it from its model or a prop.',
  },
  {
    selector: "MemberExpression[object.name='Date'][property.name='now']",
    message: 'A view never makes the time: take it from its model or a prop.',
  },
];
const STORAGE = {
  group: ['**/storage/*', '**/lib/storage/*'],
  message: 'This folder does not reach storage: take the data or a repository as a parameter.',
};
const STATE = { group: ['**/state/*'], message: 'This folder does not reach the app state (lib/state).' };
/** The domain sits below every service: they use it, never the other way round. */
const ABOVE_DOMAIN = {
  group: ['**/state/*', '**/retention/*', '**/backup/*', '**/app/*'],
  message:
    'The domain does not reach the services (lib/state, lib/retention, lib/backup, lib/app): take what they give.',
};
const SERVICES = {
  group: ['**/state/*', '**/retention/*', '**/backup/*', '**/app/*'],
  message: 'Storage is below the services (lib/state, lib/retention, lib/backup), never above them.',
};
const UI = {
  group: [
    '**/components/*',
    '**/entrypoints/*',
    'preact',
    'preact/*',
    '@preact/signals',
    '@testing-library/*',
  ],
  message: 'No UI in lib/: components use lib, never the other way round.',
};
const SIGNALS = { group: ['@preact/signals-core'], message: 'The domain holds no signals; lib/state does.' };
const BROWSER = {
  group: ['webextension-polyfill', 'wxt', 'wxt/*', '#imports'],
  message: 'lib/ is browser-free: take `browser` as a parameter.',
};
const DEXIE = { group: ['dexie', 'dexie-*'], message: 'Only lib/storage talks to Dexie.' };
const DEXIE_EXCEPT_BACKUP = { group: ['dexie'], message: 'Only lib/storage talks to Dexie.' };

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/** The domain: plain TypeScript, no storage, no state, no UI, no browser. */
export const DOMAIN_FOLDERS = [
  'domain',
  'agreement',
  'brief-interventions',
  'collaborate',
  'preparation',
  'plan',
  'export',
  'outputs',
  'readability',
  'ids',
  'review',
  'continuity',
  'audit',
  'pdsa',
  'report',
  'sms',
  'standards',
  'option-grids',
  'insert',
  'settings',
];

export const boundaries = [
  {
    files: DOMAIN_FOLDERS.map((folder) => `lib/${folder}/**`),
    rules: restrict(STORAGE, ABOVE_DOMAIN, UI, SIGNALS, BROWSER, DEXIE),
  },
  {
    // The strings follow the chosen language through one signal (lib/i18n/catalogue.ts).
    files: ['lib/i18n/**'],
    rules: restrict(STORAGE, ABOVE_DOMAIN, UI, BROWSER, DEXIE),
  },
  {
    // Services: the model and the whole-database jobs, over the repositories; and the page models
    // (lib/app) over them, which views read and call (docs/architecture.md, "Views and their application model").
    files: ['lib/state/**', 'lib/retention/**', 'lib/app/**'],
    rules: restrict(UI, BROWSER, DEXIE),
  },
  {
    // A backup is the whole database as one file (dexie-export-import), so it sits beside storage.
    files: ['lib/backup/**'],
    rules: restrict(STATE, UI, BROWSER, DEXIE_EXCEPT_BACKUP),
  },
  {
    files: ['lib/storage/**'],
    rules: restrict(SERVICES, UI, SIGNALS, BROWSER),
  },
  {
    // No component or entry point touches Dexie: they open the database and use repositories.
    files: ['components/**', 'entrypoints/**'],
    rules: restrict(DEXIE),
  },
  {
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    ignores: ['lib/storage/**', 'lib/backup/**'],
    rules: { 'no-restricted-syntax': ['error', ...BASE_SYNTAX, ...TABLE_SYNTAX] },
  },
  {
    // Every view: none is exempt (tests/unit/architecture/boundaries.test.ts).
    files: ['components/**'],
    rules: { 'no-restricted-syntax': ['error', ...BASE_SYNTAX, ...TABLE_SYNTAX, ...VIEW_SYNTAX] },
  },
];
