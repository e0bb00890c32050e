import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { CompiledTrigger } from './trigger-lexicon.ts';
import type { Participant } from './participants.ts';

// Threats made in words (PLOVER THREATEN, CAMEO 13). Two constructions the trigger lexicon cannot read alone:
// - "threatened new tariffs on China", "threatened to impose sanctions on Moscow": the measure threatened is
//   named, and PLOVER codes it besides the threat, as a hypothetical SANCTION by the one who threatens.
// - "Ankara would treat any incursion as an act of war", "any blockade will be regarded as a declaration of
//   war, Seoul said": calling a possible act a cause of war warns its author, a THREATEN by the one who says
//   so, not an ACCUSE of an act that has not happened.

// Measures of a sanction a threat may name (CAMEO 163, 172: embargo, sanctions; tariffs as trade sanctions).
// Unnamed "consequences" a party would face are coded as sanctions too, the usual measure of such a warning.
const MEASURES =
  /^(sanctions|countermeasures|tariffs?|embargo(es)?|duties|levies|penalties|blacklisting|asset|assets|export|visa|trade|travel|consequences)$/;
// "sanctions" needs no noun after it; "export controls", "asset freezes", "visa bans" do.
const MEASURE_HEADS =
  /^(sanctions|countermeasures|tariffs?|embargo(es)?|duties|levies|penalties|controls|freezes?|bans?|consequences)$/;
// Measures of force a warning may name: "would face military strikes", "would face military action".
const FORCE_HEADS = /^(strikes|airstrikes|bombing|bombings|attacks?)$/;
const FORCE_AFTER_MILITARY = /^(action|force|strikes|response|retaliation)$/;
// Words a threatened measure's phrase may hold before its noun: "an extra 50 percent tariff", "to impose new";
// after a warning's clause, the verb of undergoing and its modal ("that Manila would face serious ..."); the day
// of the warning before its clause ("warned Minsk on Monday that new sanctions would follow").
const MEASURE_LEAD =
  /^(a|an|the|new|more|further|fresh|extra|additional|heavy|severe|tough|tougher|harsher|secondary|sweeping|higher|\d[\d.,]*|percent|per|cent|%|to|impose|slap|levy|reimpose|introduce|with|of|that|it|they|would|will|could|face|faces|bear|suffer|incur|very|serious|grave|dire|harsh|unprecedented|crippling|massive|economic|air|on|again|(mon|tues|wednes|thurs|fri|satur|sun)day)$/;
const MEASURE_REACH = 8;
/** The modality cue of a measure a threat names: the threat is already its verbal event. */
export const THREATENED_MEASURE = 'threatened';
const THREAT_VERBS = /^(threat|warn)/;

const MEASURE_TRIGGER: CompiledTrigger = {
  type: 'SANCTION',
  mode: null,
  direction: 'forward',
  weight: 0.6,
  defaultModality: 'hypothetical',
  sourceKinds: null,
  pattern: '(measure a threat names)',
  slots: [],
  isNoun: true,
  cameo: '163',
};
const FORCE_TRIGGER: CompiledTrigger = {
  ...MEASURE_TRIGGER,
  type: 'ASSAULT',
  pattern: '(force a threat names)',
  cameo: '190',
};

// "treat|regard|consider|view|deem|see <act> as an act of war".
const REGARDING = /^(treat|regard|consider|view|deem|see|seen)/;
const CAUSES_OF_WAR = new Set(['act', 'declaration', 'cause', 'casus']);
const MODALS = new Set(['would', 'will', "'ll", 'shall', 'be', 'been']);

/** Each threat followed by the hypothetical measure it names; a warning that an act means war made a threat. */
export function withWordedThreats(
  drafts: EventDraft[],
  mentions: ActorMention[],
  sideOf: (actorId: string) => string,
): EventDraft[] {
  // Only a threat or an accusation is read again below: most sentences have neither, and keep their drafts.
  if (!drafts.some((d) => d.type === 'THREATEN' || d.type === 'ACCUSE')) return drafts;
  const warnings = new Map(drafts.map((d) => [d, asWarningOfWar(d, mentions)] as const));
  const regarded = [...warnings.values()].filter((w) => w !== null).map((w) => w.regarded);
  return drafts.flatMap((d) => {
    const warning = warnings.get(d);
    if (warning) return [warning.threat];
    // "any blockade will be treated as an act of war": the act regarded is only supposed, not announced.
    if (regarded.some(([start, end]) => d.match.tokenStart >= start && d.match.tokenStart < end))
      return [{ ...d, modality: 'hypothetical' as const, modalityCue: 'regarded as a cause of war' }];
    const measure = d.type === 'THREATEN' ? threatenedMeasure(d, sideOf) : null;
    return measure && !drafts.some((o) => o.type === measure.type && o.match.tokenStart === measure.match.tokenStart)
      ? [d, measure]
      : [d];
  });
}

/**
 * "threatened an extra 50 percent tariff on China", "warned that sanctions would follow": the measure as a
 * hypothetical SANCTION, or null.
 */
function threatenedMeasure(threat: EventDraft, sideOf: (actorId: string) => string): EventDraft | null {
  const { tokens, match } = threat;
  if (threat.source.length === 0) return null;
  if (match.trigger.isNoun && MEASURE_HEADS.test(tokens[match.tokenStart]!.lower))
    return measureDraft(threat, match.tokenStart, sideOf);
  // "said Minsk would face new sanctions", "would face military strikes": the measure ends the threat's words.
  const last = match.tokenEnd - 1;
  if (threat.mode === 'answer-with-force' && last > match.tokenStart) {
    if (FORCE_HEADS.test(tokens[last]!.lower)) return measureDraft(threat, last, sideOf, FORCE_TRIGGER);
    if (MEASURE_HEADS.test(tokens[last]!.lower)) return measureDraft(threat, last, sideOf);
  }
  if (match.verbToken === null || !THREAT_VERBS.test(tokens[match.verbToken]!.lower)) return null;
  for (let j = match.tokenEnd; j < Math.min(tokens.length, match.tokenEnd + MEASURE_REACH); j++) {
    const word = tokens[j]!.lower;
    if (FORCE_HEADS.test(word) || (word === 'military' && FORCE_AFTER_MILITARY.test(tokens[j + 1]?.lower ?? '')))
      return measureDraft(threat, word === 'military' ? j + 1 : j, sideOf, FORCE_TRIGGER);
    if (MEASURES.test(word)) {
      const head = MEASURE_HEADS.test(word) ? j : MEASURE_HEADS.test(tokens[j + 1]?.lower ?? '') ? j + 1 : -1;
      return head < 0 ? null : measureDraft(threat, head, sideOf);
    }
    if (!MEASURE_LEAD.test(word) && !isOwnerWord(tokens[j]!)) return null;
  }
  return null;
}

/** A nationality adjective or a hyphen inside the phrase ("50-percent", "US-style"). */
function isOwnerWord(token: Token): boolean {
  return token.text === '-' || (token.capitalised && token.isWord);
}

/** The measure threatened: imposed by the threatening party's state ("Trump threatened tariffs": the US). */
function measureDraft(
  threat: EventDraft,
  head: number,
  sideOf: (actorId: string) => string,
  trigger: CompiledTrigger = MEASURE_TRIGGER,
): EventDraft {
  const states = threat.source.map((p) => ({ ...p, actorId: sideOf(p.actorId) }));
  return {
    ...threat,
    type: trigger.type,
    mode: null,
    source: states.filter((p, i) => states.findIndex((q) => q.actorId === p.actorId) === i),
    match: {
      ...threat.match,
      trigger,
      tokenStart: head,
      tokenEnd: head + 1,
      verbForms: null,
      verbToken: null,
    },
    target: threat.target.length > 0 ? threat.target : (threat.conditionedOn ?? []),
    modality: 'hypothetical',
    modalityCue: THREATENED_MEASURE,
    statedIntent: undefined,
    demandedBy: undefined,
    saidBy: undefined,
  };
}

/**
 * "Ankara would treat any Syrian incursion as an act of war": an ACCUSE read from "act of war" after "as",
 * governed by a verb of regarding in the future or the passive, is the threat of the one who regards (the
 * clause's subject, or who says it), against the party the regarded act names, when it names one.
 */
function asWarningOfWar(
  draft: EventDraft,
  mentions: ActorMention[],
): { threat: EventDraft; regarded: [number, number] } | null {
  const { tokens, match } = draft;
  if (draft.type !== 'ACCUSE' || !CAUSES_OF_WAR.has(tokens[match.tokenStart]?.lower ?? '')) return null;
  const article = /^(a|an)$/.test(tokens[match.tokenStart - 1]?.lower ?? '');
  const as = article ? match.tokenStart - 2 : match.tokenStart - 1;
  // "would consider any incursion an act of war": consider and deem take the complement without "as".
  const bare = tokens[as]?.lower !== 'as';
  if (bare && !article) return null;
  const verb = regardingVerbBefore(tokens, bare ? as + 1 : as);
  if (verb < 0 || (bare && !/^(consider|deem)/.test(tokens[verb]!.lower))) return null;
  const modal = tokens[verb - 1]?.lower === 'not' ? verb - 2 : verb - 1;
  if (!MODALS.has(tokens[modal]?.lower ?? '') && !MODALS.has(tokens[modal - 1]?.lower ?? '')) return null;
  const passive = /^(be|been)$/.test(tokens[modal]?.lower ?? '');
  const subject = passive ? undefined : mentions.findLast((m) => m.tokenEnd <= modal && m.via !== 'adjective');
  const source = dedupe([...(subject ? [asParticipant(subject)] : []), ...(draft.saidBy ?? [])]);
  if (source.length === 0) return null;
  const regardedStart = passive ? clauseStart(tokens, modal) : verb + 1;
  const regardedEnd = passive ? modal : as;
  const target = mentions
    .filter((m) => m.tokenStart >= regardedStart && m.tokenEnd <= regardedEnd)
    .map(asParticipant)
    .filter((p) => !source.some((s) => s.actorId === p.actorId));
  const threat: EventDraft = {
    ...draft,
    type: 'THREATEN',
    mode: null,
    source,
    target: dedupe(target),
    modality: 'occurred',
    modalityCue: `warned (${tokens[verb]!.lower} ... ${words(tokens, match.tokenStart, match.tokenEnd)})`,
    saidBy: undefined,
    ...(draft.statementDate ? { date: draft.statementDate, dateSpan: null } : {}),
  };
  return { threat, regarded: [regardedStart, regardedEnd] };
}

/** The verb of regarding that governs "as", within the clause before it, or -1. */
function regardingVerbBefore(tokens: Token[], as: number): number {
  for (let j = as - 1; j >= Math.max(0, as - 14); j--) {
    const token = tokens[j]!;
    if (token.text === ';' || token.lower === 'said' || token.lower === 'that') return -1;
    if (REGARDING.test(token.lower) && token.pos !== 'NOUN' && token.pos !== 'ADJ') return j;
  }
  return -1;
}

/** Where the clause of the passive begins: after the last comma, "that" or verb of saying before it. */
function clauseStart(tokens: Token[], before: number): number {
  for (let j = before - 1; j >= 0; j--) if (/^(,|that|;)$/.test(tokens[j]!.lower)) return j + 1;
  return 0;
}

function words(tokens: Token[], start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((t) => t.lower)
    .join(' ');
}

function asParticipant(m: ActorMention): Participant {
  return { actorId: m.actorId, span: { start: m.start, end: m.end }, via: m.via };
}

function dedupe(list: Participant[]): Participant[] {
  return list.filter((p, i) => list.findIndex((q) => q.actorId === p.actorId) === i);
}
