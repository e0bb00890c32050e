import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../bundle/build-bundle.ts';
import { projectResources } from '../test-support/resources.ts';
import { CAUCASUS_STORY, newsPage, plainText, rssFeed, SAHEL_STORY, webArchive } from '../test-support/news-pages.ts';
import { readCorpus } from './read-corpus.ts';

const TODAY = '2026-01-01';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-inputs-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('saved news pages', () => {
  const corpus = readCorpus(folder({ 'caucasus.html': newsPage(CAUCASUS_STORY) }), TODAY);
  const [article] = corpus.files;

  it('keeps the story and leaves out navigation, cookie banner, captions, related links, share buttons and comments', () => {
    expect(corpus.rejected).toEqual([]);
    expect(article!.text).toBe(CAUCASUS_STORY.paragraphs.join('\n\n'));
    for (const furniture of [
      'cookies',
      'Politics',
      'Photograph',
      'Ceasefire holds',
      'Share on',
      'Comments',
      'All rights reserved',
      'Published',
    ])
      expect(article!.text).not.toContain(furniture);
  });

  it('reads outlet, date, title, author and canonical URL from the page and says where each came from', () => {
    const meta = article!.meta!;
    expect(meta).toMatchObject({
      outlet: 'The Meridian Ledger',
      published: '2025-08-12',
      title: CAUCASUS_STORY.title,
      author: 'Lena Marsh',
      url: CAUCASUS_STORY.url,
    });
    expect(meta.sources).toMatchObject({
      published: 'JSON-LD datePublished',
      outlet: 'JSON-LD publisher',
      title: 'JSON-LD headline',
    });
  });

  it('falls back to Open Graph and the title element when there is no JSON-LD', () => {
    const [page] = readCorpus(folder({ 'p.html': newsPage(SAHEL_STORY, { jsonLd: false }) }), TODAY).files;
    expect(page!.meta).toMatchObject({
      outlet: 'Harbour Street Journal',
      published: '2025-03-04',
      title: SAHEL_STORY.title,
    });
    expect(page!.meta!.sources.outlet).toBe('Open Graph og:site_name');
  });

  it('reads the JSON-LD articleBody of a page that renders its story with script', () => {
    const shell = newsPage(CAUCASUS_STORY)
      .replace(/<main>[\s\S]*<\/main>/, '<main><div id="app"></div></main>')
      .replace('"headline":', `"articleBody":${JSON.stringify(CAUCASUS_STORY.paragraphs.join('\n\n'))},"headline":`);
    const [page] = readCorpus(folder({ 'shell.html': shell }), TODAY).files;
    expect(page!.text).toBe(CAUCASUS_STORY.paragraphs.join('\n\n'));
    expect(page!.notes).toContain('story read from the page’s JSON-LD articleBody');
  });

  it('gives the same events as the plain-text twin of the page', () => {
    const page = folder({ 'story.html': newsPage(CAUCASUS_STORY) });
    const twin = folder({
      'story.txt': plainText(CAUCASUS_STORY),
      'manifest.json': JSON.stringify({
        articles: [{ file: 'story.txt', outlet: CAUCASUS_STORY.outlet, published: CAUCASUS_STORY.published }],
      }),
    });
    const shape = (dir: string) =>
      buildBundle(readCorpus(dir, TODAY), projectResources()).bundle.events.map((e) => ({
        type: e.type,
        source: e.source,
        target: e.target,
        date: e.date,
        modality: e.modality,
        sentence: e.evidence.text,
      }));
    const fromPage = shape(page);
    expect(fromPage.length).toBeGreaterThan(1);
    expect(fromPage).toEqual(shape(twin));
  });

  it('needs no manifest, and a manifest still overrides the page; a null title keeps the page headline', () => {
    const dir = folder({
      'a.html': newsPage(CAUCASUS_STORY),
      'manifest.json': JSON.stringify({ articles: [{ file: 'a.html', outlet: 'Override Wire', title: null }] }),
    });
    const { bundle } = buildBundle(readCorpus(dir, TODAY), projectResources());
    const [a] = bundle.articles;
    expect(a).toMatchObject({ outletId: 'override-wire', title: CAUCASUS_STORY.title, published: '2025-08-12' });
    expect(a!.sources).toMatchObject({
      outlet: 'manifest',
      title: 'JSON-LD headline',
      published: 'JSON-LD datePublished',
    });
  });
});

describe('dates in the future', () => {
  it('drops a page date after today, with a note, and reads the same file the same way again from the cache', () => {
    const dir = folder({ 'later.html': newsPage({ ...SAHEL_STORY, published: '2030-01-02' }) });
    const inputCache = new Map();
    const read = () => readCorpus(dir, TODAY, { inputCache }).files[0]!;
    for (const page of [read(), read()]) {
      expect(page.meta?.published).toBeUndefined();
      expect(page.meta?.sources.published).toBeUndefined();
      expect(page.notes).toContain("the input's publication date 2030-01-02 is in the future; treated as unknown");
    }
    expect(inputCache.size).toBe(1);
  });
});

describe('safety', () => {
  it('refuses a symbolic link that leads out of the corpus folder, and reads one that stays inside', () => {
    const outside = folder({
      'secret.txt': 'The minister met the envoy in Vienna on Monday to discuss the ceasefire.',
    });
    const dir = folder({ 'inside.txt': plainText(SAHEL_STORY) });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'kept.txt'), plainText(CAUCASUS_STORY));
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'leak.txt'));
    symlinkSync(join(dir, 'sub', 'kept.txt'), join(dir, 'alias.txt'));
    const corpus = readCorpus(dir, TODAY);
    expect(corpus.files.map((f) => f.file).sort()).toEqual(['alias.txt', 'inside.txt']);
    expect(corpus.rejected).toContainEqual({
      file: 'leak.txt',
      reason: expect.stringContaining('outside the corpus folder'),
    });
  });

  it('drops javascript: and other non-http URLs from pages and from the manifest', () => {
    const dir = folder({
      'a.html': newsPage(CAUCASUS_STORY, { canonical: 'javascript:alert(1)', openGraph: false }).replace(
        /"mainEntityOfPage":\{[^}]*\}/,
        '"url":"javascript:alert(2)"',
      ),
      'b.txt': plainText(SAHEL_STORY),
      'manifest.json': JSON.stringify({ articles: [{ file: 'b.txt', outlet: 'X', url: 'javascript:alert(3)' }] }),
    });
    const { bundle, report } = buildBundle(readCorpus(dir, TODAY), projectResources());
    for (const a of bundle.articles) expect(a.url).toBeNull();
    expect(report.warnings.join('\n')).toContain('not an http(s) address');
  });

  it('refuses an input over the size limit and reads the rest', () => {
    const dir = folder({ 'big.html': newsPage(CAUCASUS_STORY) + ' '.repeat(4000), 'ok.txt': plainText(SAHEL_STORY) });
    const corpus = readCorpus(dir, TODAY, { maxInputBytes: 4000 });
    expect(corpus.files.map((f) => f.file)).toEqual(['ok.txt']);
    expect(corpus.rejected[0]).toMatchObject({
      file: 'big.html',
      reason: expect.stringContaining('over the size limit'),
    });
  });

  it('reads the same story once when it is saved twice (same canonical URL, or same text)', () => {
    const dir = folder({
      'a.html': newsPage(CAUCASUS_STORY),
      'b.html': newsPage(
        { ...CAUCASUS_STORY, paragraphs: [...CAUCASUS_STORY.paragraphs, 'An editor added this line later.'] },
        { canonical: `${CAUCASUS_STORY.url}?utm_source=feed#top` },
      ),
      'c.txt': plainText(SAHEL_STORY),
      'd.txt': `  ${plainText(SAHEL_STORY)}\n`,
    });
    const corpus = readCorpus(dir, TODAY);
    expect(corpus.files.map((f) => f.file)).toEqual(['a.html', 'c.txt']);
    expect(corpus.rejected).toEqual([
      { file: 'b.html', reason: 'duplicate of a.html (same canonical URL): read once' },
      { file: 'd.txt', reason: 'duplicate of c.txt (same text): read once' },
    ]);
  });
});

describe('web archives', () => {
  const pages = [
    { url: CAUCASUS_STORY.url, html: newsPage(CAUCASUS_STORY) },
    { url: 'https://harbourstreet.example/style.css', html: 'body{}', type: 'text/css' },
    { url: SAHEL_STORY.url, html: newsPage(SAHEL_STORY) },
  ];

  it.each([false, true])('reads the HTML responses of a WARC (gzip: %s) and skips the rest', (gzip) => {
    const corpus = readCorpus(folder({ [`crawl.warc${gzip ? '.gz' : ''}`]: webArchive(pages, gzip) }), TODAY);
    expect(corpus.files.map((f) => [f.id, f.file, f.meta?.outlet])).toEqual([
      ['crawl-0001', 'crawl.warc' + (gzip ? '.gz' : '') + '#1', 'The Meridian Ledger'],
      ['crawl-0002', 'crawl.warc' + (gzip ? '.gz' : '') + '#2', 'Harbour Street Journal'],
    ]);
    expect(corpus.files[1]!.text).toBe(SAHEL_STORY.paragraphs.join('\n\n'));
  });

  it.each([false, true])('reports a truncated archive (gzip: %s) and keeps the records before the cut', (gzip) => {
    const whole = webArchive(pages, gzip);
    const cut = whole.subarray(0, whole.length - 600);
    const corpus = readCorpus(
      folder({ 'cut.warc': cut, 'other.txt': plainText(CAUCASUS_STORY).replace('Monday', 'Friday') }),
      TODAY,
    );
    expect(corpus.files.map((f) => f.file)).toEqual(['cut.warc#1', 'other.txt']);
    expect(corpus.manifest.problems.join('\n')).toMatch(/cut\.warc: truncated/);
  });
});

describe('feeds and exports', () => {
  it('reads RSS items that carry the full text and leaves out summaries', () => {
    const corpus = readCorpus(folder({ 'world.xml': rssFeed([CAUCASUS_STORY, SAHEL_STORY]) }), TODAY);
    expect(corpus.files.map((f) => f.meta?.title)).toEqual([CAUCASUS_STORY.title, SAHEL_STORY.title]);
    expect(corpus.files[0]!.meta).toMatchObject({
      published: '2025-08-12',
      author: 'Lena Marsh',
      url: CAUCASUS_STORY.url,
    });
    expect(corpus.files[1]!.text).toBe(SAHEL_STORY.paragraphs.join('\n\n'));
    expect(corpus.manifest.problems.join('\n')).toContain('1 item(s) carry only a summary');
  });

  it('keeps the complete items of a truncated feed', () => {
    const feed = rssFeed([CAUCASUS_STORY, SAHEL_STORY], false);
    const cut = feed.slice(0, feed.indexOf(SAHEL_STORY.paragraphs[1]!));
    const corpus = readCorpus(folder({ 'feed.rss': cut }), TODAY);
    expect(corpus.files.map((f) => f.meta?.title)).toEqual([CAUCASUS_STORY.title]);
    expect(corpus.manifest.problems.join('\n')).toContain('truncated or malformed feed');
  });

  it('reads JSON lines and CSV exports by their common field names, and a field name given by the user', () => {
    const rows = [CAUCASUS_STORY, SAHEL_STORY].map((s) => ({
      url: s.url,
      title: s.title,
      date_publish: `${s.published} 08:00:00`,
      source_domain: s.outlet,
      maintext: plainText(s),
    }));
    const jsonl =
      rows.map((r) => JSON.stringify(r)).join('\n') + '\n{"url": "https://x.example/broken", "maintext": "cut off';
    const csv =
      'link,headline,published,outlet,body_text\n' +
      rows
        .map((r) =>
          [r.url, r.title, r.date_publish, r.source_domain, r.maintext]
            .map((v) => `"${v.replace(/"/g, '""')}"`)
            .join(','),
        )
        .join('\n');
    const dir = folder({
      'scrape.jsonl': jsonl,
      'sheet.csv': csv
        .replace(CAUCASUS_STORY.paragraphs[0]!, 'A different first line.')
        .replace(`${CAUCASUS_STORY.url},`, `${CAUCASUS_STORY.url}-update,`)
        .replace(`"${CAUCASUS_STORY.url}"`, `"${CAUCASUS_STORY.url}-update"`),
    });
    const corpus = readCorpus(dir, TODAY, { fields: { text: 'body_text' } });
    expect(corpus.files.map((f) => [f.id, f.meta?.outlet, f.meta?.published])).toEqual([
      ['scrape-0001', CAUCASUS_STORY.outlet, '2025-08-12'],
      ['scrape-0002', SAHEL_STORY.outlet, '2025-03-04'],
      ['sheet-0001', CAUCASUS_STORY.outlet, '2025-08-12'],
    ]);
    expect(corpus.files[0]!.meta!.sources).toMatchObject({
      published: 'JSON field date_publish',
      outlet: 'JSON field source_domain',
    });
    expect(corpus.manifest.problems.join('\n')).toContain('line 3 is not valid JSON (the file may be truncated)');
    // The CSV's second row is the JSON export's second story again: read once.
    expect(corpus.rejected).toContainEqual({
      file: 'sheet.csv#2',
      reason: 'duplicate of scrape.jsonl#2 (same canonical URL): read once',
    });
  });

  it('names a file it cannot read instead of taking it for an article', () => {
    const corpus = readCorpus(
      folder({
        'notes.docx': 'PK binary',
        'data.xml': '<?xml version="1.0"?><catalog/>',
        'a.txt': plainText(SAHEL_STORY),
      }),
      TODAY,
    );
    expect(corpus.files.map((f) => f.file)).toEqual(['a.txt']);
    expect(corpus.rejected.map((r) => r.file)).toEqual(['data.xml', 'notes.docx']);
  });
});
