import type { Token } from '../text/tokens.ts';

/**
 * Nouns an adjectival "military" describes in "the military agreement", "the military cooperation", "the military
 * exercises": what is agreed, shared or held, not an armed force. "The military" before one of them names no party
 * (the bare "the military" would be the forces of the state named last, and the verb before it, "pulled out of the
 * military agreement with Seoul", would lose its object).
 */
const DESCRIBED_BY_MILITARY = new Set([
  ...['agreement', 'agreements', 'accord', 'accords', 'pact', 'pacts', 'deal', 'deals', 'treaty', 'treaties'],
  ...['alliance', 'cooperation', 'co-operation', 'ties', 'relations', 'partnership', 'talks', 'dialogue'],
  ...['aid', 'assistance', 'support', 'exercise', 'exercises', 'drill', 'drills', 'hotline', 'channel'],
]);

/** Whether the word after a bare "military" at `at` is a noun it describes ("the military pact"). */
export function describesNoun(tokens: Token[], at: number): boolean {
  return tokens[at]?.lower === 'military' && DESCRIBED_BY_MILITARY.has(tokens[at + 1]?.lower ?? '');
}
