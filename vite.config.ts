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

/** The media type of an Arrow IPC file (IANA-registered). */
export const ARROW_FILE_TYPE = 'application/vnd.apache.arrow.file';

/**
 * Serves `.arrow` files as what they are. Without a type the preview server's compression took them for
 * text and gzipped the bundle on every load: at 100,000 events 36 MB took about 0.7 s of a core before the
 * first byte reached the page (and at a million, seconds), with no length announced for the progress bar.
 * Its columns are mostly binary already; the page's worker reads them as they come.
 */
function arrowContentType(): Plugin {
  const typeArrowFiles = (server: { middlewares: { use: (fn: Middleware) => unknown } }) => {
    server.middlewares.use((req, res, next) => {
      if (/\.arrow(?:[?#]|$)/.test(req.url ?? '')) res.setHeader('Content-Type', ARROW_FILE_TYPE);
      next();
    });
  };
  return { name: 'parley-arrow-content-type', configureServer: typeArrowFiles, configurePreviewServer: typeArrowFiles };
}

type Middleware = (
  req: { url?: string },
  res: { setHeader: (name: string, value: string) => unknown },
  next: () => void,
) => void;

// One config for the app build and for Vitest: unit tests live beside the code in src/.
export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), arrowContentType(), corpusWatch()],
  build: { outDir: 'dist', sourcemap: false },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Generous: the CLI tests start Node processes, which take many seconds on a loaded 2-core machine.
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
