import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT as root, runCli as run, scratchDir, writeCorpus } from './test-support/cli.ts';

const corpus = (files: Record<string, string>, manifest?: unknown) => writeCorpus('cli', files, manifest);

describe('parley extract CLI', () => {
  it('reports a bad file by name and still processes the others', () => {
    const dir = corpus({ 'good.txt': 'Trump met Netanyahu on Monday.', 'empty.txt': '' }, { articles: [{ file: 'good.txt', outlet: 'Test Wire', published: '2025-07-08' }] });
    const out = join(dir, 'out/bundle.json');
    const result = run(['--input', dir, '--output', out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/skipped empty\.txt: empty file/);
    expect(result.stderr).toMatch(/articles read: 1, rejected: 1/);
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    expect(bundle.articles.map((a: { id: string }) => a.id)).toEqual(['good']);
    expect(bundle.events[0]).toMatchObject({ date: '2025-07-07', type: 'CONSULT' });
  });

  it('exits non-zero with a clear message when no article is valid', () => {
    const dir = corpus({ 'empty.txt': '   ' });
    const result = run(['--input', dir, '--output', join(dir, 'b.json')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no valid article/);
    expect(existsSync(join(dir, 'b.json'))).toBe(false);
  });

  it('exits with usage for unknown arguments and missing folders', () => {
    expect(run(['--bogus']).status).toBe(2);
    const missing = run(['--input', '/nonexistent/parley']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/does not exist/);
  });

  it('infers the outlet of an article with no manifest entry and flags a missing date', () => {
    const dir = corpus({ 'wire.txt': 'Netanyahu met Trump on Monday.\nBy Jane DOE, AFP' });
    const out = join(dir, 'b.json');
    expect(run(['--input', dir, '--output', out]).status).toBe(0);
    const [article] = JSON.parse(readFileSync(out, 'utf8')).articles;
    expect(article).toMatchObject({ outletId: 'afp', published: null });
    expect(article.flags).toEqual(expect.arrayContaining(['not-in-manifest', 'outlet-inferred', 'no-publication-date']));
    expect(article.outletBasis).toMatch(/By Jane DOE, AFP/);
  });

  it('writes byte-identical bundles for the same input, leaving no temporary file', () => {
    const dir = corpus({ 'a.txt': 'Iran condemned Israel on Monday.', 'b.txt': 'Israel rejected the plan.\nBy A B, Reuters' });
    run(['--input', dir, '--output', join(dir, 'one.json')]);
    run(['--input', dir, '--output', join(dir, 'two.json')]);
    expect(readFileSync(join(dir, 'one.json'), 'utf8')).toBe(readFileSync(join(dir, 'two.json'), 'utf8'));
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('prints a summary with events, clusters and unresolved names', () => {
    const dir = corpus({ 'a.txt': 'Tomas Reyvik met with Netanyahu on Monday.' }, { articles: [{ file: 'a.txt', outlet: 'X', published: '2025-07-08' }] });
    const result = run(['--input', dir, '--output', join(dir, 'b.json')]);
    expect(result.stderr).toMatch(/events: 1, clusters: 1/);
    expect(result.stderr).toMatch(/unresolved actor names: 1 \(Tomas Reyvik\)/);
  });

  it('runs through npm with the documented defaults', () => {
    const out = scratchDir('npm');
    mkdirSync(out, { recursive: true });
    execFileSync('npm', ['run', '--silent', 'extract', '--', '--quiet', '--output', join(out, 'bundle.json')], { cwd: root, stdio: 'pipe' });
    expect(JSON.parse(readFileSync(join(out, 'bundle.json'), 'utf8')).articles).toHaveLength(5);
  });

  it('rejects a second file whose id only differs in the case of its extension', () => {
    const dir = corpus({ 'a.txt': 'Iran condemned Israel on Monday.', 'a.TXT': 'Israel rejected the plan.' });
    const result = run(['--input', dir, '--output', join(dir, 'b.json')]);
    expect(result.stderr).toMatch(/skipped a\.txt: another file already has the id "a"/);
    expect(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')).articles).toHaveLength(1);
  });

  it('builds one bundle from several --input folders, each with its own manifest and gazetteer', () => {
    const seeds = corpus({ 'seed.txt': 'Iran condemned Israel on Monday.' }, { articles: [{ file: 'seed.txt', outlet: 'Seed Wire', published: '2025-07-08' }] });
    const demo = corpus(
      { 'demo.txt': 'Veldoria condemned Ostrava on Monday.' },
      { fiction: true, articles: [{ file: 'demo.txt', outlet: 'Demo Post', published: '2026-03-10' }] },
    );
    writeFileSync(join(demo, 'gazetteer.json'), JSON.stringify({ version: 1, actors: [
      { id: 'veldoria', name: 'Veldoria', kind: 'state', country: 'XVE' },
      { id: 'ostrava', name: 'Ostrava', kind: 'state', country: 'XOS' },
    ] }));
    const out = join(seeds, 'both.json');
    const result = run(['--input', seeds, '--input', demo, '--output', out]);
    expect(result.status).toBe(0);
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    expect(bundle.articles.map((a: { id: string; outletId: string; fiction: boolean }) => [a.id, a.outletId, a.fiction])).toEqual([
      ['demo', 'demo-post', true],
      ['seed', 'seed-wire', false],
    ]);
    expect(bundle.events.map((e: { source: string[] }) => e.source[0])).toEqual(['veldoria', 'irn']);
  });

  it('fails with a clear message when two --input folders hold the same article id', () => {
    const one = corpus({ 'same.txt': 'Iran condemned Israel on Monday.' });
    const two = corpus({ 'same.txt': 'Israel rejected the plan.' });
    const out = join(one, 'b.json');
    const result = run(['--input', one, '--input', two, '--output', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`article id "same" is in both ${one} and ${two}`);
    expect(existsSync(out)).toBe(false);
  });
});
