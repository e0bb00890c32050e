import type { Token } from '../text/tokens.ts';
import type { AgentMatch } from './compose-agents.ts';
import { type Gazetteer, resolveRole } from './gazetteer.ts';
import { MILITARY_NOUNS } from './office-titles.ts';
import { MILITARY_SECTOR } from './sector-agents.ts';

/** A seat of government opening its sentence as the scene ("In Khartoum, ..."), and where its subject begins. */
export type OpeningSetting = { stateId: string; subjectStart: number };

const SCENE_PREPOSITIONS = new Set(['in', 'at']);
// Time words that may stand between the place and its comma: "In Geneva on Monday,", "In Kyiv late on Tuesday,".
const TIME_WORDS =
  /^(on|late|early|last|this|overnight|night|morning|afternoon|evening|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,4})$/;
const MAX_TIME_WORDS = 4;

/**
 * "In Khartoum, the army and the RSF agreed", "In Islamabad on Monday, officials accused India": a capital or
 * seat that opens the sentence before a comma is where it happens, and the state it belongs to is whose "army"
 * or "officials" the subject right after it means when the subject names none. Null when the sentence does
 * not open so.
 */
export function openingSetting(tokens: Token[], gazetteer: Gazetteer): OpeningSetting | null {
  if (!SCENE_PREPOSITIONS.has(tokens[0]?.lower ?? '')) return null;
  const from = tokens[1]?.lower === 'the' ? 2 : 1;
  const match = gazetteer.phrases.longestMatch(tokens, from);
  const seat = match?.values.find((v) => v.kind === 'seat');
  if (!match || !seat || seat.kind !== 'seat') return null;
  let comma = from + match.length;
  while (comma - from - match.length < MAX_TIME_WORDS && TIME_WORDS.test(tokens[comma]?.lower ?? '')) comma++;
  if (tokens[comma]?.text !== ',') return null;
  const subjectStart = tokens[comma + 1]?.lower === 'the' ? comma + 2 : comma + 1;
  return { stateId: seat.actorId, subjectStart };
}

// One state's own organs; plural parties ("the leaders", "both sides") may be the two states of a meeting.
const STATE_ORGANS = new Set([
  'officials',
  'official',
  'government',
  'administration',
  'authorities',
  'ministry',
  'cabinet',
  'leadership',
  'regime',
]);
const MILITARY_WORDS = new Set(MILITARY_NOUNS.filter((noun) => !noun.includes(' ')));

/**
 * Whom the subject right after the scene names when it names no state: the holder of a bare title at the date
 * ("In Moscow, the foreign minister" is Russia's), else the state's organ (`sceneOrgan`).
 */
export function sceneAgent(
  tokens: Token[],
  at: number,
  stateId: string,
  gazetteer: Gazetteer,
  isoDay: string | null,
): (AgentMatch & { via: 'role' | 'group' }) | null {
  const match = gazetteer.phrases.longestMatch(tokens, at);
  const title = match?.values.find((v) => v.kind === 'role');
  if (match && title?.kind === 'role' && title.of === null) {
    const country = gazetteer.actors.get(stateId)?.country ?? null;
    const holder = country ? resolveRole(gazetteer, title.offices, country, isoDay)[0] : undefined;
    return holder ? { actorId: holder, end: at + match.length, via: 'role' } : null;
  }
  const organ = sceneOrgan(tokens, at, stateId, gazetteer);
  return organ ? { ...organ, via: 'group' } : null;
}

/**
 * The scene's state's organ the subject names, one qualifying word allowed ("officials", "the foreign
 * ministry", "the commerce ministry", "the army", "government troops"): the state, or its military.
 */
function sceneOrgan(tokens: Token[], at: number, stateId: string, gazetteer: Gazetteer): AgentMatch | null {
  // The longer reading first: "government troops" are the military, not the government.
  const qualified = /^\p{Ll}+$/u.test(tokens[at]?.text ?? '');
  for (const noun of qualified ? [at + 1, at] : [at]) {
    const word = tokens[noun]?.lower ?? '';
    if (STATE_ORGANS.has(word)) return { actorId: stateId, end: noun + 1 };
    if (MILITARY_WORDS.has(word)) {
      const military =
        gazetteer.militaryOf.get(stateId) ?? gazetteer.sectors.actorOf.get(`${stateId}|${MILITARY_SECTOR}`);
      return { actorId: military ?? stateId, end: noun + 1 };
    }
  }
  return null;
}
