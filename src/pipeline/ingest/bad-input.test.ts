import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from './decode-text.ts';
import { nonEnglishLanguage } from './detect-language.ts';
import { readManifest } from './manifest.ts';
import { stripMarkup } from './strip-markup.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decoding article bytes', () => {
  it('rejects empty, blank and binary files with a reason', () => {
    expect(decodeArticleBytes(new Uint8Array())).toEqual({ reason: 'empty file' });
    expect(decodeArticleBytes(bytes(' \n\t \r\n'))).toEqual({ reason: 'only white space' });
    expect(decodeArticleBytes(new Uint8Array([0x49, 0x00, 0x72, 0x61]))).toEqual({ reason: 'binary data (NUL bytes), not text' });
  });

  it('reads invalid UTF-8 as Latin-1 and says so', () => {
    const latin1 = new Uint8Array([0x49, 0x72, 0xe1, 0x6e, 0x20, 0x6d, 0x65, 0x74]); // "Irán met" in Latin-1
    expect(decodeArticleBytes(latin1)).toEqual({ text: 'Irán met', notes: ['not valid UTF-8: read as Latin-1'] });
  });

  it('drops a byte order mark and normalises CRLF and CR line endings', () => {
    const result = decodeArticleBytes(bytes('\uFEFFFirst line.\r\nSecond line.\rThird.'));
    expect(result).toEqual({ text: 'First line.\nSecond line.\nThird.', notes: ['byte order mark removed', 'CR line endings normalised'] });
  });
});

describe('stripping markup', () => {
  it('turns HTML into the text a reader sees, without scripts, styles or tags', () => {
    const html = '<html><head><style>p{color:red}</style><script>alert(1)</script></head><body><h1>Talks</h1><p>Trump met Netanyahu &amp; Vance on Monday.</p><p>Iran &lt;rejected&gt; it.</p></body></html>';
    const { text, markup } = stripMarkup(html);
    expect(markup).toBe('html');
    expect(text).toBe('Talks\n\nTrump met Netanyahu & Vance on Monday.\n\nIran <rejected> it.');
  });

  it('turns Markdown into plain text', () => {
    const md = '# Talks resume\n\n**Trump** met [Netanyahu](https://example.org) on Monday.\n\n- Iran *rejected* the plan.\n> A quote.';
    expect(stripMarkup(md)).toEqual({ markup: 'markdown', text: 'Talks resume\n\nTrump met Netanyahu on Monday.\n\nIran rejected the plan.\nA quote.' });
  });

  it('leaves plain text with a stray angle bracket alone', () => {
    const plain = 'Talks with a 5 < 6 chance of success. Iran met Israel.';
    expect(stripMarkup(plain)).toEqual({ text: plain, markup: null });
  });
});

describe('language', () => {
  it('recognises an article in another language', () => {
    const french = 'Le président américain a rencontré le Premier ministre israélien lundi à la Maison Blanche pour discuter du cessez-le-feu à Gaza et de la libération des otages, selon des sources diplomatiques qui ont requis l’anonymat.';
    expect(nonEnglishLanguage(french.repeat(2))).toBe('fra');
  });

  it('keeps English, and texts too short to judge', () => {
    const english = 'The American president met the Israeli prime minister on Monday at the White House to discuss the ceasefire in Gaza and the release of hostages, according to diplomatic sources who asked not to be named.';
    expect(nonEnglishLanguage(english.repeat(2))).toBeNull();
    expect(nonEnglishLanguage('Bonjour à tous.')).toBeNull();
  });
});

describe('a broken manifest', () => {
  const today = '2026-11-22';
  it('reports invalid JSON and processes every article without it', () => {
    const reading = readManifest('{ "articles": [', today);
    expect(reading.entries.size).toBe(0);
    expect(reading.problems[0]).toMatch(/manifest.json is not valid JSON/);
  });

  it('keeps good entries and names each bad one', () => {
    const reading = readManifest(
      JSON.stringify({
        articles: [
          { file: 'a.txt', outlet: 'Wire', published: '2025-07-08', surplus: 'ignored' },
          { outlet: 'No file field' },
          { file: 'a.txt', outlet: 'Repeated' },
          { file: 'b.txt', outlet: 'Wire', published: '2025-02-30' },
          { file: 'c.txt', outlet: 'Wire', published: '2099-01-01' },
          { file: 'd.txt', outlet: 42 },
        ],
      }),
      today,
    );
    expect([...reading.entries.keys()]).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(reading.entries.get('a.txt')!.outlet).toBe('Wire');
    expect(reading.entries.get('b.txt')!.published).toBeNull();
    expect(reading.entries.get('c.txt')!.published).toBeNull();
    expect(reading.problems).toEqual([
      expect.stringMatching(/^manifest entry 1: file: /),
      'manifest entry 2: "a.txt" is listed twice; the first entry is used',
      'manifest entry 3 ("b.txt"): published "2025-02-30" is not a real date; treated as unknown',
      'manifest entry 4 ("c.txt"): published "2099-01-01" is in the future; treated as unknown',
      expect.stringMatching(/^manifest entry 5: outlet: /),
    ]);
  });
});
