import type { Bundle, DatePrecision, DiplomaticEvent, PloverType } from '../../model/bundle-schema.ts';
import { dateInterval } from '../dates/resolve-date.ts';

/** One event of the hand-made gold annotation. */
export type GoldEvent = {
  id: string;
  type: PloverType;
  modality: string;
  date: string;
  precision: DatePrecision;
  source: string[];
  target: string[];
  symmetric: boolean;
  mentions: string[];
  note?: string;
};

export type GoldFile = { articles: Record<string, { published: string; events: GoldEvent[] }> };

/** Precision and recall of one article (or of all). */
export type Score = { articleId: string; predicted: number; gold: number; truePositives: number; found: number; precision: number; recall: number };

/** How strictly a prediction is compared with the gold. */
export type MatchRule = 'lenient' | 'strict';

/**
 * Whether a predicted event matches a gold event: same type, compatible date and actors.
 * Lenient (the headline figure): a prediction that makes no date claim (precision unknown) or names no
 * target claims less but nothing wrong, so only what it does claim is checked. Strict: an undated
 * prediction fails a dated gold event, and a missing target fails a gold target.
 */
export function matchesGold(event: DiplomaticEvent, gold: GoldEvent, rule: MatchRule = 'lenient'): boolean {
  return event.type === gold.type && datesCompatible(event, gold, rule) && actorsCompatible(event, gold, rule);
}

function datesCompatible(event: DiplomaticEvent, gold: GoldEvent, rule: MatchRule): boolean {
  if (gold.precision === 'unknown') return true;
  if (event.datePrecision === 'unknown' && rule === 'lenient') return true;
  const g = dateInterval(gold.date, gold.precision);
  const p = dateInterval(event.date, event.datePrecision);
  return g !== null && p !== null && p[0] <= g[1] && g[0] <= p[1];
}

function actorsCompatible(event: DiplomaticEvent, gold: GoldEvent, rule: MatchRule): boolean {
  const overlaps = (a: string[], b: string[]) => a.some((x) => b.some((y) => sameActor(x, y)));
  if (gold.symmetric || gold.type === 'CONSULT') {
    const p = [...event.source, ...event.target];
    const g = [...gold.source, ...gold.target];
    const need = Math.min(2, new Set(p).size, new Set(g).size);
    const shared = [...new Set(p)].filter((x) => g.some((y) => sameActor(x, y))).length;
    return shared >= (rule === 'lenient' && event.target.length === 0 ? Math.min(need, 1) : need);
  }
  if (gold.source.length > 0 && !overlaps(event.source, gold.source)) return false;
  if (gold.target.length === 0 || (rule === 'lenient' && event.target.length === 0)) return true;
  return overlaps(event.target, gold.target);
}

/** Unresolved names compare by their words: "unresolved:Palestinian sources" = "unresolved:palestinian-sources". */
function sameActor(a: string, b: string): boolean {
  const norm = (id: string) => (id.startsWith('unresolved:') ? id.toLowerCase().replace(/[^a-z0-9:]+/g, '-') : id);
  return norm(a) === norm(b);
}

/**
 * Scores a bundle against the gold: a predicted event is correct when it matches some gold event of its
 * article (repeated mentions of one event all count as correct); a gold event is found when some
 * predicted event matches it.
 */
export function scoreBundle(bundle: Bundle, gold: GoldFile, rule: MatchRule = 'lenient'): { perArticle: Score[]; overall: Score } {
  const perArticle = Object.entries(gold.articles).map(([articleId, { events: goldEvents }]) => {
    const predicted = bundle.events.filter((e) => e.articleId === articleId);
    const truePositives = predicted.filter((p) => goldEvents.some((g) => matchesGold(p, g, rule))).length;
    const found = goldEvents.filter((g) => predicted.some((p) => matchesGold(p, g, rule))).length;
    return toScore(articleId, predicted.length, goldEvents.length, truePositives, found);
  });
  const sum = (k: 'predicted' | 'gold' | 'truePositives' | 'found') => perArticle.reduce((n, s) => n + s[k], 0);
  return { perArticle, overall: toScore('overall', sum('predicted'), sum('gold'), sum('truePositives'), sum('found')) };
}

function toScore(articleId: string, predicted: number, gold: number, truePositives: number, found: number): Score {
  return {
    articleId,
    predicted,
    gold,
    truePositives,
    found,
    precision: predicted === 0 ? 0 : truePositives / predicted,
    recall: gold === 0 ? 1 : found / gold,
  };
}

/** A fixed-width table of scores for the console. */
export function formatScores(scores: Score[]): string {
  const rows = scores.map(
    (s) => `${s.articleId.padEnd(22)} predicted ${String(s.predicted).padStart(3)}  gold ${String(s.gold).padStart(3)}  precision ${s.precision.toFixed(2)}  recall ${s.recall.toFixed(2)}`,
  );
  return rows.join('\n');
}
