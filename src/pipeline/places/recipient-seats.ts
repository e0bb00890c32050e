import type { Token } from '../text/tokens.ts';

/** Goods and help sent to a government: "supplies to Damascus", "weapons to Kyiv". */
const GOODS_NOUNS = new Set([
  ...['aid', 'assistance', 'help', 'support', 'supplies', 'food', 'fuel', 'medicine', 'medicines', 'loans'],
  ...['funds', 'funding', 'money', 'weapons', 'arms', 'ammunition', 'shells', 'missiles', 'batteries'],
  ...['systems', 'equipment', 'jets', 'tanks', 'vaccines', 'grain', 'deliveries', 'shipments'],
]);

/**
 * Verbs of handing something over, whose "to" names the recipient: "were delivered to Kyiv", "handed over to
 * Yerevan". Not "sent" or "moved": people are sent to a place as often as goods to a government.
 */
const HANDED_OVER = new Set([
  ...['delivered', 'supplied', 'shipped', 'transferred', 'donated', 'provided', 'over', 'exported', 'sold'],
  ...['deliver', 'supply', 'ship', 'transfer', 'donate', 'provide', 'export', 'sell'],
]);

/** Pressure put on a government: "sanctions on Moscow", "tariffs on Beijing". */
const PRESSURE_NOUNS = new Set([
  ...['sanctions', 'tariffs', 'pressure', 'restrictions', 'embargo', 'embargoes', 'ban', 'bans'],
  ...['curbs', 'duties', 'penalties', 'demands', 'conditions'],
]);

/**
 * Words after which "for" says where someone goes or what is fought over, not for whom: "left for Doha",
 * "bound for Kyiv", "the battle for Khartoum".
 */
const PLACE_BEFORE_FOR = new Set([
  ...['left', 'leave', 'leaves', 'leaving', 'head', 'heads', 'headed', 'heading', 'bound', 'departed'],
  ...['departs', 'departing', 'off', 'out', 'flight', 'flights', 'train', 'trains', 'route', 'battle'],
  ...['battles', 'fight', 'fighting', 'race', 'push', 'march', 'advance', 'offensive', 'assault'],
]);

/**
 * A capital after a preposition is usually where something happens ("talks in Doha", "flew to Kyiv"), but
 * it is the government it seats when it receives what was given or imposed: "batteries for Kyiv", "food
 * and medical supplies to Damascus", "sanctions on Moscow". `at` is the capital's first token.
 */
export function seatReceives(tokens: Token[], at: number): boolean {
  const preposition = tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  const word = tokens[preposition]?.lower;
  const before = tokens[preposition - 1];
  if (!before || !before.isWord) return false;
  if (word === 'for') return !before.capitalised && !PLACE_BEFORE_FOR.has(before.lower);
  if (word === 'to') return GOODS_NOUNS.has(before.lower) || HANDED_OVER.has(before.lower);
  if (word === 'on') return PRESSURE_NOUNS.has(before.lower);
  return false;
}

/** Verbs that address a request to whom follows their preposition: "called on Kyiv to", "appealed to Moscow for". */
const ADDRESSING = new Map([
  ['on', new Set(['call', 'calls', 'called', 'calling', 'prevail', 'prevailed', 'prevailing'])],
  ['to', new Set(['appeal', 'appeals', 'appealed', 'appealing', 'turned', 'turning', 'pleaded', 'pleading'])],
]);

/**
 * A capital after "on" or "to" is the government it seats when a request is addressed to it: "called on Manila
 * to stop", "appealed to Moscow for help"; "talks on Cyprus", "flew to Kyiv" stay places. A capital listed after
 * another shares the list's preposition.
 */
export function seatAddressed(tokens: Token[], at: number): boolean {
  const preposition = beforeList(tokens, at);
  if (preposition === null) return false;
  const verbs = ADDRESSING.get(tokens[preposition]?.lower ?? '');
  return verbs !== undefined && verbs.has(tokens[preposition - 1]?.lower ?? '');
}

/**
 * What a government puts to others: "calls from Washington", "pressure from Brussels", "a warning from Pyongyang";
 * and the envoys posted to it, which a "from" of recall names it by.
 */
const SENT_NOUNS = new Set([
  ...['call', 'calls', 'demand', 'demands', 'request', 'requests', 'appeal', 'appeals', 'pressure', 'proposal'],
  ...['proposals', 'offer', 'offers', 'invitation', 'invitations', 'warning', 'warnings', 'threat', 'threats'],
  ...['ultimatum', 'criticism', 'condemnation', 'protest', 'protests', 'objections', 'backing', 'support'],
  // and the envoys it receives ("recalled its ambassador from Managua", "withdrew their envoys from Abuja").
  ...['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomats', 'embassy', 'mission'],
]);

/**
 * A capital after "from" or "by" is the government it seats when it is who sent a call, demand or warning:
 * "rejected calls from Washington and Brussels", "a proposal by Kyiv"; "flew in from Doha" stays a place.
 * `at` is the capital's first token; a capital listed after another shares the list's preposition.
 */
export function seatSends(tokens: Token[], at: number): boolean {
  const j = beforeList(tokens, at);
  if (j === null) return false;
  const word = tokens[j]?.lower;
  return (word === 'from' || word === 'by') && SENT_NOUNS.has(tokens[j - 1]?.lower ?? '');
}

/** People and bodies of a government that news places in its capital: "leaders in Kyiv", "the regime in Damascus". */
const GOVERNING_NOUNS = new Set([
  ...['leaders', 'leader', 'leadership', 'officials', 'authorities', 'government', 'regime', 'rulers'],
  ...['counterparts', 'counterpart'],
]);

/**
 * A capital after "in" is the government it seats when it says whose leaders or officials are meant: "spoke
 * with leaders in Kinshasa and Kigali", "officials in Beijing said"; "talks in Doha" stays a place. `at` is the
 * capital's first token; a capital listed after another shares the list's noun.
 */
export function seatGoverned(tokens: Token[], at: number): boolean {
  const j = beforeList(tokens, at);
  if (j === null) return false;
  return tokens[j]?.lower === 'in' && GOVERNING_NOUNS.has(tokens[j - 1]?.lower ?? '');
}

/**
 * The token before a list of capitals that ends at the one starting at `at` ("from Washington and Brussels":
 * "from"), past an article before each; null when a listed word is not capitalised.
 */
function beforeList(tokens: Token[], at: number): number | null {
  let j = tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  for (let listed = 0; listed < 3 && /^(and|or|,)$/.test(tokens[j]?.lower ?? ''); listed++) {
    j--;
    while (j > 0 && tokens[j]!.capitalised && tokens[j - 1]!.capitalised) j--;
    if (!tokens[j]?.capitalised) return null;
    j -= tokens[j - 1]?.lower === 'the' ? 2 : 1;
  }
  return j;
}
