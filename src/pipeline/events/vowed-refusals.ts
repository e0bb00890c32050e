import type { PloverType } from '../../model/bundle-schema.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';

// "Serbia vowed never to recognise Kosovo", "Tehran pledged not to negotiate with Washington", "has vowed to never
// accept": a vow or pledge never to cooperate, meet or give way is a refusal said now, as "said it would never
// recognise" is (`stated-intent.ts` reads the REJECT from the denied act). Without this only the future auxiliary
// made the refusal, so a vow gave the denied act alone.
const VOWS = new Set([
  'vow',
  'vows',
  'vowed',
  'vowing',
  'pledge',
  'pledges',
  'pledged',
  'pledging',
  'promise',
  'promises',
  'promised',
  'promising',
  'swear',
  'swears',
  'swore',
  'swearing',
]);
const NEGATIONS = new Set(['not', 'never']);

/** Whether the act at `triggerStart` follows "vowed never to", "pledged not to" or "vowed to never". */
export function vowsRefusal(tokens: Token[], triggerStart: number): boolean {
  if (!VOWS.has(tokens[triggerStart - 3]?.lower ?? '')) return false;
  const two = tokens[triggerStart - 2]?.lower ?? '';
  const one = tokens[triggerStart - 1]?.lower ?? '';
  return (NEGATIONS.has(two) && one === 'to') || (two === 'to' && NEGATIONS.has(one));
}

// The acts whose vowed denial is a refusal: those `stated-intent.ts` reads a REJECT from (its REFUSABLE_ACTS).
const REFUSED_TYPES = new Set<PloverType>(['COOPERATE', 'AID', 'RETREAT', 'SUPPORT', 'CONSULT', 'AGREE', 'CONCEDE']);

/**
 * Drops the commitment read from the vow verb alone ("pledged" as an AGREE) when what is vowed is a refusal
 * ("pledged not to negotiate with Washington"): the vow is the REJECT, not an agreement. A vow of restraint
 * ("promised not to allow attacks") stays a commitment.
 */
export function withoutVowsOfRefusal(drafts: EventDraft[]): EventDraft[] {
  const vows = new Set<number>();
  for (const d of drafts)
    if (d.modality === 'denied' && REFUSED_TYPES.has(d.type) && vowsRefusal(d.tokens, d.match.tokenStart))
      vows.add(d.match.tokenStart - 3);
  if (vows.size === 0) return drafts;
  return drafts.filter(
    (d) =>
      !(
        d.type === 'AGREE' &&
        d.match.tokenEnd - d.match.tokenStart === 1 &&
        vows.has(d.match.tokenStart) &&
        VOWS.has(d.tokens[d.match.tokenStart]!.lower)
      ),
  );
}
