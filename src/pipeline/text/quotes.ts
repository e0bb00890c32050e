/** A quoted passage: offsets of the words inside the quotation marks. */
export type QuoteSpan = { start: number; end: number; text: string; paragraphEnd: number };

const OPENERS = new Set(['"', '“']);
const CLOSERS = new Set(['"', '”']);

/**
 * Finds top-level quotations. Scraped news mixes straight and curly marks (“...." ), so a mark opens
 * when it stands before a word and closes when it stands after one; a quote never crosses a blank line
 * unless the next paragraph reopens it. Inner quotes ('...' or nested "...") stay inside the outer one.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open = -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    // Only line breaks and quotation marks matter: a code comparison skips every other character unread.
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 34 && code !== 8220 && code !== 8221) continue;
    const ch = text[i]!;
    if (ch === '\n' && open >= 0 && text[i + 1] !== '“' && text[i + 1] !== '"') {
      open = -1; // an unclosed quote ends with its paragraph
      continue;
    }
    if (!OPENERS.has(ch) && !CLOSERS.has(ch)) continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    const opensHere = OPENERS.has(ch) && /[\s(:—–-]|^$/.test(before) && /\S/.test(after);
    const closesHere = CLOSERS.has(ch) && /\S/.test(before) && !/[\p{L}\p{N}]/u.test(after);
    if (open < 0 && opensHere) {
      open = i + 1;
      depth = 0;
    } else if (open >= 0 && opensHere && (ch === '“' || /\s/.test(before))) {
      depth++; // a quote inside the quote
    } else if (open >= 0 && closesHere) {
      if (depth > 0) {
        depth--;
        continue;
      }
      const end = /[\s]/.test(before) ? i - 1 : i;
      if (end > open)
        quotes.push({ start: open, end, text: text.slice(open, end), paragraphEnd: paragraphEnd(text, i) });
      open = -1;
    }
  }
  return quotes;
}

function paragraphEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** Whether an offset lies inside any of the (sorted) quotes. */
export function insideQuote(quotes: QuoteSpan[], offset: number): boolean {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (offset < q.start) hi = mid - 1;
    else if (offset >= q.end) lo = mid + 1;
    else return true;
  }
  return false;
}
