import { phraseTokens, type Token } from '../text/tokens.ts';
import type { AgentMatch } from './compose-agents.ts';
import type { Gazetteer } from './gazetteer.ts';
import { GOVERNMENT_NOUNS } from './office-titles.ts';
import { PhraseTrie } from './phrase-trie.ts';

/** Kinds of actors that act through officials but are neither states (composed apart) nor people. */
const BODY_KINDS = new Set(['armed-group', 'organization', 'igo', 'other', 'media']);

let nouns: PhraseTrie<true> | null = null;

/** "officials", "negotiators", "a delegation": the government nouns, matched after a body's name. */
function officialNouns(): PhraseTrie<true> {
  if (nouns) return nouns;
  nouns = new PhraseTrie<true>();
  for (const noun of GOVERNMENT_NOUNS) nouns.add(phraseTokens(noun), true);
  return nouns;
}

/**
 * "Hamas negotiators", "EU diplomats", "a Taliban delegation": a noun for officials right after the name of an
 * armed group or organisation names the body acting through them, as "Iranian officials" names Iran; the
 * mention covers both, so the words that named the actor are the whole phrase. The end of the noun, else null.
 * Before a capitalised name the noun is a title ("Hamas official Khalil al-Hayya"), which the person's mention
 * takes.
 */
export function bodyAgentsEnd(tokens: Token[], end: number, actorId: string, gazetteer: Gazetteer): number | null {
  if (!tokens[end]?.isWord || tokens[end]!.capitalised) return null;
  if (!BODY_KINDS.has(gazetteer.actors.get(actorId)?.kind ?? '')) return null;
  const noun = officialNouns().longestMatch(tokens, end);
  if (!noun) return null;
  const after = tokens[end + noun.length];
  return after?.isWord && after.capitalised ? null : end + noun.length;
}

// Sectors whose nouns name an armed group's own fighters: "fighters from the RSF".
const FIGHTER_SECTORS = new Set(['military', 'militants', 'rebels']);

/**
 * "a delegation from Hamas", "officials from the EU", "fighters from the RSF": an agent noun and "from" before
 * an armed group's or organisation's name is that body, as "troops from Chad" is Chad's military; fighters
 * only of an armed group. The body and the token after its name, else null.
 */
export function bodyFrom(tokens: Token[], from: number, sector: string, gazetteer: Gazetteer): AgentMatch | null {
  const match = gazetteer.phrases.longestMatch(tokens, from);
  for (const meaning of match?.values ?? []) {
    if (meaning.kind !== 'name') continue;
    const kind = gazetteer.actors.get(meaning.actorId)?.kind ?? '';
    const fits = sector === 'government' ? BODY_KINDS.has(kind) : kind === 'armed-group' && FIGHTER_SECTORS.has(sector);
    if (fits) return { actorId: meaning.actorId, end: from + match!.length };
  }
  return null;
}
