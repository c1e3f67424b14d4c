import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules', '.output*', '.wxt', 'demo-ehr/dist', 'scripts/**/*.d.mts', 'eslint.config.mjs'],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never markup.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Render text, never markup.',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The domain is plain TypeScript (docs/architecture.md): no storage, no state,
    // no UI, no Dexie.
    files: ['lib/domain/**', 'lib/plan/**', 'lib/export/**', 'lib/readability/**', 'lib/ids/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/storage/*', '**/state/*'], message: 'The domain does not reach storage or state.' },
            { group: ['**/components/*', 'preact', 'preact/*', '@preact/*'], message: 'No UI in the domain.' },
            { group: ['dexie', 'dexie-*'], message: 'Only lib/storage talks to Dexie.' },
          ],
        },
      ],
    },
  },
);
