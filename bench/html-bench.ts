import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newsPage } from '../src/pipeline/test-support/news-pages.ts';
import { generateCorpus } from './generate-corpus.ts';

// Saved pages against plain text: the same 1,000 generated articles (recombined from the fictional demo
// corpus) as .txt files with a manifest, and as whole HTML pages (navigation, cookie banner, captions,
// related links, JSON-LD, Open Graph) with no manifest. Each folder is read and extracted, from the files
// to the validated bundle on one thread, in fresh processes, RUNS times (default 3); prints the median words/s
// with the range, and the pages' speed as a share of the plain text's (target: at least one half).
// Usage: npx tsx bench/html-bench.ts [--articles N] [--runs R]
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('--articles', 1000);
const runs = arg('--runs', 3);
const out = resolve('bench/out');
const textDir = join(out, `text-${count}`);
const pageDir = join(out, `pages-${count}`);

generateCorpus(resolve('data/demo/articles'), textDir, count);
writePages(textDir, pageDir);

const measure = (dir: string) =>
  Array.from(
    { length: runs },
    () =>
      JSON.parse(
        execFileSync(resolve('node_modules/.bin/tsx'), ['bench/read-extract-run.ts', dir], { encoding: 'utf8' }),
      ) as { articles: number; words: number; events: number; readSeconds: number; seconds: number },
  );
const text = measure(textDir);
const pages = measure(pageDir);
const rate = (r: { words: number; seconds: number }) => r.words / r.seconds;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const line = (name: string, rs: typeof text) => {
  const rates = rs.map(rate);
  const reads = rs.map((r) => r.readSeconds);
  console.log(
    `${name.padEnd(11)} ${rs[0]!.articles} articles, ${rs[0]!.words.toLocaleString('en')} words, ${rs[0]!.events} events: ` +
      `${Math.round(median(rates)).toLocaleString('en')} words/s (${Math.round(Math.min(...rates)).toLocaleString('en')}-${Math.round(Math.max(...rates)).toLocaleString('en')}), ` +
      `reading ${median(reads).toFixed(2)} s of ${median(rs.map((r) => r.seconds)).toFixed(2)} s`,
  );
};
line('plain text', text);
line('HTML pages', pages);
console.log(
  `pages at ${(median(pages.map(rate)) / median(text.map(rate))).toFixed(2)} of the plain-text speed (target at least 0.50)`,
);

/** Each generated article as a saved page carrying its manifest line's outlet and date in its own metadata. */
function writePages(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(from, 'manifest.json'), 'utf8')) as {
    articles: { file: string; outlet: string; published: string }[];
  };
  const line = new Map(manifest.articles.map((a) => [a.file, a]));
  for (const file of readdirSync(from).filter((f) => f.endsWith('.txt'))) {
    const entry = line.get(file)!;
    const paragraphs = readFileSync(join(from, file), 'utf8').split(/\n\s*\n/);
    const id = file.replace(/\.txt$/, '');
    const page = newsPage({
      outlet: entry.outlet,
      published: entry.published,
      title: `Synthetic article ${id}`,
      author: 'Bench Writer',
      url: `https://bench.example/${id}`,
      paragraphs,
    });
    writeFileSync(join(to, `${id}.html`), page);
  }
  for (const extra of ['gazetteer.json', 'places.json']) {
    try {
      writeFileSync(join(to, extra), readFileSync(join(from, extra)));
    } catch {
      // the demo corpus may not carry it
    }
  }
}
