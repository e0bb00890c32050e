import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { randomLcg } from 'd3';
import {
  type Actor,
  type ActorKind,
  type Article,
  type Bundle,
  type Cluster,
  type DatePrecision,
  type DiplomaticEvent,
  MODALITIES,
  type Modality,
  type Outlet,
  PLOVER_TYPES,
  parseBundle,
  type PloverType,
  type Quote,
  SCHEMA_VERSION,
} from '../src/model/bundle-schema.ts';
import { encodeArrowBundle, readArrowBundle } from '../src/model/columns/arrow-bundle.ts';
import { bundleToColumns } from '../src/model/columns/bundle-columns.ts';
import { arrowPathOf, bundleBaseName, textShardName } from '../src/model/columns/bundle-files.ts';
import type { GdeltProfile } from './calibrate-gdelt.ts';

/**
 * Synthetic bundles for scale benchmarks of the dashboard: by default 100,000 events, 2,000 actors and
 * 50 outlets, all invented (articles are marked `fiction: true`, outlets are "Outlet 01 Daily" and so on,
 * countries use ISO 3166's user-assigned codes, dates lie in 2030-2031). The shapes follow
 * bench/gdelt-profile.json, measured on real GDELT data by bench/calibrate-gdelt.ts: actor and outlet
 * popularity, PLOVER type shares, burstiness over days, lag between event and report, events per article.
 * See docs/benchmarks.md. Seeded (d3.randomLcg): the same options give a byte-identical bundle.
 *
 *   npx tsx bench/generate-bundle.ts --events 100000 --actors 2000 --outlets 50 --out bench/out/bundle-100k.json
 *
 * Options: --events --actors --outlets --seed --days --start --out, and --format json (the default), arrow
 * (bundle.arrow and its text shards, for a million events: their JSON is over V8's string limit) or both.
 */

export type GenerateOptions = {
  events?: number;
  actors?: number;
  outlets?: number;
  seed?: number;
  profile?: GdeltProfile;
  /** Length of the period in days (default 730, about two years). */
  days?: number;
  /** First day of the period (default 2030-01-01). */
  start?: string;
};

/** Modality of each report (assumed; GDELT has none): mostly occurred, the future and the negated less often. */
const MODALITY_MIX: [Modality, number][] = [
  ['occurred', 0.7],
  ['ongoing', 0.05],
  ['planned', 0.15],
  ['hypothetical', 0.07],
  ['denied', 0.03],
];
/** Outlets reporting one real-world event: P(k) ~ k^-1.5 for k = 1..8 (GDELT's sample gives only a lower bound). */
const OUTLETS_PER_CLUSTER_EXPONENT = 1.5;
const MAX_OUTLETS_PER_CLUSTER = 8;
/** Chance that an outlet other than the first covering a news batch reports each of its further events. */
const OTHER_OUTLETS_INCLUDE = 0.85;
/** Share of news batches the first outlet reports twice (a follow-up article). */
const FOLLOW_UP_SHARE = 0.05;
/** Events per story, on average: 100,000 events make about 300 stories. */
const EVENTS_PER_STORY = 330;
/** Chance that a story's event takes the story's theme type, and that a participant comes from the story's cast. */
const THEME_SHARE = 0.5;
const CAST_SHARE = 0.6;
/** Quotes per event. */
const QUOTE_RATE = 0.03;
/** Actor kinds: share of actors and relative popularity (states and IGOs are named far more often). */
const KINDS: { kind: ActorKind | 'unresolved'; share: number; pull: number }[] = [
  { kind: 'state', share: 0.08, pull: 40 },
  { kind: 'person', share: 0.6, pull: 1 },
  { kind: 'organization', share: 0.13, pull: 1 },
  { kind: 'armed-group', share: 0.06, pull: 1.5 },
  { kind: 'igo', share: 0.03, pull: 6 },
  { kind: 'media', share: 0.02, pull: 0.5 },
  { kind: 'unresolved', share: 0.08, pull: 0.3 },
];
const DISCLAIMER = 'Synthetic text generated for Parley benchmarks: the people, places, outlets and events are invented.';

// ---------------------------------------------------------------------------------------------------
// Random helpers

type Rng = () => number;

/** Sampling by weight: cumulative sums and binary search. */
class Weighted {
  private readonly cum: Float64Array;
  constructor(weights: ArrayLike<number>) {
    this.cum = new Float64Array(weights.length);
    let acc = 0;
    for (let i = 0; i < weights.length; i++) this.cum[i] = acc += weights[i]!;
  }
  get total(): number {
    return this.cum[this.cum.length - 1] ?? 0;
  }
  sample(rand: Rng): number {
    const u = rand() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Plain code-unit order: unlike localeCompare, the same on every machine and locale. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const pickOne = <T>(rand: Rng, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

function pickMix<T>(rand: Rng, mix: readonly (readonly [T, number])[]): T {
  let u = rand() * mix.reduce((a, m) => a + m[1], 0);
  for (const [value, weight] of mix) if ((u -= weight) < 0) return value;
  return mix[mix.length - 1]![0];
}

// ---------------------------------------------------------------------------------------------------
// Calibration

export function loadProfile(path = fileURLToPath(new URL('./gdelt-profile.json', import.meta.url))): GdeltProfile {
  return JSON.parse(readFileSync(path, 'utf8')) as GdeltProfile;
}

/**
 * Popularity by rank for n items, following a measured rank-frequency curve (shares at log-spaced ranks):
 * straight lines in log-log between the measured ranks, and beyond the last one a Zipf tail with the fitted
 * exponent. So the n generated items imitate the n most frequent real ones: their Zipf-like slope and the
 * shares of the top ranks.
 */
export function popularity(curve: Record<string, number>, n: number, tailExponent: number): Float64Array {
  const points = Object.entries(curve)
    .map(([r, f]) => [Math.log(Number(r)), Math.log(f)] as const)
    .sort((a, b) => a[0] - b[0]);
  const weights = new Float64Array(n);
  let j = 0;
  for (let r = 1; r <= n; r++) {
    const x = Math.log(r);
    while (j < points.length - 2 && points[j + 1]![0] <= x) j++;
    const [x0, y0] = points[j]!;
    const [x1, y1] = points[Math.min(j + 1, points.length - 1)]!;
    const last = points[points.length - 1]!;
    weights[r - 1] = Math.exp(x >= last[0] ? last[1] - tailExponent * (x - last[0]) : x1 === x0 ? y0 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0));
  }
  return weights;
}

/** Share of the total on the busiest 10% of entries. */
function topDecileShare(values: ArrayLike<number>): number {
  const sorted = Array.from(values).sort((a, b) => b - a);
  const k = Math.max(1, Math.ceil(sorted.length / 10));
  const total = sorted.reduce((a, b) => a + b, 0);
  return sorted.slice(0, k).reduce((a, b) => a + b, 0) / total;
}

// ---------------------------------------------------------------------------------------------------
// Invented names

const ONSETS = ['b', 'd', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr', 'th', 'gr', 'sh', 'h', 'f', 'g', 'j', 'w', 'y'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ei', 'ou', 'ia'];
const CODAS = ['', '', '', '', 'n', 'r', 'l', 's', 'm', 'th', 'k', 'nd', 'rt'];
const STATE_SUFFIXES = ['ia', 'ania', 'ovia', 'land', 'istan', 'ora', 'esh', 'ica', 'onia', 'aria', 'en', 'ar', 'eth', 'una'];
const ORG_SUFFIXES = ['Energy Company', 'Trade Council', 'Shipping Group', 'Development Bank', 'Relief Agency', 'Workers Union', 'Mining Corporation', 'Rights Committee', 'Chamber of Commerce', 'Water Authority'];
const ARMED_SUFFIXES = ['Front', 'Brigades', 'Liberation Army', 'Resistance Movement', 'Guard', 'Militia', 'Defence Forces'];
const IGO_PATTERNS = ['Council of {} States', '{} Union', 'League of {} Nations', '{} Cooperation Organisation', 'Commission for the {} Basin', '{} Development Forum'];
const MEDIA_SUFFIXES = ['Broadcasting', 'News Agency', 'Press Service', 'Radio'];
const ANONYMOUS = ['a senior official', 'a diplomatic source', 'an adviser', 'a spokesperson', 'a person familiar with the talks'];

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const initials = (s: string) => s.split(' ').filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');

class NameMaker {
  private readonly used = new Set<string>();
  constructor(private readonly rand: Rng) {}
  private syllables(n: number): string {
    let w = '';
    for (let i = 0; i < n; i++) w += pickOne(this.rand, ONSETS) + pickOne(this.rand, VOWELS) + (i === n - 1 ? pickOne(this.rand, CODAS) : '');
    return w;
  }
  /** A new capitalised word of 2-3 syllables, never given out before. */
  word(min = 2, max = 3, suffix = ''): string {
    for (;;) {
      const w = capitalise(this.syllables(min + Math.floor(this.rand() * (max - min + 1))) + suffix);
      if (w.length >= 4 && w.length <= 14 && !this.used.has(w)) {
        this.used.add(w);
        return w;
      }
    }
  }
  unique(make: () => string): string {
    for (;;) {
      const name = make();
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }
}

/** ISO 3166-1 alpha-3 user-assigned codes (XAA-XZZ, then QMA-QZZ): never a real country. */
function countryCode(name: string, taken: Set<string>): string {
  const letters = name.toUpperCase().replace(/[^A-Z]/g, '');
  const candidates = [...letters.slice(1)].map((c) => `X${letters[0]}${c}`);
  for (const c of candidates) if (!taken.has(c)) return (taken.add(c), c);
  for (const first of ['X', 'Q'])
    for (let a = 0; a < 26; a++)
      for (let b = 0; b < 26; b++) {
        const c = first + String.fromCharCode(65 + a) + String.fromCharCode(65 + b);
        if ((first === 'X' || a >= 12) && !taken.has(c)) return (taken.add(c), c);
      }
  throw new Error('out of user-assigned country codes');
}
const MAX_STATES = 26 * 26 + 14 * 26;

type ActorDraft = Actor & { capital: string | null; mentions: string[] };

function makeActors(count: number, rand: Rng): { actors: ActorDraft[]; byRank: number[] } {
  const names = new NameMaker(rand);
  // Kind counts by largest remainder, at least one state.
  const raw = KINDS.map((k) => k.share * count);
  const counts = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < count; i++) counts[order[i % order.length]![1]]! += 1;
  const stateIndex = KINDS.findIndex((k) => k.kind === 'state');
  if (counts[stateIndex] === 0) {
    const largest = counts.indexOf(Math.max(...counts));
    counts[largest]! -= 1;
    counts[stateIndex] = 1;
  }
  if (counts[stateIndex]! > MAX_STATES) {
    counts[KINDS.findIndex((k) => k.kind === 'person')]! += counts[stateIndex]! - MAX_STATES;
    counts[stateIndex] = MAX_STATES;
  }
  const kinds: (ActorKind | 'unresolved')[] = KINDS.flatMap((k, i) => Array<ActorKind | 'unresolved'>(counts[i]!).fill(k.kind));

  const codes = new Set<string>();
  const actors: ActorDraft[] = [];
  const states: ActorDraft[] = [];
  const make = (kind: ActorKind | 'unresolved'): ActorDraft => {
    const base = { aliases: [] as string[], affiliation: null as string | null, resolved: true, capital: null as string | null };
    switch (kind) {
      case 'state': {
        const name = names.word(1, 2, pickOne(rand, STATE_SUFFIXES));
        const code = countryCode(name, codes);
        const capital = names.word(2, 3);
        return { id: code.toLowerCase(), name, kind, country: code, ...base, aliases: [capital], capital, mentions: [name, name, capital] };
      }
      case 'person': {
        const family = names.word(2, 3);
        const name = names.unique(() => `${names.word(2, 2)} ${family}`);
        return { id: slug(name), name, kind, country: null, ...base, aliases: [family], mentions: [name, name, family] };
      }
      case 'unresolved': {
        const name = `${names.word(2, 3)} officials`;
        return { id: `unresolved:${slug(name)}`, name, kind: 'other', country: null, ...base, resolved: false, mentions: [name] };
      }
      default: {
        const root = names.word(2, 3);
        const name =
          kind === 'igo'
            ? pickOne(rand, IGO_PATTERNS).replace('{}', root)
            : `${root} ${pickOne(rand, kind === 'organization' ? ORG_SUFFIXES : kind === 'armed-group' ? ARMED_SUFFIXES : MEDIA_SUFFIXES)}`;
        const acronym = initials(name);
        const aliases = acronym.length >= 2 ? [acronym] : [];
        return { id: slug(name), name, kind, country: null, ...base, aliases, mentions: [name, name, ...aliases] };
      }
    }
  };
  // States first, so that the others can belong to one.
  for (const kind of kinds) if (kind === 'state') states.push(make(kind));
  const stateWeights = new Weighted(states.map((_, i) => 1 / (i + 1)));
  const others: ActorDraft[] = kinds.filter((k) => k !== 'state').map(make);
  const groups = others.filter((a) => a.kind === 'organization' || a.kind === 'igo' || a.kind === 'armed-group');
  for (const a of others) {
    if (a.kind === 'igo' || !a.resolved) continue;
    const state = states[stateWeights.sample(rand)]!;
    a.country = state.country;
    if (a.kind === 'person') a.affiliation = groups.length > 0 && rand() < 0.12 ? pickOne(rand, groups).id : state.id;
  }
  for (const a of others) if (a.kind === 'person' && a.affiliation) a.country = actorsCountry(a.affiliation, states, groups) ?? a.country;
  actors.push(...states, ...others);
  // Popularity ranks: an exponential race weighted by kind, so states and IGOs crowd the top ranks.
  const pull = new Map(KINDS.map((k) => [k.kind, k.pull]));
  const keys = actors.map((a, i) => [-Math.log(1 - rand()) / pull.get(a.resolved ? a.kind : 'unresolved')!, i] as const);
  keys.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { actors, byRank: keys.map((k) => k[1]) };
}

function actorsCountry(id: string, states: ActorDraft[], groups: ActorDraft[]): string | null {
  return states.find((s) => s.id === id)?.country ?? groups.find((g) => g.id === id)?.country ?? null;
}

const OUTLET_SUFFIXES = ['Daily', 'Herald', 'Wire', 'Courier', 'Gazette', 'Post', 'Times', 'Review', 'Dispatch', 'Monitor', 'Chronicle', 'Observer'];

function makeOutlets(count: number): Outlet[] {
  const width = Math.max(2, String(count).length);
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(width, '0');
    return { id: `outlet-${n}`, name: `Outlet ${n} ${OUTLET_SUFFIXES[i % OUTLET_SUFFIXES.length]}` };
  });
}

// ---------------------------------------------------------------------------------------------------
// Wording: verb phrases per PLOVER type (and mode), in the forms the modalities need

type Verb = { past: string; base: string; ing: string; third: string; tail: string; transitive: boolean };
type VerbGroup = { mode: string | null; weight: number; verbs: Verb[] };

/** "past|base|ing|third" plus what follows the target; transitive verbs take the target right after. */
const v = (forms: string, tail = '', transitive = true): Verb => {
  const [past, base, ing, third] = forms.split('|') as [string, string, string, string];
  return { past, base, ing, third, tail, transitive };
};
const alone = (forms: string) => v(forms, '', false);

const VERBS: Record<PloverType, VerbGroup[]> = {
  AGREE: [
    { mode: null, weight: 1, verbs: [v('agreed to cooperate with|agree to cooperate with|agreeing to cooperate with|agrees to cooperate with'), v('promised support to|promise support to|promising support to|promises support to'), v('offered to work with|offer to work with|offering to work with|offers to work with', ' on border security'), alone('pledged to cooperate|pledge to cooperate|pledging to cooperate|pledges to cooperate')] },
  ],
  CONSULT: [
    { mode: null, weight: 0.6, verbs: [v('met|meet|meeting|meets'), v('held talks with|hold talks with|holding talks with|holds talks with'), v('consulted|consult|consulting|consults', ' on the draft accord'), alone('held consultations|hold consultations|holding consultations|holds consultations')] },
    { mode: 'visit', weight: 0.25, verbs: [v('visited|visit|visiting|visits'), v('hosted|host|hosting|hosts'), alone('travelled abroad for talks|travel abroad for talks|travelling abroad for talks|travels abroad for talks')] },
    { mode: 'phone', weight: 0.1, verbs: [v('spoke by phone with|speak by phone with|speaking by phone with|speaks by phone with'), alone('held a phone call|hold a phone call|holding a phone call|holds a phone call')] },
    { mode: 'mediation', weight: 0.05, verbs: [v('mediated between|mediate between|mediating between|mediates between', ' and its rivals'), alone('offered to mediate|offer to mediate|offering to mediate|offers to mediate')] },
  ],
  SUPPORT: [
    { mode: null, weight: 1, verbs: [v('praised|praise|praising|praises', ' for its restraint'), v('endorsed|endorse|endorsing|endorses'), v('signed an accord with|sign an accord with|signing an accord with|signs an accord with'), v('welcomed the proposal from|welcome the proposal from|welcoming the proposal from|welcomes the proposal from'), alone('voiced support for the plan|voice support for the plan|voicing support for the plan|voices support for the plan')] },
  ],
  CONCEDE: [
    { mode: 'easing', weight: 0.5, verbs: [v('offered to ease sanctions on|offer to ease sanctions on|offering to ease sanctions on|offers to ease sanctions on'), alone('promised to ease restrictions|promise to ease restrictions|promising to ease restrictions|promises to ease restrictions')] },
    { mode: 'apology', weight: 0.2, verbs: [v('apologised to|apologise to|apologising to|apologises to'), alone('issued an apology|issue an apology|issuing an apology|issues an apology')] },
    { mode: 'ceasefire', weight: 0.3, verbs: [v('declared a truce with|declare a truce with|declaring a truce with|declares a truce with'), alone('declared a ceasefire|declare a ceasefire|declaring a ceasefire|declares a ceasefire')] },
  ],
  COOPERATE: [
    { mode: null, weight: 1, verbs: [v('expanded trade with|expand trade with|expanding trade with|expands trade with'), v('shared intelligence with|share intelligence with|sharing intelligence with|shares intelligence with'), v('held joint exercises with|hold joint exercises with|holding joint exercises with|holds joint exercises with'), alone('opened a joint project|open a joint project|opening a joint project|opens a joint project')] },
  ],
  AID: [
    { mode: null, weight: 1, verbs: [v('sent aid to|send aid to|sending aid to|sends aid to'), v('delivered supplies to|deliver supplies to|delivering supplies to|delivers supplies to'), v('provided funds to|provide funds to|providing funds to|provides funds to'), alone('delivered humanitarian aid|deliver humanitarian aid|delivering humanitarian aid|delivers humanitarian aid')] },
  ],
  RETREAT: [
    { mode: 'withdraw', weight: 0.4, verbs: [v('withdrew troops from the border with|withdraw troops from the border with|withdrawing troops from the border with|withdraws troops from the border with'), alone('pulled back its forces|pull back its forces|pulling back its forces|pulls back its forces')] },
    { mode: 'release', weight: 0.35, verbs: [v('released detainees held by|release detainees held by|releasing detainees held by|releases detainees held by'), v('freed prisoners from|free prisoners from|freeing prisoners from|frees prisoners from'), alone('released the detainees|release the detainees|releasing the detainees|releases the detainees')] },
    { mode: 'access', weight: 0.25, verbs: [v('opened crossings to|open crossings to|opening crossings to|opens crossings to'), alone('lifted the blockade|lift the blockade|lifting the blockade|lifts the blockade')] },
  ],
  REQUEST: [
    { mode: null, weight: 1, verbs: [v('urged|urge|urging|urges', ' to return to talks'), v('called on|call on|calling on|calls on', ' to release the detainees'), v('pressed|press|pressing|presses', ' to accept the proposal'), v('demanded guarantees from|demand guarantees from|demanding guarantees from|demands guarantees from'), alone('appealed for calm|appeal for calm|appealing for calm|appeals for calm')] },
  ],
  ACCUSE: [
    { mode: null, weight: 0.85, verbs: [v('accused|accuse|accusing|accuses', ' of violating the truce'), v('condemned|condemn|condemning|condemns'), v('criticised|criticise|criticising|criticises', ' over the border dispute'), alone('denounced the attack|denounce the attack|denouncing the attack|denounces the attack')] },
    { mode: 'investigate', weight: 0.15, verbs: [v('opened an inquiry into|open an inquiry into|opening an inquiry into|opens an inquiry into'), alone('opened an inquiry|open an inquiry|opening an inquiry|opens an inquiry')] },
  ],
  REJECT: [
    { mode: null, weight: 1, verbs: [v('rejected the demands of|reject the demands of|rejecting the demands of|rejects the demands of'), v('refused an offer from|refuse an offer from|refusing an offer from|refuses an offer from'), alone('rejected the proposal|reject the proposal|rejecting the proposal|rejects the proposal')] },
  ],
  THREATEN: [
    { mode: null, weight: 1, verbs: [v('threatened|threaten|threatening|threatens', ' with sanctions'), v('warned|warn|warning|warns', ' of retaliation'), alone('threatened to retaliate|threaten to retaliate|threatening to retaliate|threatens to retaliate')] },
  ],
  PROTEST: [
    { mode: null, weight: 1, verbs: [v('protested against|protest against|protesting against|protests against'), v('rallied against|rally against|rallying against|rallies against'), alone('staged protests|stage protests|staging protests|stages protests')] },
  ],
  SANCTION: [
    { mode: null, weight: 0.75, verbs: [v('imposed sanctions on|impose sanctions on|imposing sanctions on|imposes sanctions on'), v('cut ties with|cut ties with|cutting ties with|cuts ties with'), v('suspended trade with|suspend trade with|suspending trade with|suspends trade with'), alone('announced new sanctions|announce new sanctions|announcing new sanctions|announces new sanctions')] },
    { mode: 'expel', weight: 0.25, verbs: [v('expelled diplomats of|expel diplomats of|expelling diplomats of|expels diplomats of'), alone('expelled foreign diplomats|expel foreign diplomats|expelling foreign diplomats|expels foreign diplomats')] },
  ],
  MOBILIZE: [
    { mode: null, weight: 1, verbs: [v('deployed troops near|deploy troops near|deploying troops near|deploys troops near'), v('massed forces on the border with|mass forces on the border with|massing forces on the border with|masses forces on the border with'), alone('put its forces on alert|put its forces on alert|putting its forces on alert|puts its forces on alert')] },
  ],
  COERCE: [
    { mode: null, weight: 1, verbs: [v('seized vessels of|seize vessels of|seizing vessels of|seizes vessels of'), v('arrested nationals of|arrest nationals of|arresting nationals of|arrests nationals of'), v('blockaded ports of|blockade ports of|blockading ports of|blockades ports of'), alone('detained activists|detain activists|detaining activists|detains activists')] },
  ],
  ASSAULT: [
    { mode: null, weight: 1, verbs: [v('attacked|attack|attacking|attacks'), v('launched strikes on|launch strikes on|launching strikes on|launches strikes on'), v('shelled positions of|shell positions of|shelling positions of|shells positions of'), alone('carried out air strikes|carry out air strikes|carrying out air strikes|carries out air strikes')] },
  ],
};

const PLANNED_CUES = ['will', 'is set to', 'is expected to', 'is scheduled to', 'plans to'];
const HYPOTHETICAL_CUES = ['could', 'may', 'might', 'hopes to', 'is considering whether to'];
const LEADS = ['', '', '', '', '', 'Officials said ', 'According to officials, ', 'Diplomats said ', 'Reports said '];
const FILLERS = [
  'Neither side gave further details.',
  'The move follows weeks of tension in the region.',
  'Analysts said the outcome remained uncertain.',
  'The statement did not say when the next round would take place.',
  'Observers expect the issue to dominate the coming days.',
  'The claims could not be independently verified.',
  'The talks are the latest in a series of contacts this year.',
  'Markets reacted calmly to the news.',
  'Local media carried the announcement on their front pages.',
  'A joint communique is expected later.',
];
const QUOTES = [
  'We remain committed to dialogue',
  'Our position has not changed',
  'The door to negotiations remains open',
  'These actions will have consequences',
  'We expect our partners to keep their word',
  'Nobody wants an escalation',
  'This agreement is only a first step',
  'We will not accept any preconditions',
  'The people of the region deserve peace',
  'We are ready to talk at any time',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// ---------------------------------------------------------------------------------------------------
// Calendar over day indices (0 = the first day of the period); a margin covers dates just outside it

class Calendar {
  private readonly epoch: number;
  constructor(start: string) {
    const [y, m, d] = start.split('-').map(Number) as [number, number, number];
    this.epoch = Date.UTC(y, m - 1, d) / 86_400_000;
    if (!Number.isFinite(this.epoch)) throw new Error(`bad start date "${start}"`);
  }
  private date(day: number): Date {
    return new Date((this.epoch + day) * 86_400_000);
  }
  private readonly isoCache = new Map<number, string>();
  iso(day: number): string {
    let iso = this.isoCache.get(day);
    if (iso === undefined) this.isoCache.set(day, (iso = this.date(day).toISOString().slice(0, 10)));
    return iso;
  }
  weekday(day: number): number {
    return this.date(day).getUTCDay();
  }
  monday(day: number): number {
    return day - ((this.weekday(day) + 6) % 7);
  }
  monthIndex(day: number): number {
    const d = this.date(day);
    return d.getUTCFullYear() * 12 + d.getUTCMonth();
  }
  firstOfMonth(day: number): number {
    return day - this.date(day).getUTCDate() + 1;
  }
  dayAndMonth(day: number): string {
    const d = this.date(day);
    return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  }
}

type DateChoice = { date: string; precision: DatePrecision; basis: string; expression: string | null };

/** The date of a report and how Parley's rules would have resolved its wording against the publication day. */
function chooseDate(cal: Calendar, day: number, published: number, precision: DatePrecision, future: boolean): DateChoice {
  const pub = cal.iso(published);
  const past = !future;
  if (precision === 'week') {
    const offset = (cal.monday(day) - cal.monday(published)) / 7;
    const expression = offset === -1 ? 'last week' : offset === 0 ? 'this week' : offset === 1 ? 'next week' : null;
    if (expression) return { date: cal.iso(cal.monday(day)), precision, basis: `'${expression}', published ${pub}: the week of ${cal.iso(cal.monday(day))}`, expression };
    precision = 'day';
  }
  if (precision === 'month') {
    const offset = cal.monthIndex(day) - cal.monthIndex(published);
    const expression = offset === -1 ? 'last month' : offset === 0 ? 'this month' : offset === 1 ? 'next month' : null;
    const first = cal.iso(cal.firstOfMonth(day));
    if (expression) return { date: first, precision, basis: `'${expression}', published ${pub}: ${first.slice(0, 7)}`, expression };
    precision = 'day';
  }
  if (precision === 'unknown') return { date: pub, precision, basis: `no date expression; publication date ${pub} shown`, expression: null };
  const iso = cal.iso(day);
  if (Math.abs(published - day) <= 6) {
    const name = WEEKDAYS[cal.weekday(day)]!;
    const pubText = `published ${WEEKDAYS[cal.weekday(published)]} ${pub}`;
    const expression = `on ${name}`;
    const basis = past
      ? `'${expression}', past tense, ${pubText}: latest ${name} on or before: ${iso}`
      : `'${expression}', future or planned, ${pubText}: next ${name} on or after: ${iso}`;
    return { date: iso, precision: 'day', basis, expression };
  }
  const expression = `on ${cal.dayAndMonth(day)}`;
  const rule = past ? 'past tense: the latest on or before' : 'future or planned: the next on or after';
  return { date: iso, precision: 'day', basis: `'${expression}', no year, ${rule} publication ${pub}: ${iso}`, expression };
}

// ---------------------------------------------------------------------------------------------------
// Generation

type Story = { start: number; pickDay: Weighted; cast: number[]; theme: PloverType };
type ClusterDraft = {
  type: PloverType;
  day: number;
  source: number;
  target: number;
  group: VerbGroup;
  location: string | null;
  eventIds: string[];
};
type ArticleDraft = { outlet: number; published: number; story: number; clusters: number[]; modalities: Modality[] };

export function generateBundle(options: GenerateOptions = {}): Bundle {
  const eventCount = options.events ?? 100_000;
  const actorCount = options.actors ?? 2000;
  const outletCount = options.outlets ?? 50;
  const days = options.days ?? 730;
  const profile = options.profile ?? loadProfile();
  const rand = randomLcg(options.seed ?? 1);
  const cal = new Calendar(options.start ?? '2030-01-01');
  if (!(eventCount >= 1 && actorCount >= 2 && outletCount >= 1 && days >= 7)) throw new Error('need at least 1 event, 2 actors, 1 outlet and 7 days');

  // Actors and outlets, with popularity following GDELT's rank-frequency curves of actors and source sites.
  const { actors, byRank } = makeActors(actorCount, rand);
  const actorPopularity = popularity(profile.actors.rankFrequency, actorCount, profile.actors.zipfExponent);
  const actorWeights = new Float64Array(actorCount);
  byRank.forEach((actorIndex, rank) => (actorWeights[actorIndex] = actorPopularity[rank]!));
  const pickActor = new Weighted(actorWeights);
  const outlets = makeOutlets(outletCount);
  const pickOutlet = new Weighted(popularity(profile.sites.rankFrequency, outletCount, profile.sites.zipfExponent));

  const typeMix = PLOVER_TYPES.map((t) => [t, profile.ploverShares[t]] as const);
  const twoActors = profile.actors.participants.two / (profile.actors.participants.two + profile.actors.participants.one);
  const maxK = Math.min(MAX_OUTLETS_PER_CLUSTER, outletCount);
  const outletsPerCluster = new Weighted(Array.from({ length: maxK }, (_, i) => (i + 1) ** -OUTLETS_PER_CLUSTER_EXPONENT));
  const lagMix = Object.entries(profile.dates.lagDaysShares).map(([k, s]) => [k, s] as const);
  const lag = () => {
    const bucket = pickMix(rand, lagMix);
    const [lo, hi] = bucket.endsWith('+') ? [Number(bucket.slice(0, -1)), 400] : (bucket.split('-').map(Number) as [number, number?]);
    return lo + Math.floor(rand() * ((hi ?? lo) - lo + 1));
  };
  const lead = () => pickMix(rand, [[1, 35], [2, 25], [3, 15], [4 + Math.floor(rand() * 4), 20], [8 + Math.floor(rand() * 23), 5]] as const);

  const perArticle = Object.entries(profile.eventsPerArticle.shares).map(([k, s]) => [k, s] as const);
  const articleSize = (r: Rng) => {
    const [a, b] = pickMix(r, perArticle).replace('+', '-120').split('-').map(Number) as [number, number?];
    return a + Math.floor(r() * ((b ?? a) - a + 1));
  };
  const share = (m: Modality) => MODALITY_MIX.find(([x]) => x === m)![1];
  const previewShare = share('planned') + share('hypothetical');

  // Stories: bursts of a few days around a cast of actors, plus background noise spread evenly.
  const storyCount = Math.max(1, Math.round(eventCount / EVENTS_PER_STORY));
  const stories: Story[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < storyCount; i++) {
    const length = Math.min(21, days, 2 + Math.floor(-Math.log(1 - rand()) * 3));
    const peak = Math.floor(rand() * Math.min(2, length));
    const tau = Math.max(1, length / 3);
    const weights = Array.from({ length }, (_, d) => (d < peak ? Math.exp(d - peak) : Math.exp(-(d - peak) / tau)));
    const start = Math.floor(rand() * Math.max(1, days - length));
    const castSize = 2 + Math.floor(rand() * 4);
    const cast: number[] = [];
    while (cast.length < Math.min(castSize, actorCount)) {
      const a = pickActor.sample(rand);
      if (!cast.includes(a)) cast.push(a);
    }
    stories.push({ start, pickDay: new Weighted(weights), cast, theme: 'CONSULT' });
    sizes.push((1 - rand()) ** (-1 / 1.3)); // Pareto: a few very big stories
  }
  const sizeTotal = sizes.reduce((a, b) => a + b, 0);
  const storyShare = sizes.map((s) => s / sizeTotal);
  // Story themes by largest remaining deficit, biggest stories first, so that the themed events keep the
  // PLOVER shares (a random theme for a few huge stories would tilt them by points).
  const themeMass = new Map<PloverType, number>(PLOVER_TYPES.map((t) => [t, 0]));
  for (const i of storyShare.map((_, i) => i).sort((a, b) => storyShare[b]! - storyShare[a]! || a - b)) {
    const deficit = (t: PloverType) => profile.ploverShares[t] - themeMass.get(t)!;
    const theme = PLOVER_TYPES.reduce((best, t) => (deficit(t) > deficit(best) ? t : best));
    stories[i]!.theme = theme;
    themeMass.set(theme, themeMass.get(theme)! + storyShare[i]!);
  }
  // The background share is solved (bisection on a quick simulation of the batches below, with its own
  // seeded stream) so that the busiest 10% of publication days hold the share measured for one GDELT
  // actor's story line.
  const simulate = (background: number) => {
    const r = randomLcg((options.seed ?? 1) + 7919);
    const pick = new Weighted([background, ...storyShare.map((s) => s * (1 - background))]);
    const volume = new Float64Array(days);
    for (let n = 0; n < eventCount; ) {
      const story = stories[pick.sample(r) - 1];
      const day = story ? story.start + story.pickDay.sample(r) : Math.floor(r() * days);
      const m = articleSize(r);
      const k = outletsPerCluster.sample(r) + 1;
      const events = m + (k - 1) * (1 + OTHER_OUTLETS_INCLUDE * (m - 1));
      volume[day]! += events * (1 - previewShare);
      for (let d = 1; d <= 3; d++) volume[Math.max(0, day - d)]! += (events * previewShare) / 3;
      n += events;
    }
    return topDecileShare(volume);
  };
  const target = profile.dates.actorTopDecileDayShare.median;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 16; i++) {
    const mid = (lo + hi) / 2;
    if (simulate(mid) > target) lo = mid;
    else hi = mid;
  }
  const background = (lo + hi) / 2;
  const pickStory = new Weighted([background, ...storyShare.map((s) => s * (1 - background))]);

  // News batches: a few real-world events (clusters) of one story on about one day, each covered by 1-8
  // outlets with an article holding most of the batch (the measured events-per-article sizes). An article
  // is either a report after the fact (published on the day or, by the measured lags, later) or a preview
  // before it (planned and hypothetical events).
  const clusters: ClusterDraft[] = [];
  const drafts: ArticleDraft[] = [];
  const previewMix = MODALITY_MIX.filter(([m]) => m === 'planned' || m === 'hypothetical');
  const reportMix = MODALITY_MIX.filter(([m]) => m !== 'planned' && m !== 'hypothetical');
  const actorFrom = (story: Story | null) => (story && rand() < CAST_SHARE ? pickOne(rand, story.cast) : pickActor.sample(rand));
  let reported = 0;
  while (reported < eventCount) {
    const storyIndex = pickStory.sample(rand) - 1;
    const story = storyIndex >= 0 ? stories[storyIndex]! : null;
    const batchDay = story ? story.start + story.pickDay.sample(rand) : Math.floor(rand() * days);
    const batch: number[] = [];
    for (let size = articleSize(rand), j = 0; j < size; j++) {
      const type = story && rand() < THEME_SHARE ? story.theme : pickMix(rand, typeMix);
      const day = Math.max(0, batchDay - (rand() < 0.2 ? 1 + Math.floor(rand() * 2) : 0));
      const source = actorFrom(story);
      let target = -1;
      if (rand() < twoActors) {
        for (let tries = 0; tries < 20 && (target === -1 || target === source); tries++) target = actorFrom(story);
        if (target === source) target = -1;
      }
      const group = pickMix(rand, VERBS[type].map((g) => [g, g.weight] as const));
      const place = [actors[source]!, target >= 0 ? actors[target]! : null].find((a) => a?.capital) ?? null;
      const location = place && rand() < 0.35 ? place.capital : null;
      batch.push(clusters.push({ type, day, source, target, group, location, eventIds: [] }) - 1);
    }
    const k = outletsPerCluster.sample(rand) + 1;
    const chosen: number[] = [];
    while (chosen.length < k) {
      const o = pickOutlet.sample(rand);
      if (!chosen.includes(o)) chosen.push(o);
    }
    const cover = (outlet: number, include: number, followUp: boolean) => {
      if (reported >= eventCount) return;
      const items = batch.filter((_, j) => j === 0 || rand() < include).slice(0, eventCount - reported);
      const first = Math.min(...items.map((c) => clusters[c]!.day));
      const last = Math.max(...items.map((c) => clusters[c]!.day));
      let preview = !followUp && rand() < previewShare;
      let published = preview ? first - lead() : Math.min(days - 1, last + (followUp ? 1 + Math.floor(rand() * 3) : lag()));
      if (published < 0) [preview, published] = [false, Math.min(days - 1, last + lag())];
      const modalities = items.map(() => (followUp ? 'occurred' : pickMix(rand, preview ? previewMix : reportMix)));
      drafts.push({ outlet, published, story: storyIndex, clusters: items, modalities });
      reported += items.length;
    };
    chosen.forEach((outlet, i) => cover(outlet, i === 0 ? 1 : OTHER_OUTLETS_INCLUDE, false));
    if (rand() < FOLLOW_UP_SHARE) cover(chosen[0]!, 0.5, true);
  }
  drafts.sort((a, b) => a.published - b.published || a.outlet - b.outlet || a.clusters[0]! - b.clusters[0]!);

  const articles: Article[] = [];
  const events: DiplomaticEvent[] = [];
  const quotes: Quote[] = [];
  const width = Math.max(6, String(drafts.length).length);
  for (const [index, draft] of drafts.entries()) {
    const id = `a${String(index + 1).padStart(width, '0')}`;
    const outlet = outlets[draft.outlet]!;
    const published = draft.published;
    let text = '';
    let sentences = 0;
    const add = (s: string) => {
      if (text) text += sentences > 0 && sentences % 3 === 0 ? '\n\n' : ' ';
      sentences++;
      const start = text.length;
      text += s;
      return start;
    };
    const articleEvents: DiplomaticEvent[] = [];
    const speakers: ActorDraft[] = [];
    let quoteNumber = 0;
    for (const [j, cluster] of draft.clusters.entries()) {
      const c = clusters[cluster]!;
      const modality = draft.modalities[j]!;
      const precision: DatePrecision =
        modality === 'hypothetical'
          ? pickMix(rand, [['unknown', 0.8], ['week', 0.1], ['month', 0.1]] as const)
          : modality === 'planned'
            ? pickMix(rand, [['day', 0.7], ['week', 0.2], ['month', 0.05], ['unknown', 0.05]] as const)
            : pickMix(rand, [['day', 0.5], ['unknown', 0.35], ['week', 0.1], ['month', 0.05]] as const);
      const when = chooseDate(cal, c.day, published, precision, modality === 'planned' || modality === 'hypothetical');
      const source = actors[c.source]!;
      const target = c.target >= 0 ? actors[c.target]! : null;
      const verbs = c.group.verbs.filter((x) => x.transitive === (target !== null));
      const verb = pickOne(rand, verbs.length > 0 ? verbs : c.group.verbs);
      const lead = pickOne(rand, LEADS);
      const subject = pickOne(rand, source.mentions);
      let cue: string;
      let before: string; // between the subject and the trigger
      let trigger: string;
      switch (modality) {
        case 'occurred':
          [cue, before, trigger] = ['past tense', ' ', verb.past];
          break;
        case 'ongoing':
          [cue, before, trigger] = ['is …ing', ' is ', verb.ing];
          break;
        case 'planned':
          cue = pickOne(rand, PLANNED_CUES);
          [before, trigger] = [` ${cue} `, verb.base];
          break;
        case 'hypothetical':
          cue = pickOne(rand, HYPOTHETICAL_CUES);
          [before, trigger] = [` ${cue} `, verb.base];
          break;
        case 'denied':
          [cue, before, trigger] = ['not', ' did not ', verb.base];
          break;
      }
      const object = target && verb.transitive ? pickOne(rand, target.mentions) : null;
      const place = c.location && rand() < 0.7 ? c.location : null;
      let sentence = lead + subject + before + trigger;
      const triggerAt = lead.length + subject.length + before.length;
      const objectAt = sentence.length + 1;
      if (object) sentence += ` ${object}`;
      sentence += verb.tail;
      if (place) sentence += ` in ${place}`;
      const dateAt = sentence.length + 1;
      if (when.expression) sentence += ` ${when.expression}`;
      sentence += '.';
      const at = add(sentence);
      const actorSpans = [{ text: subject, start: at + lead.length, end: at + lead.length + subject.length, actorId: source.id }];
      if (object && target) actorSpans.push({ text: object, start: at + objectAt, end: at + objectAt + object.length, actorId: target.id });
      const eventId = `${id}#e${String(articleEvents.length + 1).padStart(2, '0')}`;
      c.eventIds.push(eventId);
      const event: DiplomaticEvent = {
        id: eventId,
        articleId: id,
        type: c.type,
        mode: c.group.mode,
        date: when.date,
        datePrecision: when.precision,
        dateBasis: when.basis,
        dateSpan: when.expression ? { text: when.expression, start: at + dateAt, end: at + dateAt + when.expression.length } : null,
        modality,
        modalityCue: cue,
        source: [source.id],
        target: target ? [target.id] : [],
        actorSpans,
        actorLabels: actorSpans,
        tone: { score: 0, comparative: 0, terms: [] },
        location: place,
        evidence: { text: sentence, start: at, end: at + sentence.length },
        trigger: { text: trigger, start: at + triggerAt, end: at + triggerAt + trigger.length },
        clusterId: String(cluster),
        confidence: (55 + 5 * Math.floor(rand() * 9)) / 100,
      };
      articleEvents.push(event);
      for (const a of [source, target]) if (a && a.resolved && (a.kind === 'person' || a.kind === 'state') && !speakers.includes(a)) speakers.push(a);
      if (rand() < 0.3) add(pickOne(rand, FILLERS));
      if (rand() < QUOTE_RATE) {
        const speaker = speakers.length > 0 && rand() < 0.8 ? pickOne(rand, speakers) : null;
        const speakerText = speaker ? (speaker.kind === 'state' ? `a spokesperson for ${speaker.name}` : pickOne(rand, speaker.mentions)) : pickOne(rand, ANONYMOUS);
        const said = pickOne(rand, QUOTES);
        const qa = add(`“${said},” ${speakerText} said.`) + 1;
        quotes.push({ id: `${id}#q${++quoteNumber}`, articleId: id, speakerId: speaker?.id ?? null, speakerText, start: qa, end: qa + said.length, text: said, eventIds: [eventId] });
      }
    }
    text += `\n\n${DISCLAIMER}`;
    events.push(...articleEvents);
    const first = clusters[draft.clusters[0]!]!;
    const firstTarget = first.target >= 0 ? actors[first.target]! : null;
    const headVerbs = first.group.verbs.filter((x) => x.transitive === (firstTarget !== null));
    const head = pickOne(rand, headVerbs.length > 0 ? headVerbs : first.group.verbs);
    const title = `${actors[first.source]!.name} ${head.third}${head.transitive && firstTarget ? ` ${firstTarget.name}` : ''}`;
    articles.push({
      id,
      outletId: outlet.id,
      title,
      url: `https://${outlet.id}.example/${cal.iso(published).replaceAll('-', '/')}/${id}`,
      author: null,
      published: cal.iso(published),
      outletBasis: 'synthetic: assigned by bench/generate-bundle.ts',
      flags: [],
      fiction: true,
      wordCount: text.match(/\S+/g)?.length ?? 0,
      text,
    });
  }
  // Clusters, summarised and numbered as the pipeline does (by date, then first event id).
  const eventById = new Map(events.map((e) => [e.id, e]));
  const outletOf = new Map(articles.map((a) => [a.id, a.outletId]));
  const summaries = clusters
    .filter((c) => c.eventIds.length > 0)
    .map((c) => summarise(c.eventIds.map((id) => eventById.get(id)!), outletOf));
  summaries.sort((a, b) => byCode(a.date ?? '9999', b.date ?? '9999') || byCode(a.eventIds[0]!, b.eventIds[0]!));
  const cwidth = Math.max(6, String(summaries.length).length);
  const finalClusters: Cluster[] = summaries.map((s, i) => {
    const id = `c${String(i + 1).padStart(cwidth, '0')}`;
    for (const e of s.eventIds) eventById.get(e)!.clusterId = id;
    return { id, ...s };
  });

  const usedActors = actors.map(({ id, name, kind, country, aliases, affiliation, resolved }) => ({ id, name, kind, country, aliases, affiliation, resolved }));
  usedActors.sort((a, b) => byCode(a.id, b.id));
  return { schemaVersion: SCHEMA_VERSION, generatedAt: null, articles, outlets, actors: usedActors, events, quotes, clusters: finalClusters,
    loadedTerms: [],
    reuse: [],
    analysis: { loadedTerms: { version: 'synthetic', entries: 0 }, tone: { method: 'synthetic: none', limits: 'synthetic bundle' }, reuse: { method: 'synthetic: none', threshold: 1 } },
    places: inventPlaces(events, options.seed ?? 1),
  };
}

/** Share of the invented capitals left without a point, so the map's "not on the map" count is exercised. */
const UNPLACED_SHARE = 0.1;

/**
 * Invented points for the invented capitals, so the bench draws the map: a random spot between 55°S and 70°N
 * (sea or land alike), from a generator of its own so the events stay those of earlier versions.
 */
function inventPlaces(events: DiplomaticEvent[], seed: number): NonNullable<Bundle['places']> {
  const rand = randomLcg(seed + 1_000_003);
  const names = [...new Set(events.map((e) => e.location).filter((l): l is string => l !== null))].sort(byCode);
  return names.map((name) => {
    const placed = rand() >= UNPLACED_SHARE;
    const lat = Math.round((-55 + rand() * 125) * 100) / 100;
    const lon = Math.round((-180 + rand() * 360) * 100) / 100;
    return placed
      ? { name, kind: 'city', country: null, lat, lon, basis: 'synthetic: invented by bench/generate-bundle.ts' }
      : { name, kind: 'city', country: null, lat: null, lon: null, basis: 'synthetic: left off the map' };
  });
}

function summarise(members: DiplomaticEvent[], outletOf: Map<string, string>): Omit<Cluster, 'id'> {
  const sorted = [...members].sort((a, b) => byCode(a.id, b.id));
  const precise = sorted.filter((e) => e.datePrecision === 'day');
  const dated = precise.length > 0 ? precise : sorted;
  const counts = new Map<string | null, number>();
  for (const e of dated) counts.set(e.date, (counts.get(e.date) ?? 0) + 1);
  const date = [...counts].sort((a, b) => b[1] - a[1] || byCode(String(a[0]), String(b[0])))[0]![0];
  const uniq = (xs: string[]) => [...new Set(xs)].sort();
  return {
    type: sorted[0]!.type,
    date,
    datePrecision: dated[0]!.datePrecision,
    actorIds: uniq(sorted.flatMap((e) => [...e.source, ...e.target])),
    eventIds: sorted.map((e) => e.id),
    outletIds: uniq(sorted.map((e) => outletOf.get(e.articleId)!)),
    independentOutletIds: uniq(sorted.map((e) => outletOf.get(e.articleId)!)),
    derived: [],
    articleIds: uniq(sorted.map((e) => e.articleId)),
    modalities: MODALITIES.filter((m) => sorted.some((e) => e.modality === m)),
  };
}

// ---------------------------------------------------------------------------------------------------
// Checks of the generated shapes against the profile, printed by the command line

export function describeBundle(bundle: Bundle, profile: GdeltProfile): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const n = bundle.events.length;
  const mentions = new Map<string, number>();
  for (const e of bundle.events) for (const a of [...e.source, ...e.target]) mentions.set(a, (mentions.get(a) ?? 0) + 1);
  const ranked = [...mentions].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]));
  const totalMentions = ranked.reduce((a, b) => a + b[1], 0);
  const rank = new Map(ranked.map(([a], i) => [a, i + 1]));
  const top = (k: number) => ranked.slice(0, k).reduce((a, b) => a + b[1], 0) / totalMentions;
  const covered = (k: number) => bundle.events.filter((e) => [...e.source, ...e.target].some((a) => rank.get(a)! <= k)).length / n;
  const actorLine = [1, 10, 100, 1000]
    .map((k) => `top ${k} ${pct(top(k))} (GDELT ${pct(profile.actors.mentionShareTop[k] ?? NaN)})`)
    .join(', ');
  const coverLine = [1, 10, 100, 1000].map((k) => `top ${k} ${pct(covered(k))} (GDELT ${pct(profile.actors.eventShareTop[k] ?? NaN)})`).join(', ');
  const outletOf = new Map(bundle.articles.map((a) => [a.id, a.outletId]));
  const perOutlet = new Map<string, number>();
  for (const e of bundle.events) perOutlet.set(outletOf.get(e.articleId)!, (perOutlet.get(outletOf.get(e.articleId)!) ?? 0) + 1);
  const outletCounts = [...perOutlet.values()].sort((a, b) => b - a);
  const outletTop = (k: number) => outletCounts.slice(0, k).reduce((a, b) => a + b, 0) / n;
  const types = new Map<string, number>();
  for (const e of bundle.events) types.set(e.type, (types.get(e.type) ?? 0) + 1);
  const typeError = Math.max(...PLOVER_TYPES.map((t) => Math.abs((types.get(t) ?? 0) / n - profile.ploverShares[t])));
  // Events per publication day, as measured on GDELT (whose event dates are the publication day 97.5% of the time).
  const publishedOf = new Map(bundle.articles.map((a) => [a.id, a.published]));
  const perDay = new Map<string | null, number>();
  for (const e of bundle.events) perDay.set(publishedOf.get(e.articleId)!, (perDay.get(publishedOf.get(e.articleId)!) ?? 0) + 1);
  const modality = new Map<string, number>();
  for (const e of bundle.events) modality.set(e.modality, (modality.get(e.modality) ?? 0) + 1);
  const sizes = new Map<number, number>();
  for (const c of bundle.clusters) sizes.set(c.outletIds.length, (sizes.get(c.outletIds.length) ?? 0) + 1);
  const perArticle = new Map<string, number>();
  for (const e of bundle.events) perArticle.set(e.articleId, (perArticle.get(e.articleId) ?? 0) + 1);
  const articleSizes = [...perArticle.values()].sort((a, b) => a - b);
  const kinds = new Map<string, number>();
  for (const a of bundle.actors) kinds.set(a.resolved ? a.kind : 'unresolved', (kinds.get(a.resolved ? a.kind : 'unresolved') ?? 0) + 1);
  return [
    `${n.toLocaleString('en')} events, ${bundle.articles.length.toLocaleString('en')} articles, ${bundle.clusters.length.toLocaleString('en')} clusters, ${bundle.actors.length.toLocaleString('en')} actors (${[...kinds].map(([k, c]) => `${k} ${c}`).join(', ')}), ${bundle.outlets.length} outlets, ${bundle.quotes.length.toLocaleString('en')} quotes`,
    `actor mentions: ${actorLine}`,
    `events naming one of: ${coverLine}`,
    `events without a target: ${pct(bundle.events.filter((e) => e.target.length === 0).length / n)} (GDELT ${pct(profile.actors.participants.one)})`,
    `outlets: top 1 ${pct(outletTop(1))}, top 10 ${pct(outletTop(10))} of events (GDELT top 50 sites: top 1 ${pct(profile.sites.headShareTop[1] ?? NaN)}, top 10 ${pct(profile.sites.headShareTop[10] ?? NaN)})`,
    `PLOVER types: largest gap to the GDELT shares ${(typeError * 100).toFixed(2)} points; ${PLOVER_TYPES.map((t) => `${t} ${pct((types.get(t) ?? 0) / n)}`).join(', ')}`,
    `publication days: ${perDay.size}, the busiest 10% hold ${pct(topDecileShare([...perDay.values()]))} of events (target: one GDELT actor's ${pct(profile.dates.actorTopDecileDayShare.median)}; whole GDELT feed ${pct(profile.dates.feedPerDay.topDecileDayShare)})`,
    `events per article: mean ${(n / bundle.articles.length).toFixed(2)}, median ${articleSizes[Math.floor(articleSizes.length / 2)]}, max ${articleSizes.at(-1)} (GDELT mean ${profile.eventsPerArticle.mean}, median ${profile.eventsPerArticle.median})`,
    `modality: ${MODALITIES.map((m) => `${m} ${pct((modality.get(m) ?? 0) / n)}`).join(', ')}`,
    `outlets per cluster: ${[...sizes].sort((a, b) => a[0] - b[0]).map(([k, c]) => `${k}: ${pct(c / bundle.clusters.length)}`).join(', ')}`,
  ].join('\n');
}

/** parseBundle's problems, or null; the validated copy it makes is dropped at once (it is as big as the bundle). */
function validate(bundle: Bundle): string[] | null {
  const result = parseBundle(bundle);
  return result.ok ? null : result.problems;
}

type OutputFormat = 'json' | 'arrow' | 'both';

function parseArgs(argv: string[]): GenerateOptions & { out: string; format: OutputFormat } {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]!;
    if (!key.startsWith('--') || argv[i + 1] === undefined) throw new Error(`unexpected argument "${key}"`);
    args.set(key.slice(2), argv[++i]!);
  }
  const num = (k: string) => (args.has(k) ? Number(args.get(k)) : undefined);
  for (const k of args.keys()) if (!['events', 'actors', 'outlets', 'seed', 'days', 'start', 'out', 'format'].includes(k)) throw new Error(`unknown option --${k}`);
  const events = num('events') ?? 100_000;
  const format = (args.get('format') ?? 'json') as OutputFormat;
  if (!['json', 'arrow', 'both'].includes(format)) throw new Error(`--format is json, arrow or both, not "${format}"`);
  return {
    events,
    actors: num('actors'),
    outlets: num('outlets'),
    seed: num('seed'),
    days: num('days'),
    start: args.get('start'),
    // Under bench/out/, never public/: a site build must not ship a 100,000-event bundle.
    out: args.get('out') ?? `bench/out/bundle-${events >= 1000 ? `${Math.round(events / 1000)}k` : events}.${format === 'arrow' ? 'arrow' : 'json'}`,
    format,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { out, format, ...options } = parseArgs(process.argv.slice(2));
  const profile = loadProfile();
  const t = performance.now();
  const bundle = generateBundle({ ...options, profile });
  const generated = (performance.now() - t) / 1000;
  console.log(describeBundle(bundle, profile));
  console.log(`generated in ${generated.toFixed(1)} s`);
  if (format !== 'arrow') writeJson(bundle, out);
  if (format !== 'json') writeArrow(bundle, arrowPathOf(out));
}

/** Validates the bundle (parseBundle) and writes it as one JSON file: up to a few hundred thousand events (V8's string limit). */
function writeJson(bundle: Bundle, out: string): void {
  let t = performance.now();
  const problems = validate(bundle);
  const validated = (performance.now() - t) / 1000;
  if (problems) {
    console.error(`the generated bundle does not pass parseBundle:\n${problems.join('\n')}`);
    process.exit(1);
  }
  t = performance.now();
  const json = JSON.stringify(bundle);
  const path = resolve(out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, json);
  const written = (performance.now() - t) / 1000;
  console.log(
    `validated (parseBundle) in ${validated.toFixed(1)} s, serialised and written in ${written.toFixed(1)} s: ` +
      `${path} (${(Buffer.byteLength(json) / 1024 / 1024).toFixed(1)} MiB)`,
  );
}

/**
 * Writes the bundle as columns (bundle.arrow and its text shards) without a JSON string, so a million
 * events fit; checked as the app checks it on load (the metadata's schema and validateColumns).
 */
function writeArrow(bundle: Bundle, out: string): void {
  const path = resolve(out);
  let t = performance.now();
  const { columns, shards } = bundleToColumns(bundle, (n) => textShardName(bundleBaseName(path), n));
  const arrow = encodeArrowBundle(columns);
  const encoded = (performance.now() - t) / 1000;
  t = performance.now();
  const read = readArrowBundle(arrow);
  if (!read.ok) {
    console.error(`the generated columns do not pass validation:\n${read.problems.join('\n')}`);
    process.exit(1);
  }
  const checked = (performance.now() - t) / 1000;
  mkdirSync(dirname(path), { recursive: true });
  const shardPrefix = `${bundleBaseName(path)}.texts-`;
  for (const f of readdirSync(dirname(path))) if (f.startsWith(shardPrefix)) rmSync(resolve(dirname(path), f));
  shards.forEach((shard, n) => writeFileSync(resolve(dirname(path), columns.metadata.texts.files[n]!), JSON.stringify(shard)));
  writeFileSync(path, arrow);
  console.log(
    `columns and Arrow in ${encoded.toFixed(1)} s, decoded and validated in ${checked.toFixed(1)} s: ${path} ` +
      `(${(arrow.length / 1024 / 1024).toFixed(1)} MiB) and ${shards.length} text shards`,
  );
}
