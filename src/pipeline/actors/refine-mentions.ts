import { backerMentions } from './backer-phrases.ts';
import { followsLocative } from '../places/find-places.ts';
import { seatAddressed, seatGoverned, seatReceives, seatSends } from '../places/recipient-seats.ts';
import { namedAsPlace } from '../places/place-kind-phrases.ts';
import { ownedActNoun } from '../text/act-nouns.ts';
import { compoundAfterName } from '../text/hyphen-compounds.ts';
import type { Token } from '../text/tokens.ts';
import type { ActorMention } from './find-mentions.ts';
import type { Gazetteer } from './gazetteer.ts';

/** Nouns for the people around a leader: "a Trump envoy", "Netanyahu's office" act for the leader's state. */
const ASSOCIATE_NOUNS = new Set([
  'envoy',
  'envoys',
  'aides',
  'aide',
  'office',
  'team',
  'entourage',
  'officials',
  'administration',
  'government',
  'associates',
  'advisers',
  'advisors',
  'cabinet',
  'camp',
]);

/**
 * Cleans raw gazetteer mentions for event reading: a capital after "in"/"at"/"to" is a place, not a
 * government; media outlets report rather than act; and a leader's unnamed associates stand for the
 * leader's state.
 */
export function refineMentions(mentions: ActorMention[], tokens: Token[], gazetteer: Gazetteer): ActorMention[] {
  const out: ActorMention[] = [];
  const backers = backerMentions(mentions, tokens);
  for (const m of mentions) {
    const actor = gazetteer.actors.get(m.actorId) ?? m.inferred;
    // An outlet reports rather than acts; journalists as a group ("two British journalists") can be acted on.
    if (!actor || (actor.kind === 'media' && !actor.sector)) continue;
    // "Iran-backed Houthis", "Rwanda-backed M23 rebels": a backer in a compound adjective describes the noun
    // after it and is no party of what the sentence reports.
    if (compoundAfterName(tokens, m.tokenEnd) === 'backer') continue;
    // "Backed by Iran, the Houthis ...", "the M23, backed by Rwanda, ...": so is the backer after "by".
    if (backers.has(m)) continue;
    // "talks on the island of Barbados", "the city of Goma": a name told as a place is where, not who.
    if ((m.via === 'name' || m.via === 'seat') && namedAsPlace(tokens, m.tokenStart)) continue;
    // "responded to Seoul's decision": a capital that owns a decision is its government, wherever it stands.
    // "batteries for Kyiv", "sanctions on Moscow": a capital that receives what is given or imposed is its government,
    // and so is one that sends a call or warning ("calls from Washington and Brussels"), or whose leaders or officials
    // are meant ("spoke with leaders in Kinshasa and Kigali").
    if (
      m.via === 'seat' &&
      followsLocative(tokens, m.tokenStart) &&
      ownedActNoun(tokens, m.tokenEnd) < 0 &&
      !seatReceives(tokens, m.tokenStart) &&
      !seatSends(tokens, m.tokenStart) &&
      !seatAddressed(tokens, m.tokenStart) &&
      !seatGoverned(tokens, m.tokenStart)
    )
      continue;
    if (actor.kind === 'person' && absorbsStateName(out.at(-1), m, actor.affiliation)) {
      const state = out.pop()!;
      out.push(
        asAssociate(
          { ...m, tokenStart: state.tokenStart, start: state.start },
          tokens,
          mentions,
          actor.affiliation,
          gazetteer,
        ),
      );
      continue;
    }
    out.push(actor.kind === 'person' ? asAssociate(m, tokens, mentions, actor.affiliation, gazetteer) : m);
  }
  return out;
}

/**
 * "Kosovo Prime Minister Albin Kurti", "Pakistan Prime Minister Shehbaz Sharif": a state's name used as a
 * modifier right before the titled name of a person of that state is part of the person's name, as its
 * demonym would be ("Serbian President Aleksandar Vucic"); left apart, the state would cut the person off
 * from a coordinated subject ("X and Kosovo Prime Minister Albin Kurti met").
 */
function absorbsStateName(before: ActorMention | undefined, person: ActorMention, affiliation: string | null): boolean {
  return (
    before !== undefined &&
    before.via === 'name' &&
    before.tokenEnd === person.tokenStart &&
    before.actorId === affiliation &&
    person.tokenEnd - person.tokenStart >= 2
  );
}

function asAssociate(
  m: ActorMention,
  tokens: Token[],
  all: ActorMention[],
  affiliation: string | null,
  gazetteer: Gazetteer,
): ActorMention {
  let j = m.tokenEnd;
  if (/^['’]s$/.test(tokens[j]?.text ?? '')) j++;
  if (!ASSOCIATE_NOUNS.has(tokens[j]?.lower ?? '')) return m;
  // "Trump's envoy Steve Witkoff", "Netanyahu's spokesperson, Ziv Agmon": the named associate acts.
  const after = tokens[j + 1]?.text === ',' ? j + 2 : j + 1;
  if (all.some((other) => other.tokenStart === after)) return m;
  const state = affiliation ? gazetteer.actors.get(affiliation) : undefined;
  if (!state || state.kind !== 'state') return m;
  return { ...m, actorId: state.id, tokenEnd: j + 1, end: tokens[j]!.end, via: 'group' };
}
