// Worker entry for the extraction pool. Plain JavaScript on purpose: a worker thread does not inherit a
// TypeScript loader when its parent runs under vitest, and inherits tsx's only when the parent is the tsx
// CLI. Registering tsx here, in its own namespace so it cannot clash with an inherited registration, makes
// the worker load the pipeline's .ts files the same way in `npm run extract`, in benches and in tests.
import { register } from 'tsx/esm/api';

const tsx = register({ namespace: 'parley-extract-worker' });
const task = await tsx.import('./extract-task.ts', import.meta.url);

export default task.extractBatch;
