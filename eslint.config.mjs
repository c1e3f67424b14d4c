import tseslint from 'typescript-eslint';
import { BASE_SYNTAX, boundaries } from './eslint-boundaries.mjs';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.output*',
      '.wxt',
      'demo-ehr/dist',
      'scripts/**/*.d.mts',
      'eslint.config.mjs',
      'eslint-boundaries.*',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      // A rest pattern that drops keys (`const { signOff: _s, ...rest } = grid`) is how an object loses fields.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': ['error', ...BASE_SYNTAX],
    },
  },
  {
    // Plain JavaScript (scripts, code the benchmark sends into pages, its baseline pages): no types to check.
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'bench/pages/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Who may import whom, and only lib/storage names a table (docs/architecture.md, "Layers").
  ...boundaries,
);
