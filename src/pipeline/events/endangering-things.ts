import type { Gazetteer } from '../actors/gazetteer.ts';
import { startsBareAgent } from '../actors/compose-agents.ts';
import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';

const THREATEN_FORMS = new Set(['threaten', 'threatens', 'threatened', 'threatening']);

// Words between a subject and its verb: "could", "has", "seriously", "also".
const SKIPPED_TAGS = new Set(['AUX', 'ADV', 'PART']);

// Nouns for parties the gazetteer's agents do not list, which can threaten as people do.
const PARTY_NOUNS = new Set([
  'group',
  'groups',
  'militia',
  'militias',
  'coalition',
  'alliance',
  'movement',
  'side',
  'sides',
  'country',
  'countries',
  'nation',
  'nations',
  'state',
  'states',
  'regime',
  'junta',
  'government',
  'leader',
  'leaders',
  'man',
  'men',
  'gunmen',
]);

/**
 * "the deployment threatened regional stability", "the dispute threatens to derail the talks": with a thing for
 * its subject, "threaten" means to endanger, and no party threatens anyone. Reading the verb as a threat sent its
 * source past the thing to whoever the sentence named before it (the speaker who said so). A subject that is a
 * name, a party noun, an agent noun or a pronoun keeps the threat.
 */
export function isThreatByParty(
  match: TriggerMatch,
  tokens: Token[],
  mentions: ActorMention[],
  gazetteer: Gazetteer,
): boolean {
  if (match.trigger.type !== 'THREATEN') return true;
  const verb = match.verbToken ?? match.tokenStart;
  if (!THREATEN_FORMS.has(tokens[verb]?.lower ?? '')) return true;
  return hasPartySubject(sharedSubjectVerb(verb, tokens), tokens, mentions, gazetteer);
}

const CONJUNCTIONS = new Set(['and', 'or', 'but']);

/** "the move violated the law and threatened": the verb whose subject "threatened" shares, else itself. */
function sharedSubjectVerb(verb: number, tokens: Token[]): number {
  if (!CONJUNCTIONS.has(tokens[verb - 1]?.lower ?? '')) return verb;
  for (let j = verb - 2; j >= 0 && j >= verb - 12; j--) {
    const token = tokens[j]!;
    if (token.pos === 'VERB') return j;
    if (!token.isWord && token.text !== ',') break;
  }
  return verb;
}

function hasPartySubject(verb: number, tokens: Token[], mentions: ActorMention[], gazetteer: Gazetteer): boolean {
  let head = verb - 1;
  while (head >= 0 && SKIPPED_TAGS.has(tokens[head]!.pos ?? '')) head--;
  const token = tokens[head];
  if (!token || token.pos !== 'NOUN' || token.capitalised) return true;
  if (PARTY_NOUNS.has(token.lower) || startsBareAgent(tokens, head, gazetteer)) return true;
  // "al-Qaeda's terror network", "the Houthi leadership": a party named in the subject's phrase acts through it.
  for (let j = head; j >= 0 && NOUN_PHRASE_TAGS.has(tokens[j]!.pos ?? ''); j--)
    if (tokens[j]!.capitalised || mentions.some((m) => m.tokenStart <= j && j < m.tokenEnd)) return true;
  return false;
}

// Words of a noun phrase before its head, the possessive's "'s" (tagged PART) included.
const NOUN_PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'PART', 'NUM']);
