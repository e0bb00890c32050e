import type { Token } from '../text/tokens.ts';
import type { ActorMention } from './find-mentions.ts';
import type { Gazetteer } from './gazetteer.ts';
import { isHeadTitleWord, isTitleWord } from './infer-people.ts';

/**
 * "Rwandan minister James Kabarebe", "RSF commander Mohamed Hamdan Dagalo", "Iran's envoy Ali Bagheri": a
 * state or group, a lower-case title and a person's name are one mention of that person. The state or group
 * only says whose the title is; read apart, it would stand in for the person the sentence is about.
 */
export function mergeOwnerTitleWithName(
  mentions: ActorMention[],
  tokens: Token[],
  gazetteer: Gazetteer,
): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    if (prev && isPerson(m, gazetteer) && !isPerson(prev, gazetteer) && titleJoins(prev, m, tokens)) {
      out[out.length - 1] = { ...m, tokenStart: prev.tokenStart, start: prev.start };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Lower-case words for a person's post that are no office title: "Hamas official Khalil al-Hayya". */
const POST_WORDS = new Set(['official', 'aide', 'negotiator', 'lawmaker', 'diplomat']);

const isPostHead = (lower: string) => isHeadTitleWord(lower) || POST_WORDS.has(lower);

function isPerson(m: ActorMention, gazetteer: Gazetteer): boolean {
  return (m.inferred ?? gazetteer.actors.get(m.actorId))?.kind === 'person';
}

/**
 * Only title words stand between the owner and the name, and a title with a head word ("minister",
 * "commander") ends the owner's phrase or stands between: "Rwandan minister" + "James Kabarebe".
 */
function titleJoins(owner: ActorMention, person: ActorMention, tokens: Token[]): boolean {
  let head = /^['’]s$/.test(tokens[owner.tokenEnd]?.text ?? '') ? false : isPostHead(tokens[owner.tokenEnd - 1]!.lower);
  let j = owner.tokenEnd;
  if (/^['’]s$/.test(tokens[j]?.text ?? '')) j++;
  for (; j < person.tokenStart; j++) {
    const token = tokens[j]!;
    // A capitalised title ("Foreign Minister") is read with the name already; this is the lower-case kind.
    if (!token.isWord || token.capitalised || !(isTitleWord(token.lower) || POST_WORDS.has(token.lower))) return false;
    head ||= isPostHead(token.lower);
  }
  return head;
}
