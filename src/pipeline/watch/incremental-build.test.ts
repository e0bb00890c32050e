import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as extractEvents from '../events/extract-events.ts';
import { CAUCASUS_STORY, newsPage, plainText, SAHEL_STORY } from '../test-support/news-pages.ts';
import { incrementalBuilder } from './incremental-build.ts';

const DATA = resolve(import.meta.dirname, '../../../data');

describe('incremental rebuilds (watch mode)', () => {
  it('extracts only new and changed articles, and says what was added, changed and removed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-incremental-'));
    writeFileSync(join(dir, 'caucasus.html'), newsPage(CAUCASUS_STORY));
    const builder = incrementalBuilder([dir], DATA);
    const spy = vi.spyOn(extractEvents, 'extractArticle');
    const first = builder.rebuild(null);
    expect(first.update).toMatchObject({
      added: [{ id: 'caucasus', title: CAUCASUS_STORY.title, outlet: CAUCASUS_STORY.outlet }],
      changed: [],
      removed: [],
      articles: 1,
    });
    const firstCalls = spy.mock.calls.length;

    writeFileSync(join(dir, 'sahel.html'), newsPage(SAHEL_STORY));
    const second = builder.rebuild(first.bundle);
    expect(second.update.added.map((a) => a.id)).toEqual(['sahel']);
    expect(spy.mock.calls.length - firstCalls).toBe(1); // the Caucasus page was not extracted again

    writeFileSync(
      join(dir, 'sahel.html'),
      newsPage({
        ...SAHEL_STORY,
        paragraphs: [...SAHEL_STORY.paragraphs, 'Mali recalled its own ambassador from Paris on Wednesday.'],
      }),
    );
    utimesSync(join(dir, 'sahel.html'), new Date(), new Date(Date.now() + 5000));
    rmSync(join(dir, 'caucasus.html'));
    writeFileSync(join(dir, 'broken.txt'), new Uint8Array([0x00, 0x01]));
    const third = builder.rebuild(second.bundle);
    expect(third.update).toMatchObject({ added: [], changed: [{ id: 'sahel' }], removed: ['caucasus'], articles: 1 });
    expect(third.update.problems).toContain('broken.txt: binary data (NUL bytes), not text');
    expect(third.bundle.events.some((e) => e.evidence.text.includes('recalled its own ambassador'))).toBe(true);
    spy.mockRestore();
  });

  it('gives the bundle a one-off build gives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-incremental-'));
    writeFileSync(join(dir, 'a.txt'), plainText(CAUCASUS_STORY));
    writeFileSync(join(dir, 'b.html'), newsPage(SAHEL_STORY));
    const builder = incrementalBuilder([dir], DATA);
    builder.rebuild(null);
    const again = builder.rebuild(null).bundle;
    const { buildBundle } = await import('../bundle/build-bundle.ts');
    const { readCorpus } = await import('../ingest/read-corpus.ts');
    const { compileResources, loadResourceData } = await import('../resources/load-resources.ts');
    const once = buildBundle(
      readCorpus(dir, new Date().toISOString().slice(0, 10)),
      compileResources(loadResourceData(DATA, [dir])),
    ).bundle;
    expect(JSON.stringify(again)).toBe(JSON.stringify(once));
  });
});
