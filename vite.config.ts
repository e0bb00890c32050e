import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import type { Plugin } from 'vite';
import { corpusWatch } from './src/pipeline/watch/corpus-watch-plugin.ts';

/**
 * The built page's Content-Security-Policy: scripts, styles, workers and data only from the site itself,
 * no inline or eval'd script, no plugins, no base rewriting. Only in the build: the dev server injects an
 * inline script of its own for hot reloading.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'parley-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

// One config for the app build and for Vitest: unit tests live beside the code in src/.
export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), corpusWatch()],
  build: { outDir: 'dist', sourcemap: false },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Generous: the CLI tests start Node processes, which take many seconds on a loaded 2-core machine.
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
