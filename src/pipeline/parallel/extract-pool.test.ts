import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startExtractionPool } from './extract-pool.ts';

describe('startExtractionPool', () => {
  it("fails with the workers' own error, without hanging, when they cannot load their dictionaries", async () => {
    const pool = startExtractionPool(
      2,
      { dataDir: resolve('/nonexistent/parley-data'), corpusDirs: [] },
      { helpFromThisThread: false },
    );
    try {
      const inputs = [{ id: 'a', text: 'Iran condemned Israel on Monday.', published: null }];
      // This thread's dictionaries are only read when it helps, and here it does not.
      await expect(pool.extractAll(inputs, null as never)).rejects.toThrow(/cannot read dictionary/);
    } finally {
      await pool.close();
    }
  });
});
