import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/data/', 'test-results/', 'playwright-report/', 'e2e-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/app/**', 'src/views/**', 'src/state/**', 'src/selectors/**', 'src/data/**', 'src/components/**'],
    rules: {
      // The app never imports pipeline code (house style: one-way imports).
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/pipeline/**'], message: 'The app must not import pipeline code.' }] }],
    },
  },
  {
    files: ['src/pipeline/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', '**/app/**', '**/views/**', '**/state/**'], message: 'The pipeline imports only the model.' }] }],
    },
  },
);
