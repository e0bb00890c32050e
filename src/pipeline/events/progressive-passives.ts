import type { Token } from '../text/tokens.ts';

// The present progressive passive tells an act going on at the time of the report: "troops are being sent to the
// front", "the city is being shelled", "prisoners are still being held". Read alone, the participle is a past
// tense, and the act one occurrence on the day of the report. "Was being" and "were being" tell an act going on
// at a past moment, over by the report: they stay a past tense.
const PRESENT_BE = new Set(['is', 'are', 'am', "'re", '’re']);

/**
 * The cue when the trigger at `triggerStart` is a participle in the present progressive passive ("are being
 * sent"), "being" either opening the trigger or right before it, an adverb allowed after the auxiliary ("are
 * still being held"); null otherwise.
 */
export function progressivePassive(tokens: Token[], triggerStart: number): string | null {
  let j = tokens[triggerStart]?.lower === 'being' ? triggerStart : triggerStart - 1;
  if (tokens[j]?.lower !== 'being' || !isParticiple(tokens[j + 1])) return null;
  j--;
  if (tokens[j]?.pos === 'ADV' && tokens[j]!.lower !== 'not') j--;
  const auxiliary = tokens[j]?.lower ?? '';
  return PRESENT_BE.has(auxiliary) ? `${auxiliary} being …ed` : null;
}

/** A past participle after "being": a verb form in -ed or -en, or one the tagger reads as a verb ("sent", "held"). */
function isParticiple(token: Token | undefined): boolean {
  if (!token || !token.isWord || token.lower.endsWith('ing')) return false;
  return token.pos === 'VERB' || /(ed|en)$/.test(token.lower);
}
