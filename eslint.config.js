// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-server/**',
      'node_modules/**',
      'src/api/schema.gen.ts',
      'bench/results/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'off',
      // The layers (docs/conventions.md): shared code never imports a feature or the app shell,
      // the SPA never imports the server, and the gateway and simulator stay apart. Each zone is
      // proven to fire by eslint-zones.test.ts.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...['components', 'lib', 'api', 'workers'].map((layer) => ({
              target: `./src/${layer}`,
              from: ['./src/features', './src/app'],
              message: `src/${layer} is shared code: it must not import a feature or the app shell.`,
            })),
            {
              target: ['./src/lib', './src/api'],
              from: './src/components',
              message: 'src/lib and src/api hold no UI: they must not import src/components.',
            },
            {
              target: './src',
              from: ['./server', './e2e', './bench'],
              message: 'The SPA must not import server, test or bench code.',
            },
            {
              target: './server',
              from: ['./src/app', './src/features', './src/components'],
              message:
                'Server code must not import the SPA (only its pure src/lib and src/api code).',
            },
            {
              target: './server/simulator',
              from: './server/gateway',
              message: 'The simulator stands alone: it must not import the gateway.',
            },
            {
              // The embedded launcher starts the simulator in the gateway's process, by a dynamic
              // import that only runs when no platform is configured; tests may run the two
              // together.
              target: ['./server/gateway/!(embedded-upstream|*.test).ts', './server/gateway/*/**'],
              from: './server/simulator',
              message: 'The gateway must not import the simulator (only embedded-upstream.ts may).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
    },
  },
  {
    files: [
      'server/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.ts',
      'e2e/**/*.ts',
      '*.config.{js,ts,cjs}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
