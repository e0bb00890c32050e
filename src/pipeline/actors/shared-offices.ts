import type { Office, Role } from '../resources/resource-schemas.ts';
import type { Token } from '../text/tokens.ts';
import { type Gazetteer, holderKey, isActive, type PhraseMeaning } from './gazetteer.ts';

/**
 * Offices a state or organisation fills with many people at once: it has envoys and special representatives
 * for many files and an ambassador in every capital, of whom the gazetteer knows a few.
 */
const MANY_HOLDER_OFFICES = new Set<Office>(['envoy']);

/** Words that open the post a title is for: "envoy for Yemen", "envoy on Myanmar", "envoy to the UN". */
const POST_PREPOSITIONS = new Set(['for', 'on', 'to']);

/** The actor a title stands for (null: nobody the gazetteer knows) and the token after the words read. */
export type TitleReading = { actorId: string | null; end: number };

/**
 * "the UN envoy", "the Chinese envoy", "a US envoy": a title of an office many people hold at once names one of
 * them only when something says which. The words after it may name the post ("the UN envoy for Libya", "the
 * Russian envoy to the United Nations"): the holder whose post that is, else the owner, the post's place being
 * read with the title, not as a party ("for"/"on" always; "to" only when it names a holder's post, since "sent
 * its envoy to Moscow" is a journey). Else the holder the article named last ("Grundberg ... the UN envoy") or
 * names in apposition ("the AU's envoy, former Nigerian president Olusegun Obasanjo");
 * else the title's own words when they are one holder's post ("the US special envoy for Iran"); else the state
 * or organisation whose office it is, as PLOVER codes an unnamed official. Null when the match is no such title
 * (names and other offices resolve as before). A title several offices share ("the Kosovo leader": its prime
 * minister or president) names the holder the article named, when it named one.
 */
export function sharedOfficeTitle(
  values: readonly PhraseMeaning[],
  tokens: Token[],
  at: number,
  end: number,
  gazetteer: Gazetteer,
  isoDay: string | null,
  named: readonly string[],
): TitleReading | null {
  if (values.some((v) => 'actorId' in v)) return null;
  const role = values.find((v) => v.kind === 'role');
  if (role?.kind !== 'role' || role.of === null) return null;
  const many = role.offices.some((o) => MANY_HOLDER_OFFICES.has(o));
  // "the Kosovo leader": a title of several offices names the holder of one the article named, else as before.
  if (!many) return role.offices.length > 1 ? namedHolder(gazetteer, role.offices, role.of, isoDay, end, named) : null;
  const holders = activeHolders(gazetteer, role.offices, role.of, isoDay);
  const owner = ownerOf(gazetteer, role.of);
  const post = postAfter(tokens, end);
  if (post) {
    const holder = pick(
      holders.filter((h) => h.title.includes(post.words)),
      named,
    );
    if (holder) return { actorId: holder, end: post.end };
    if (post.preposition !== 'to') return { actorId: owner, end: post.end };
  }
  const indefinite = tokens[at - 1]?.lower === 'a' || tokens[at - 1]?.lower === 'an';
  const known = indefinite
    ? undefined
    : (lastNamed(holders, named) ?? appositiveHolder(tokens, end, holders, gazetteer));
  if (known) return { actorId: known, end };
  const words = tokens
    .slice(at, end)
    .map((t) => t.lower)
    .join(' ');
  const titled = indefinite
    ? undefined
    : pick(
        holders.filter((h) => words.includes(h.title)),
        named,
      );
  return { actorId: titled ?? owner, end };
}

function namedHolder(
  gazetteer: Gazetteer,
  offices: Office[],
  of: string,
  isoDay: string | null,
  end: number,
  named: readonly string[],
): TitleReading | null {
  const known = lastNamed(activeHolders(gazetteer, offices, of, isoDay), named);
  return known ? { actorId: known, end } : null;
}

type Holder = { actorId: string; title: string };

/** Words an appositive may put before the name: "the AU's envoy, former Nigerian president Olusegun Obasanjo". */
const APPOSITION_WINDOW = 6;

/** "the AU's envoy, former Nigerian president Olusegun Obasanjo,": a holder named in apposition to the title. */
function appositiveHolder(tokens: Token[], end: number, holders: Holder[], gazetteer: Gazetteer): string | undefined {
  if (tokens[end]?.text !== ',' || holders.length === 0) return undefined;
  for (let j = end + 1; j <= end + APPOSITION_WINDOW && j < tokens.length; j++) {
    if (tokens[j]!.text === ',') break;
    if (!tokens[j]!.capitalised) continue;
    for (const meaning of gazetteer.phrases.longestMatch(tokens, j)?.values ?? [])
      if (meaning.kind === 'name' && holders.some((h) => h.actorId === meaning.actorId)) return meaning.actorId;
  }
  return undefined;
}

/** The holders of the offices of `of` on the day, each with the title of its post in lower case. */
function activeHolders(gazetteer: Gazetteer, offices: Office[], of: string, isoDay: string | null): Holder[] {
  if (isoDay === null) return [];
  const out: Holder[] = [];
  for (const office of offices)
    for (const { actorId, role } of gazetteer.holders.get(holderKey(office, of)) ?? [])
      if (isActive(role as Role, isoDay)) out.push({ actorId, title: role.title.toLowerCase() });
  return out;
}

/** The state, organisation or group whose office it is, when the gazetteer has it. */
function ownerOf(gazetteer: Gazetteer, of: string): string | null {
  return (gazetteer.actors.get(of) ?? gazetteer.actors.get(of.toLowerCase()))?.id ?? null;
}

/** The one holder among `holders`, or the one the article named last when there are several. */
function pick(holders: Holder[], named: readonly string[]): string | undefined {
  const ids = [...new Set(holders.map((h) => h.actorId))];
  return ids.length === 1 ? ids[0] : lastNamed(holders, named);
}

function lastNamed(holders: Holder[], named: readonly string[]): string | undefined {
  for (let i = named.length - 1; i >= 0; i--) if (holders.some((h) => h.actorId === named[i])) return named[i];
  return undefined;
}

/** "for Yemen", "to the United Nations", "for Serbia and Kosovo": the capitalised words of a post after a title. */
function postAfter(tokens: Token[], end: number): { preposition: string; words: string; end: number } | null {
  const preposition = tokens[end]?.lower ?? '';
  if (!POST_PREPOSITIONS.has(preposition)) return null;
  let j = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
  const words: string[] = [];
  while (j < tokens.length && words.length < 6) {
    const t = tokens[j]!;
    const joins = t.lower === 'and' && tokens[j + 1]?.capitalised && words.length > 0;
    if (!(t.isWord && t.capitalised) && !joins) break;
    words.push(t.lower);
    j++;
  }
  return words.length > 0 ? { preposition, words: words.join(' '), end: j } : null;
}
