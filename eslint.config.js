import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.worker } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The page never runs TF.js or a training engine: those live in the workers (src/engine/).
    // The page imports only the pure configuration (src/model/: config, form, types).
    files: ['src/ui/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tensorflow/*'],
              message: 'TF.js runs in the training workers; send the worker a message instead.',
            },
            {
              group: ['**/engine/*', '**/engine/**'],
              message:
                'The training engines run in the workers; the page imports only src/model/ (config, form, types).',
            },
            {
              group: [
                '**/worker/handler',
                '**/worker/requests',
                '**/worker/models',
                '**/worker/wasm',
                '**/worker/garments',
              ],
              message: 'Worker internals run in the worker; the page talks to it through pool.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bench/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
);
