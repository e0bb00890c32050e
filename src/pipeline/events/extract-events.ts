import { type ActorMention, findActorMentions } from '../actors/find-mentions.ts';
import { refineMentions } from '../actors/refine-mentions.ts';
import { withRegionalAgents } from '../actors/regional-agents.ts';
import { inferredBundleActors } from '../actors/infer-people.ts';
import type { Actor } from '../../model/bundle-schema.ts';
import { parseIsoDay } from '../dates/calendar.ts';
import { findDateExpressions } from '../dates/date-expressions.ts';
import { withoutDateline } from '../dates/pick-date.ts';
import { findPlaces, type PlaceMention } from '../places/find-places.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import { isHeadline, isOpeningHeadline } from '../text/headlines.ts';
import { applyTags, tagText } from '../text/pos-tags.ts';
import { findQuotes, type QuoteSpan } from '../text/quotes.ts';
import { type Sentence, splitSentences } from '../text/sentences.ts';
import { tokenMask, tokenize, type Token } from '../text/tokens.ts';
import {
  type ArticleState,
  lastPersonBefore,
  newArticleState,
  rememberMeeting,
  rememberNamed,
  rememberPeople,
} from './article-state.ts';
import { attributeQuotes, type ExtractedQuote } from './attribute-quotes.ts';
import { draftEvent, isComplementOfTrigger } from './draft-event.ts';
import { buildEventRecords, type EventDraft, type ExtractedEvent } from './event-records.ts';
import { findTriggers } from './find-triggers.ts';
import { lastAtMost } from '../text/sorted-search.ts';
import type { QuoteSpeakerAt } from './participants.ts';
import { mergeSameTypeDrafts } from './merge-drafts.ts';
import { withoutAnswersTakenByTheirMeans } from './retaliation-means.ts';
import { lastAttackOf, withCondemnedAttackers } from './condemned-attacks.ts';
import { dateHeadlinesByBody, headlineModality } from './headline-events.ts';
import { withSpeakerAsProposer } from './proposal-owners.ts';
import { withStatedIntents } from './stated-intent.ts';
import { withReactionTargets } from './reaction-targets.ts';
import { withPromisedActTargets } from './promise-targets.ts';
import { withHostedParties } from './hosted-meetings.ts';
import { withSentenceCounterparts } from './sentence-counterpart.ts';
import { withCopiedActs } from './copied-acts.ts';
import { withGuardedAgainst } from './guarded-against.ts';
import { withAnsweredAttackers } from './answered-attacks.ts';
import { withoutNameGlosses } from '../text/asides.ts';
import { withAnnouncedForce } from './announced-force.ts';
import { withSpeakerAsThreatener } from './answer-with-force.ts';
import { withAddresseeThreatened } from './addressed-threats.ts';
import { withAnsweredCounterparts } from './answered-counterparts.ts';
import { withRuledOutActs } from './ruled-out-acts.ts';
import { withConditionedMeetings } from './conditioned-meetings.ts';

// Kinds of actor that can use force on another: a state, an armed group.
const FORCE_USERS = new Set(['state', 'armed-group']);
import { withAuthorsOfViolence } from './unattributed-events.ts';
import { withAccusedAsAgents } from './accused-agents.ts';
import { withChargeAccusations } from './charge-grounds.ts';
import {
  asDeployment,
  asMovement,
  isUnitMovement,
  type MovementLookups,
  withUnitsAsWithdrawer,
} from './troop-movements.ts';
import { asVerbalProtest } from './verbal-protest.ts';
import { asWelcomedVisitor } from './welcomed-visitors.ts';
import { withJudgeAsSource } from './judged-acts.ts';
import { asSaidRefusal, asSaidThreat } from './said-stances.ts';
import { withWordedThreats } from './worded-threats.ts';
import { withSetConditions } from './set-conditions.ts';
import { withCalledOffVisitHosts } from './called-off-visits.ts';
import { withNominalVisits } from './nominal-visits.ts';
import { withSentOfficials } from './sent-officials.ts';
import { withDisowningSource } from './disowned-acts.ts';
import { asChargeOfBackingTerror } from './backed-terror.ts';
import { asCaptureOfPlace, hasPlaceSubject, withFallenPlaceState } from './captured-places.ts';
import { asSaidConcession, withoutOwnSideTarget } from './said-easing.ts';
import { withAgreedActs } from './agreed-acts.ts';
import { withoutEndedActOwners } from './ended-hostilities.ts';
import { withThankedAid } from './thanked-aid.ts';
import { withDeployedUnits } from './deployed-units.ts';
import { withHelpingDeployments } from './helping-deployments.ts';
import { withoutVenueParties } from './venue-parties.ts';
import { withArmedLooting } from './armed-looting.ts';
import { mediatorMentions } from './mediators.ts';
import { withoutVenueJourneys } from './journey-venues.ts';
import { isThreatByParty } from './endangering-things.ts';
import { withHostedAttendance } from './hosted-attendance.ts';
import { withInvitedMeetings } from './invited-meetings.ts';
import { isTruceTakingEffect, withTruceParties } from './effect-states.ts';
import { withAccusersAsTargets } from './denied-charges.ts';
import { withJoinedDemanders } from './joined-demands.ts';
import { withExistentialSpeakers } from './disclaimed-purposes.ts';
import { withHostingOffers } from './hosting-offers.ts';
import { withCounterpartPromises } from './counterpart-promises.ts';
import { withClaimedAttackers } from './claimed-attacks.ts';
import { withSignedPairs } from './signed-pairs.ts';
import { withWeighers } from './considered-acts.ts';
import { withJoinedActs } from './joined-acts.ts';
import { withClaimedAgents } from './claimed-agents.ts';
import { withoutVowsOfRefusal } from './vowed-refusals.ts';
import { isObligationOfUnreadAct, withoutOwnSideDemands } from './obligation-demands.ts';
import { withMissionHosts } from './mission-hosts.ts';
import { withMediatedAgreementParties } from './mediated-agreements.ts';
import { publicationFallback } from '../dates/resolve-date.ts';
import { withListedSanctionTargets } from './sanctioned-lists.ts';
import { withUnnamedForces } from '../actors/unnamed-forces.ts';
import { withUnnamedOfficials } from '../actors/unnamed-officials.ts';
import { withMeasureContentsTaken } from './measure-contents.ts';
import { withRefusalDemands } from './refusal-conditions.ts';
import { withoutHandedNonCaptives } from './handed-captives.ts';
import { withDecidedSanctions } from './decided-sanctions.ts';

/** The input the extractor needs about one article. */
export type ArticleInput = { id: string; text: string; published: string | null };

/** Everything extracted from one article. */
export type ArticleExtraction = {
  events: ExtractedEvent[];
  quotes: ExtractedQuote[];
  unresolved: Map<string, string>;
  /** People the article introduced that the gazetteer lacks ("Azerbaijani President ..."), as bundle records. */
  inferred?: Map<string, Actor>;
  sentenceCount: number;
  /** Every sentence with its tokens, for the comparison measures that read the whole text. */
  sentences: { sentence: Sentence; tokens: Token[] }[];
};

/** A sentence with its tokens and the actors and places named in it. */
type ReadSentence = {
  sentence: Sentence;
  tokens: Token[];
  raw: ActorMention[];
  mentions: ActorMention[];
  places: PlaceMention[];
};

/**
 * Extracts events and quotes from one article, a pure function of its text, date and the dictionaries.
 * Three passes: who and where is named in each sentence; who speaks each quotation; then the events, so
 * that "we" inside a quote can stand for the speaker's side.
 */
export function extractArticle(article: ArticleInput, resources: PipelineResources): ArticleExtraction {
  const state = newArticleState();
  const read = splitSentences(article.text).map((sentence) => readSentence(article, sentence, resources, state));
  const quotes = findQuotes(article.text);
  const extractedQuotes = attributeQuotes(article, quotes, read, resources, (offset) =>
    lastPersonBefore(state, offset),
  );
  const speakerAt = quoteSpeakerLookup(extractedQuotes, resources);
  const headlines = new Set(read.filter((r) => isHeadlineOf(article, r.sentence)).map((r) => r.sentence.index));
  const statementDate = publicationFallback(article.published ? parseIsoDay(article.published) : null);
  // A person or a sector agent stands for its state, a state for itself, as the sentences' steps read it
  // (`sideIn`); a person the article introduced stands for theirs.
  const gazetteerSide = sideIn(resources);
  const sideOf = (id: string) =>
    resources.gazetteer.actors.has(id)
      ? gazetteerSide(id)
      : (state.history.inferred?.actors.get(id)?.affiliation ?? id);
  const dated = dateHeadlinesByBody(
    read.flatMap((r) =>
      draftSentence(article, r, quotes, speakerAt, resources, state, headlines.has(r.sentence.index)),
    ),
    (d) => headlines.has(d.sentence.index),
    sideOf,
    article.published ? parseIsoDay(article.published) : null,
  );
  const canUseForce = (id: string) => FORCE_USERS.has(resources.gazetteer.actors.get(id)?.kind ?? '');
  const drafts = withRefusalDemands(
    withAnsweredCounterparts(
      withAnnouncedForce(withStatedIntents(dated, statementDate, sideOf), statementDate, sideOf, canUseForce),
      sideOf,
    ),
  );
  const unresolved = new Map<string, string>();
  for (const d of drafts)
    for (const p of [...d.source, ...d.target])
      // A pronoun standing for an unknown name carries the name too ("the Sable Hill Movement said it would").
      if (p.name && p.actorId.startsWith('unresolved:') && !unresolved.has(p.actorId))
        unresolved.set(p.actorId, p.name);
  return {
    events: buildEventRecords(article, drafts, resources),
    quotes: extractedQuotes,
    unresolved,
    inferred: inferredBundleActors(state.history.inferred),
    sentenceCount: read.length,
    sentences: read.map(({ sentence, tokens }) => ({ sentence, tokens })),
  };
}

function readSentence(
  article: ArticleInput,
  sentence: Sentence,
  resources: PipelineResources,
  state: ArticleState,
): ReadSentence {
  // "The African Union (AU) said": a name's gloss would cut the name off from its verb.
  const tokens = withoutNameGlosses(tokenize(article.text, sentence.start, sentence.end));
  const places = findPlaces(tokens, resources.places);
  const found = findActorMentions(tokens, resources.gazetteer, article.published, state.history);
  const regional =
    places.length > 0 ? withRegionalAgents(found, places, tokens, resources.gazetteer, state.history) : found;
  const forces = withUnnamedForces(regional, tokens, resources.gazetteer, state.history);
  const raw = withUnnamedOfficials(forces, places, tokens, resources.gazetteer, state.history);
  const mentions = refineMentions(raw, tokens, resources.gazetteer);
  rememberPeople(mentions, resources, state);
  // A headline's pair is the antecedent of the lead's "the two countries" when the body names none before it; a
  // mediator ("US-Brokered") is neither of the pair.
  const mediators = mediatorMentions(tokens, mentions);
  rememberNamed(
    state,
    sentence.index,
    namedIn(mediators.length > 0 ? mentions.filter((m) => !mediators.includes(m)) : mentions),
  );
  return { sentence, tokens, raw, mentions, places };
}

/** One draft read again by the constructions that change its type or who acts in it. */
function retyped(drafted: EventDraft, mentions: ActorMention[], sideOf: (actorId: string) => string): EventDraft {
  const draft = asVerbalProtest(withUnitsAsWithdrawer(asDeployment(drafted)));
  const stance = asSaidThreat(asSaidRefusal(withJudgeAsSource(asWelcomedVisitor(draft), mentions)));
  return withoutOwnSideTarget(asSaidConcession(asChargeOfBackingTerror(withDisowningSource(stance, mentions))), sideOf);
}

function draftSentence(
  article: ArticleInput,
  { sentence, tokens, raw, mentions, places }: ReadSentence,
  quotes: QuoteSpan[],
  speakerAt: QuoteSpeakerAt,
  resources: PipelineResources,
  state: ArticleState,
  headline: boolean,
): EventDraft[] {
  const matched = findTriggers(tokens, mentions, resources.triggers).filter((t) => !isComplementOfTrigger(t, tokens));
  // Most sentences have no trigger: their dates, tags and blocked tokens would serve no draft.
  if (matched.length === 0) return [];
  state.drafting = sentence.index;
  const dates = withoutDateline(findDateExpressions(sentence.text, sentence.start), sentence);
  // Parts of speech serve the reading of an event's clause, so only sentences with a trigger are tagged.
  applyTags(tokens, tagText(sentence.text, sentence.start));
  const stateAt = stateMentionAt(mentions, resources);
  const seatAt = stateSeatEndingAt(mentions, resources);
  const triggers = matched
    .map((t) => asCaptureOfPlace(t, tokens, places))
    .filter(
      (t) =>
        isUnitMovement(t, tokens, places, stateAt) &&
        isTruceTakingEffect(t, tokens) &&
        hasPlaceSubject(t, tokens, places, seatAt) &&
        isThreatByParty(t, tokens, mentions, resources.gazetteer),
    )
    .filter((t, _, kept) => isObligationOfUnreadAct(t, tokens, kept));
  // In title case every word looks like a name: a headline's parties are only those the gazetteer knows.
  const blocked =
    headline && isHeadline(sentence.text)
      ? tokenMask(tokens.length, [{ tokenStart: 0, tokenEnd: tokens.length }])
      : tokenMask(tokens.length, [...raw, ...places]);
  const found = { sentence, tokens, mentions, places, dates, triggers, blocked, quotes, speakerAt };
  const drafts: EventDraft[] = [];
  const sideOf = sideIn(resources);
  const movers = movementLookups(resources);
  for (const match of triggers) {
    const drafted = draftEvent(article, found, match, state, resources, drafts.at(-1) ?? null, drafts);
    const moved = drafted && withFallenPlaceState(asMovement(drafted, places, movers, stateAt), places, seatAt, movers);
    const draft = moved && withTruceParties(retyped(moved, mentions, sideOf), mentions);
    if (draft)
      drafts.push(
        withAddresseeThreatened(
          withSpeakerAsThreatener(headline ? { ...draft, ...headlineModality(draft) } : draft),
          mentions,
        ),
      );
  }
  // The charge an authority holds someone on is read last: a reaction's target rule would move it off its own
  // citizens ("Kinshasa detained a Congolese journalist for spying").
  // Each step reads the drafts the one before it left (the order matters: see each step's comment).
  const affiliationOf = (id: string) => resources.gazetteer.actors.get(id)?.affiliation ?? null;
  let merged = withWordedThreats(mergeSameTypeDrafts(drafts, affiliationOf), mentions, sideOf);
  merged = withJoinedDemanders(merged);
  merged = withExistentialSpeakers(merged);
  merged = withSignedPairs(merged, mentions);
  merged = withWeighers(merged, mentions);
  merged = withJoinedActs(merged, mentions);
  merged = withClaimedAgents(merged, mentions, sideOf);
  merged = withClaimedAttackers(merged, sideOf);
  merged = withoutVowsOfRefusal(merged);
  merged = withRuledOutActs(merged);
  merged = withConditionedMeetings(merged, sideOf);
  merged = withReactionTargets(withAuthorsOfViolence(merged), sideOf);
  merged = withHostedParties(withPromisedActTargets(merged, sideOf, mentions));
  merged = withHostingOffers(merged, sideOf);
  merged = withoutVenueJourneys(merged, sideOf);
  merged = withHostedAttendance(merged, mentions);
  merged = withSentenceCounterparts(merged, mentions, sideOf);
  merged = withCounterpartPromises(merged, sideOf);
  merged = withoutVenueParties(merged, mentions);
  merged = withAccusersAsTargets(withChargeAccusations(merged));
  merged = withAccusedAsAgents(merged);
  // "to protect shipping from Houthi attacks", "in response to the American strikes", "..., and Moscow did the
  // same": read once every act has its parties.
  const undated = publicationFallback(article.published ? parseIsoDay(article.published) : null);
  merged = withAnsweredAttackers(withGuardedAgainst(merged, tokens, mentions, sideOf), tokens, mentions, sideOf);
  merged = withCopiedActs(merged, tokens, mentions, sideOf, undated);
  merged = withInvitedMeetings(withAgreedActs(merged), undated);
  merged = withSpeakerAsProposer(merged, mentions, sideOf);
  merged = withSetConditions(merged, mentions, undated);
  merged = withCalledOffVisitHosts(merged, places, movers.stateOf, sideOf);
  merged = withNominalVisits(merged, places, mentions, movers.stateOf, sideOf);
  merged = withSentOfficials(
    merged,
    places,
    mentions,
    (id) => resources.gazetteer.actors.get(id),
    movers.stateOf,
    sideOf,
  );
  merged = withoutEndedActOwners(merged);
  merged = withThankedAid(merged, sideOf, undated);
  merged = withDeployedUnits(merged, mentions);
  merged = withHelpingDeployments(merged, mentions, sideOf);
  merged = withArmedLooting(merged, resources);
  merged = withoutOwnSideDemands(merged, sideOf);
  merged = withMissionHosts(merged, places, movers.stateOf, sideOf);
  merged = withMediatedAgreementParties(merged, sideOf);
  merged = withCondemnedAttackers(withoutAnswersTakenByTheirMeans(merged), state.lastAttack, sideOf);
  merged = withListedSanctionTargets(merged, mentions, resources);
  merged = withMeasureContentsTaken(merged);
  merged = withoutHandedNonCaptives(merged, resources);
  merged = withDecidedSanctions(merged);
  // A headline's date is not "the day last named" for the body, nor its meeting an antecedent.
  if (headline) return merged;
  state.lastAttack = lastAttackOf(merged, state.lastAttack);
  for (const d of merged) {
    rememberNamed(state, sentence.index, [...new Set([...d.source, ...d.target].map((p) => p.actorId))]);
    if (d.date.precision === 'day' && d.date.date) state.previousDay = parseIsoDay(d.date.date);
    if (d.type === 'CONSULT' && d.source.length + d.target.length >= 2)
      rememberMeeting(state, {
        participants: [...d.source, ...d.target],
        // A meeting of three or more may leave a pair once its mediators are set aside; one of the mediators
        // alone ("mediated by Kenya and Egypt") leaves none.
        mediators: mediatorMentions(tokens, mentions).map((m) => m.actorId),
        sentence: sentence.index,
        date: d.date,
        dateSpan: d.dateSpan,
      });
  }
  return merged;
}

/** What `asMovement` asks of the gazetteer: an actor's country, a country's state, whether an actor is armed and no state. */
const movementLookups = oncePerResources((resources): MovementLookups => {
  const { actors } = resources.gazetteer;
  return {
    countryOf: (id) => {
      const actor = actors.get(id);
      return actor?.country ?? (actor?.affiliation ? (actors.get(actor.affiliation)?.country ?? null) : null);
    },
    stateOf: (country) => resources.stateByCountry.get(country) ?? null,
    isNonState: (id) => actors.get(id)?.kind === 'armed-group',
  };
});

/** The state a mention starting at a token names by name or seat ("entered Haiti"), else null. */
function stateMentionAt(mentions: ActorMention[], resources: PipelineResources): (token: number) => string | null {
  return (token) => {
    const m = mentions.find((x) => x.tokenStart === token && x.via !== 'adjective');
    return m && resources.gazetteer.actors.get(m.actorId)?.kind === 'state' ? m.actorId : null;
  };
}

/** The state a seat names when its mention ends at a token ("Kabul fell to"), else null. */
function stateSeatEndingAt(
  mentions: ActorMention[],
  resources: PipelineResources,
): (tokenEnd: number) => string | null {
  return (tokenEnd) => {
    const m = mentions.find((x) => x.tokenEnd === tokenEnd && x.via === 'seat');
    return m && resources.gazetteer.actors.get(m.actorId)?.kind === 'state' ? m.actorId : null;
  };
}

/** A title-case line anywhere, or the article's opening line in sentence case: read as a headline. */
function isHeadlineOf(article: ArticleInput, sentence: Sentence): boolean {
  return isHeadline(sentence.text) || isOpeningHeadline(article.text, sentence);
}

/** The actors a sentence names outright, each once: a demonym alone names no party. */
function namedIn(mentions: ActorMention[]): string[] {
  return [...new Set(mentions.filter((m) => m.via !== 'adjective').map((m) => m.actorId))];
}

/**
 * A person's or agent's side as the gazetteer gives it (its affiliation), else the actor itself. Returned, not
 * declared, by this function: under tsx a named closure costs about a microsecond to make.
 */
const sideIn = oncePerResources((resources): ((id: string) => string) => {
  return (id) => {
    const actor = resources.gazetteer.actors.get(id);
    // "Sudanese rebels ambushed government troops": a state's rebels and militants are not its side.
    if (actor?.sector && SECTORS_AGAINST_STATE.has(actor.sector)) return id;
    return actor?.affiliation ?? id;
  };
});

// Sectors that fight their state's government rather than act for it. The opposition sector also holds a
// state's detainees and dissidents, whom news about two states tells as that state's own people: it stays.
const SECTORS_AGAINST_STATE = new Set(['rebels', 'militants']);

/**
 * A look-up built from the dictionaries alone, made once per compiled dictionaries instead of once per sentence
 * (the drafting loop asks for it on every sentence with a trigger).
 */
function oncePerResources<T>(make: (resources: PipelineResources) => T): (resources: PipelineResources) => T {
  const made = new WeakMap<PipelineResources, T>();
  return (resources) => {
    let value = made.get(resources);
    if (value === undefined) made.set(resources, (value = make(resources)));
    return value;
  };
}

/** For an offset inside a quotation: its speaker ("I") and the side the speaker speaks for ("we"). */
function quoteSpeakerLookup(quotes: ExtractedQuote[], resources: PipelineResources): QuoteSpeakerAt {
  return (offset) => {
    const quote = quotes[lastAtMost(quotes, offset, (q) => q.start)];
    if (!quote || offset >= quote.end) return null;
    if (!quote.speakerId) return null;
    const speaker = resources.gazetteer.actors.get(quote.speakerId);
    const side = speaker?.kind === 'person' ? speaker.affiliation : quote.speakerId;
    return {
      speakerId: quote.speakerId,
      sideId: side && resources.gazetteer.actors.has(side) ? side : quote.speakerId,
    };
  };
}
