import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBundle } from '../model/bundle-schema.ts';
import { PROJECT_ROOT as root, runCli as run, writeCorpus } from './test-support/cli.ts';

// The bad-input suite: every fixture is generated here, none is committed.
const GOOD = 'US President Donald Trump met Israeli Prime Minister Benjamin Netanyahu at the White House on Monday.';
// A realistic article (from the fictional demo corpus) to build long inputs from.
const DEMO_DIR = resolve(root, 'data/demo/articles');
const DEMO = readFileSync(
  join(
    DEMO_DIR,
    readdirSync(DEMO_DIR).find((f) => f.startsWith('demo_05'))!,
  ),
  'utf8',
);
const FRENCH =
  'Le président américain a rencontré le Premier ministre israélien lundi à la Maison Blanche pour discuter du cessez-le-feu à Gaza et de la libération des otages, selon des sources diplomatiques qui ont requis l’anonymat. ';

const corpus = (files: Record<string, string | Uint8Array>, manifest?: string) => writeCorpus('bad', files, manifest);

describe('the CLI on bad input', () => {
  const dir = corpus(
    {
      'good.txt': GOOD,
      'empty.txt': '',
      'blank.txt': '  \n\n\t ',
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
      'latin1.txt': new Uint8Array([
        ...new TextEncoder().encode('Iran condemned Israel on Monday in Tehran, said the minister Jos'),
        0xe9,
        0x2e,
      ]),
      // Not GOOD again: the same text under two names is read once (see the duplicates test).
      'bom.txt': '\uFEFFQatar hosted talks between Israel and Hamas in Doha on Tuesday.',
      'crlf.txt': 'Iran condemned Israel on Monday.\r\nHamas rejected the plan.\rQatar praised Egypt.',
      'page.txt': `<html><body><script>alert(1)</script><p>${GOOD}</p><p>Iran &amp; Iraq rejected the plan.</p></body></html>`,
      'notes.txt': `# Talks\n\n**Trump** met [Netanyahu](https://example.org) on Monday.\n\n- Hamas rejected the plan.`,
      'french.txt': FRENCH.repeat(3),
    },
    JSON.stringify({
      articles: [
        { file: 'good.txt', outlet: 'Test Wire', published: '2025-07-08' },
        { file: 'good.txt', outlet: 'Again' },
        { file: 'missing.txt', outlet: 'Test Wire', published: '2025-07-08' },
        { file: 'page.txt', outlet: 'Test Wire', published: '2025-02-30' },
        { file: 'crlf.txt', outlet: 'Test Wire', published: '2099-01-01' },
        { outlet: 'no file' },
      ],
    }),
  );
  const out = join(dir, 'bundle.json');
  const result = run(['--input', dir, '--output', out]);

  it('keeps going, exits 0 and writes a valid bundle of the good articles', () => {
    expect(result.status).toBe(0);
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    expect(parseBundle(bundle).ok).toBe(true);
    expect(bundle.articles.map((a: { id: string }) => a.id).sort()).toEqual([
      'bom',
      'crlf',
      'good',
      'latin1',
      'notes',
      'page',
    ]);
  });

  it('names every skipped file and manifest problem with its reason', () => {
    for (const line of [
      'skipped binary.txt: binary data (NUL bytes), not text',
      'skipped blank.txt: only white space',
      'skipped empty.txt: empty file',
      'skipped french.txt: written in another language (detected: fra)',
      '"good.txt" is listed twice',
      'manifest names "missing.txt", which is not in',
      'published "2025-02-30" is not a real date',
      'published "2099-01-01" is in the future',
      'manifest entry 5: file:',
      'latin1.txt: not valid UTF-8: read as Latin-1',
      'bom.txt: byte order mark removed',
      'crlf.txt: CR line endings normalised',
      'notes.txt: Markdown markup stripped',
    ])
      expect(result.stderr).toContain(line);
    expect(result.stderr).toMatch(/articles read: 6, rejected: 4/);
  });

  it('strips markup so that offsets point at the text a reader sees', () => {
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    const page = bundle.articles.find((a: { id: string }) => a.id === 'page');
    expect(page.text).not.toContain('<');
    expect(page.text).not.toContain('alert');
    for (const e of bundle.events.filter((x: { articleId: string }) => x.articleId === 'page'))
      expect(page.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    expect(
      bundle.events.some((e: { articleId: string; type: string }) => e.articleId === 'page' && e.type === 'CONSULT'),
    ).toBe(true);
  });

  it('fails under --strict when anything was skipped', () => {
    const strict = run(['--input', dir, '--output', join(dir, 'strict.json'), '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/--strict: \d+ file\(s\) or manifest entries were skipped/);
  });
});

describe('the CLI at the edges of size', () => {
  it('reads a 20 MB article in linear time', () => {
    const dir = corpus(
      { 'huge.txt': `${DEMO}\n\n`.repeat(Math.ceil((20 * 1048576) / (DEMO.length + 2))) },
      JSON.stringify({ articles: [{ file: 'huge.txt', outlet: 'Wire', published: '2026-03-30' }] }),
    );
    const started = Date.now();
    const result = run(['--input', dir, '--output', join(dir, 'b.json')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/huge.txt: very large for an article \(20\.\d MB\)/);
    expect(Date.now() - started).toBeLessThan(90_000);
  }, 120_000);

  it('reads 10,000 tiny articles', () => {
    const files = Object.fromEntries(
      Array.from({ length: 10_000 }, (_, i) => [
        `a${String(i).padStart(5, '0')}.txt`,
        `Iran condemned Israel on Monday. Item ${i}.`,
      ]),
    );
    const dir = corpus(files);
    const result = run(['--input', dir, '--output', join(dir, 'b.json')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/articles read: 10000, rejected: 0/);
  }, 120_000);
});

describe('no partial output', () => {
  it('leaves the previous bundle intact when the CLI is killed mid-run', async () => {
    const files = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`a${i}.txt`, `${DEMO}\nItem ${i}.`]));
    const dir = corpus(files);
    const out = join(dir, 'bundle.json');
    writeFileSync(out, '{"previous": true}');
    for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
      // One process (node with the tsx loader), so the signal reaches the extractor itself.
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/pipeline/cli.ts', '--input', dir, '--output', out],
        { cwd: root },
      );
      // Kill at the first progress line that is not the last: the run is under way, the bundle not yet written.
      await new Promise<void>((r) =>
        child.stderr.on('data', (d: Buffer) => {
          const m = /(\d+)\/(\d+) articles/.exec(d.toString());
          if (m && Number(m[1]) < Number(m[2])) r();
        }),
      );
      child.kill(signal);
      await new Promise((r) => child.on('exit', r));
      expect(readFileSync(out, 'utf8') === '{"previous": true}', `${signal} left the previous bundle`).toBe(true);
    }
    // A later run still completes, clearing the killed runs' temporary files.
    expect(run(['--input', corpus({ 'a.txt': GOOD }), '--output', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).articles).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  }, 180_000);
});
