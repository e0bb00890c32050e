import type { ResolvedDate } from '../dates/resolve-date.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// Thanking a party for aid reports the aid ("Kyiv thanked Oslo for a new package of military aid"): besides
// the SUPPORT of the thanks, the party thanked gave the aid to the side of the one thanking (CAMEO 07, provide
// aid), done as the thanks says, on no day of its own (the day of the thanks is not the aid's). Support, help, backing or hospitality thanked for are no aid (help is as often
// a mediator's). An aid the sentence reports itself ("its aid to Ukraine") is not told twice.
const THANKS = new Set(['thank', 'thanks', 'thanked', 'thanking']);
// Nouns of what is given: aid, money, arms, goods.
const AID_NOUNS = new Set([
  ...['aid', 'assistance', 'donation', 'donations', 'funding', 'funds', 'loan', 'loans', 'grant'],
  ...['weapons', 'arms', 'ammunition', 'supplies', 'equipment', 'vaccines', 'delivery', 'deliveries'],
  ...['shipment', 'shipments'],
]);
// Words after "for" within which the aid noun is looked for ("for a new package of humanitarian aid").
const AID_REACH = 7;
// Words that end the phrase thanked for: a new clause or another act.
const PHRASE_ENDS = new Set([',', ';', 'but', 'which', 'that', 'after', 'as', 'while']);
// Words between the party thanked and "for": a day ("thanked Turkey on Friday for").
const FOR_REACH = 4;

/**
 * Each SUPPORT of thanks for aid followed by the AID it reports, from the party thanked to the thanker's side,
 * dated `undated` (the publication day, precision unknown).
 */
export function withThankedAid(
  drafts: EventDraft[],
  sideOf: (actorId: string) => string,
  undated: ResolvedDate,
): EventDraft[] {
  return drafts.flatMap((d) => {
    if (d.type !== 'SUPPORT' || d.target.length === 0 || d.source.length === 0) return [d];
    if (!THANKS.has(d.tokens[d.match.tokenStart]!.lower) || !thanksForAid(d)) return [d];
    const told = drafts.some(
      (o) => o.type === 'AID' && o.source.some((p) => d.target.some((t) => t.actorId === p.actorId)),
    );
    if (told) return [d];
    const receivers = new Map<string, Participant>();
    for (const p of d.source) {
      const side = sideOf(p.actorId);
      if (!receivers.has(side)) receivers.set(side, { ...p, actorId: side });
    }
    const aid: EventDraft = {
      ...d,
      type: 'AID',
      mode: null,
      source: d.target,
      target: [...receivers.values()].filter((r) => !d.target.some((t) => sideOf(t.actorId) === r.actorId)),
      modalityCue: 'thanked for aid',
      date: undated,
      dateSpan: null,
    };
    return aid.target.length > 0 ? [d, aid] : [d];
  });
}

/** "thanked Japan for a new package of humanitarian aid": "for" after the party thanked, then an aid noun. */
function thanksForAid({ tokens, target }: EventDraft): boolean {
  const end = Math.max(...target.map((p) => p.span?.end ?? -1));
  const next = tokens.findIndex((t) => t.start >= end);
  if (next < 0) return false;
  let after = next;
  while (after < Math.min(tokens.length, next + FOR_REACH) && tokens[after]!.lower !== 'for') {
    if (PHRASE_ENDS.has(tokens[after]!.lower)) return false;
    after++;
  }
  if (tokens[after]?.lower !== 'for') return false;
  for (let j = after + 1; j < Math.min(tokens.length, after + 1 + AID_REACH); j++) {
    const word = tokens[j]!.lower;
    if (PHRASE_ENDS.has(word)) return false;
    if (AID_NOUNS.has(word)) return true;
  }
  return false;
}
