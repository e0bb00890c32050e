import type { PloverType } from '../../model/bundle-schema.ts';
import type { ActorMention } from '../actors/find-mentions.ts';
import { isClauseBoundary } from '../text/clauses.ts';
import type { Token } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';
import type { Participant } from './participants.ts';

// Answers to what another party put forward: refusing it (REJECT), giving in to it (CONCEDE), accepting or
// endorsing it (AGREE, SUPPORT). PLOVER's target of an answer is the party whose proposal, demand or offer it
// answers, often named only inside the object ("rejected the rebels' call for a truce").
const ANSWERS = new Set<PloverType>(['REJECT', 'CONCEDE', 'AGREE', 'SUPPORT']);
// What one party puts to another.
const PROPOSALS = new Set([
  'call',
  'calls',
  'demand',
  'demands',
  'proposal',
  'proposals',
  'offer',
  'offers',
  'plan',
  'request',
  'requests',
  'invitation',
  'appeal',
  'appeals',
  'ultimatum',
  'terms',
  'conditions',
  'overture',
  'overtures',
  'initiative',
]);
// Dealings with a party: refusing talks with someone refuses that party.
const DEALINGS = new Set(['talks', 'negotiations', 'dialogue', 'meeting', 'meetings', 'contacts', 'contact']);
// Agreements made between two parties: welcoming or rejecting "the deal between A and B" answers A and B.
const DEALS = new Set([
  ...['deal', 'agreement', 'accord', 'accords', 'truce', 'ceasefire', 'treaty', 'declaration', 'pact'],
  ...['talks', 'negotiations', 'dialogue'],
]);
// Stances taken on a deal others made; accepting or guaranteeing one ("a US-guaranteed agreement between") is no
// answer to its parties.
const STANCES = new Set<PloverType>(['REJECT', 'SUPPORT']);
// How far into the object the author is looked for.
const REACH = 8;
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const LIST_JOINERS = new Set(['and', ',', 'or']);

/**
 * The party an answer responds to, read in its object: "X's call", "the Russian proposal", "calls from X",
 * "negotiations with X". Empty when the trigger is no answer or the object names no one but the answerer.
 */
export function answeredParty(
  match: TriggerMatch,
  tokens: Token[],
  mentions: ActorMention[],
  answerer: Participant[],
  isPerson: (actorId: string) => boolean = () => false,
): Participant[] {
  if (!ANSWERS.has(match.trigger.type)) return [];
  const own = new Set(answerer.map((p) => p.actorId));
  const startingAt = new Map(mentions.map((m) => [m.tokenStart, m]));
  const end = Math.min(tokens.length, match.tokenEnd + REACH);
  for (let j = match.tokenStart + 1; j < end; j++) {
    const token = tokens[j]!;
    if (j >= match.tokenEnd && (token.text === ',' || isClauseBoundary(token, tokens[j + 1]))) return [];
    if (OWNER_PRONOUNS.has(token.lower) && ownsProposal(tokens, j))
      return pronounOwner(token, match, mentions, own, isPerson);
    const mention = startingAt.get(j);
    const author =
      mention && !own.has(mention.actorId) && isAuthorOfProposal(mention, tokens)
        ? [asParticipant(mention)]
        : partyAfter(j, tokens, startingAt, own, match.trigger.type);
    if (author.length > 0) return author;
  }
  return [];
}

// Possessive pronouns: "his" and "her" own through a person, "their" and "its" through a state or group.
const OWNER_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/** "met his demands", "rejected their call for a truce": the pronoun owns a proposal, one modifier at most between. */
function ownsProposal(tokens: Token[], pronoun: number): boolean {
  return PROPOSALS.has(tokens[pronoun + 1]?.lower ?? '') || PROPOSALS.has(tokens[pronoun + 2]?.lower ?? '');
}

/**
 * "Fico said Brussels had met his demands", "the rebels said the army had rejected their call": the owner is the
 * party named last before the answer that is not the answerer, a person for "his" or "her".
 */
function pronounOwner(
  pronoun: Token,
  match: TriggerMatch,
  mentions: ActorMention[],
  own: Set<string>,
  isPerson: (actorId: string) => boolean,
): Participant[] {
  const personal = pronoun.lower === 'his' || pronoun.lower === 'her';
  const owner = mentions
    .filter(
      (m) =>
        m.tokenEnd <= match.tokenStart &&
        m.via !== 'adjective' &&
        !own.has(m.actorId) &&
        isPerson(m.actorId) === personal,
    )
    .at(-1);
  return owner ? [{ actorId: owner.actorId, span: { start: pronoun.start, end: pronoun.end }, via: 'pronoun' }] : [];
}

/** "the rebels' demand", "Kyiv's peace plan", "the American proposal": a possessor or adjective of a proposal. */
function isAuthorOfProposal(mention: ActorMention, tokens: Token[]): boolean {
  let j = mention.tokenEnd;
  if (mention.via !== 'adjective') {
    if (!POSSESSIVE.has(tokens[j]?.lower ?? '')) return false;
    j++;
  }
  // One modifier may stand between: "Kyiv's peace plan", "the Russian ceasefire proposal".
  return PROPOSALS.has(tokens[j]?.lower ?? '') || PROPOSALS.has(tokens[j + 1]?.lower ?? '');
}

/**
 * "calls from Washington and Brussels", "talks with the rebels", "the deal between Congo and Rwanda": the parties
 * after a proposal, dealings or agreement noun.
 */
function partyAfter(
  j: number,
  tokens: Token[],
  startingAt: Map<number, ActorMention>,
  own: Set<string>,
  type: PloverType,
): Participant[] {
  const noun = tokens[j]!.lower;
  const preposition = tokens[j + 1]?.lower ?? '';
  const fitting =
    (PROPOSALS.has(noun) && (preposition === 'from' || preposition === 'by')) ||
    (DEALINGS.has(noun) && preposition === 'with') ||
    (DEALS.has(noun) && preposition === 'between' && STANCES.has(type));
  if (!fitting) return [];
  let at = tokens[j + 2]?.lower === 'the' ? j + 3 : j + 2;
  const listed: Participant[] = [];
  for (let mention = startingAt.get(at); mention; mention = startingAt.get(at)) {
    if (!own.has(mention.actorId) && mention.via !== 'adjective') listed.push(asParticipant(mention));
    at = mention.tokenEnd;
    if (!LIST_JOINERS.has(tokens[at]?.lower ?? '')) break;
    at += tokens[at + 1]?.lower === 'the' ? 2 : 1;
  }
  return listed;
}

function asParticipant(m: ActorMention): Participant {
  return { actorId: m.actorId, span: { start: m.start, end: m.end }, via: m.via };
}
