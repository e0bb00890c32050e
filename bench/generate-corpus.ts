import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomLcg } from 'd3';

/**
 * Writes `count` synthetic articles recombined from the demo corpus's paragraphs (seeded, so every run
 * writes the same corpus), with a manifest spread over the demo outlets and ninety days of dates.
 */
export function generateCorpus(sourceDir: string, targetDir: string, count: number, seed = 42): { words: number } {
  const files = readdirSync(sourceDir).filter((f) => f.endsWith('.txt')).sort();
  const paragraphs = files.flatMap((f) => readFileSync(join(sourceDir, f), 'utf8').split(/\n\s*\n/).filter((p) => p.trim().length > 40));
  const manifest = JSON.parse(readFileSync(join(sourceDir, 'manifest.json'), 'utf8')) as { articles: { outlet: string }[] };
  const outlets = [...new Set(manifest.articles.map((a) => a.outlet))];
  const random = randomLcg(seed);
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(targetDir, { recursive: true });
  for (const extra of ['gazetteer.json', 'places.json']) if (existsSync(join(sourceDir, extra))) copyFileSync(join(sourceDir, extra), join(targetDir, extra));
  const entries = [];
  let words = 0;
  for (let i = 0; i < count; i++) {
    const n = 4 + Math.floor(random() * 5);
    const body = Array.from({ length: n }, () => paragraphs[Math.floor(random() * paragraphs.length)]).join('\n\n');
    const file = `synthetic_${String(i).padStart(5, '0')}.txt`;
    writeFileSync(join(targetDir, file), body);
    words += body.split(/\s+/).length;
    const day = new Date(Date.UTC(2026, 2, 1) + Math.floor(random() * 90) * 86_400_000).toISOString().slice(0, 10);
    entries.push({ file, outlet: outlets[Math.floor(random() * outlets.length)], published: day, title: null, url: null, author: null, fiction: true });
  }
  writeFileSync(join(targetDir, 'manifest.json'), JSON.stringify({ about: 'FICTION: synthetic benchmark corpus recombined from the demo corpus', fiction: true, articles: entries }));
  return { words };
}
