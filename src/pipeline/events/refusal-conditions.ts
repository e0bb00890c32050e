import type { EventDraft } from './event-records.ts';

// "Kinshasa refused to sign the accord unless Rwanda withdrew its troops", "the Taliban will not negotiate with
// Kabul until the government frees their prisoners": a refusal held until or unless another party acts sets that
// act as a condition, a demand of that party (PLOVER REQUEST, as `set-conditions.ts` reads "only if"), made when
// the refusal is. A plain "if" is left to threats and offers; a past act that only waited ("did not fire until
// Israel struck") is no refusal (no REJECT) and so no demand.
const REFUSAL_OPENERS = new Set(['until', 'unless']);
// How far after the refused act the opener may stand ("refused to sign the peace accord in Doha unless").
const OPENER_REACH = 12;

/**
 * Each REJECT held by "until" or "unless" another party acts, followed by its REQUEST of that party; read over the
 * article's drafts once the refusals stated as intents ("will not negotiate") are among them.
 */
export function withRefusalDemands(drafts: EventDraft[]): EventDraft[] {
  if (!drafts.some((d) => d.type === 'REJECT')) return drafts;
  return drafts.flatMap((d) => {
    if (d.type !== 'REJECT' || d.modality !== 'occurred' || d.source.length === 0) return [d];
    const acting = new Set(d.source.map((p) => p.actorId));
    // The party named after the opener, else the one refused ("will not negotiate with Kabul until the government
    // frees ...": "the government" is Kabul's).
    const conditioned = (d.conditionedOn?.length ?? 0) > 0 ? d.conditionedOn! : d.target;
    const target = conditioned.filter((p) => !acting.has(p.actorId));
    if (target.length === 0) return [d];
    const opener = openerAfter(d);
    if (!opener) return [d];
    const told = drafts.some(
      (o) =>
        o.type === 'REQUEST' &&
        o.sentence.index === d.sentence.index &&
        o.target.some((p) => target.some((t) => t.actorId === p.actorId)),
    );
    if (told) return [d];
    const request: EventDraft = {
      ...d,
      type: 'REQUEST',
      mode: null,
      target,
      modalityCue: `refused ${opener} another acts: a condition set`,
      conditionedOn: undefined,
      statedIntent: undefined,
      demandedBy: undefined,
    };
    return [d, request];
  });
}

/** The first "if", "unless" or "until" after the draft's trigger, when it is "until" or "unless". */
function openerAfter({ tokens, match }: EventDraft): string | null {
  for (let j = match.tokenEnd; j < Math.min(tokens.length, match.tokenEnd + OPENER_REACH); j++) {
    const word = tokens[j]!.lower;
    if (word === ';' || word === 'if') return null;
    if (REFUSAL_OPENERS.has(word)) return word;
  }
  return null;
}
