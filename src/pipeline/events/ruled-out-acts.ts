import type { EventDraft } from './event-records.ts';

// Ruling out an act of one's own: "Zelensky ruled out meeting Putin in Moscow", "Germany ruled out sending troops to
// Ukraine", "Erdogan ruled out talks with the PKK". The refusal (REJECT) is aimed at the party the act would have
// involved, and the act is the refuser's, one that will not take place (denied), as after "refused to". Read alone,
// the act has no source (its subject is the refuser, before "ruled out") and is told as done, and the refusal has
// no target.

// Words that may stand between "ruled out" and the act: "any", "further", "direct", "a new round of".
const BETWEEN = /^(any|a|an|the|further|new|more|direct|fresh|immediate|round|of|possibility|idea|prospect)$/;
const BETWEEN_REACH = 5;

/** Each act ruled out, the refuser's and denied, and each refusal aimed at the act's other party. */
export function withRuledOutActs(drafts: EventDraft[]): EventDraft[] {
  const refusals = drafts.filter((d) => d.type === 'REJECT' && isRulingOut(d));
  if (refusals.length === 0) return drafts;
  const acts = new Map<EventDraft, EventDraft>();
  for (const refusal of refusals) {
    const act = drafts.find((d) => d !== refusal && d.type !== 'REJECT' && follows(refusal, d));
    if (act) acts.set(refusal, act);
  }
  return drafts.map((d) => {
    const act = acts.get(d);
    if (act) {
      const own = new Set(d.source.map((p) => p.actorId));
      return d.target.length > 0 ? d : { ...d, target: act.target.filter((p) => !own.has(p.actorId)) };
    }
    const refusal = [...acts.entries()].find(([, a]) => a === d)?.[0];
    if (!refusal) return d;
    const source = d.source.length > 0 ? d.source : refusal.source;
    const target = d.target.filter((p) => !source.some((s) => s.actorId === p.actorId));
    return { ...d, source, target, modality: 'denied' as const, modalityCue: 'ruled out' };
  });
}

function isRulingOut({ tokens, match }: EventDraft): boolean {
  const verb = tokens[match.verbToken ?? match.tokenStart]?.lower ?? '';
  return /^rul(e|ed|es|ing)$/.test(verb) && tokens[match.tokenEnd - 1]?.lower === 'out';
}

/** Whether `act`'s trigger follows the refusal's, past only a few words of its noun phrase. */
function follows(refusal: EventDraft, act: EventDraft): boolean {
  if (act.sentence.index !== refusal.sentence.index) return false;
  const from = refusal.match.tokenEnd;
  const at = act.match.tokenStart;
  if (at < from || at - from > BETWEEN_REACH) return false;
  for (let j = from; j < at; j++) if (!BETWEEN.test(act.tokens[j]!.lower)) return false;
  return true;
}
