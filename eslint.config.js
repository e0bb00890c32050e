import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/data/', 'test-results/', 'playwright-report/', 'e2e-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.tsx'],
    rules: {
      // Article text is third-party: it is rendered as text, never as HTML.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML: article text is untrusted.',
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/app/**', 'src/views/**', 'src/state/**', 'src/selectors/**', 'src/data/**', 'src/components/**'],
    rules: {
      // The app never imports pipeline code (house style: one-way imports).
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/pipeline/**'], message: 'The app must not import pipeline code.' }] },
      ],
    },
  },
  {
    files: ['src/views/**', 'src/state/**', 'src/selectors/**', 'src/components/**'],
    rules: {
      // Views and controls read state through hooks in state/, never from the app shell (house style).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/pipeline/**'], message: 'The app must not import pipeline code.' },
            { group: ['**/app/**'], message: 'Read state through hooks in state/, not from app/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/pipeline/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '**/app/**', '**/views/**', '**/state/**'],
              message: 'The pipeline imports only the model.',
            },
          ],
        },
      ],
    },
  },
);
