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

const STORAGE = {
  group: ['**/storage/*', '**/lib/storage/*'],
  message: 'This folder does not reach storage: take the data or a repository as a parameter.',
};
const STATE = { group: ['**/state/*'], message: 'This folder does not reach the app state (lib/state).' };
/** The domain sits below every service: they use it, never the other way round. */
const ABOVE_DOMAIN = {
  group: ['**/state/*', '**/retention/*', '**/backup/*'],
  message:
    'The domain does not reach the services (lib/state, lib/retention, lib/backup): take what they give.',
};
const SERVICES = {
  group: ['**/state/*', '**/retention/*', '**/backup/*'],
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
    // Services: the model and the whole-database jobs, over the repositories.
    files: ['lib/state/**', 'lib/retention/**'],
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
];
