import { OFFICE_TITLES } from '../../actors/office-titles.ts';
import type { PhoenixAgent } from './parse-phoenix-agents.ts';

/** What a sector of generic agents becomes: the kind of the composed actor and how its name reads. */
export type SectorSpec = { code: string; kind: 'organization' | 'armed-group' | 'media' | 'other'; label: string };

/**
 * CAMEO sector codes Parley composes with a state ("Pakistani military" -> `pak-military`). Government
 * (GOV) stands for the state itself, as "Qatari officials" always has. Religions, ethnic groups and
 * elites are not sectors of a state here.
 */
export const SECTORS: Record<string, SectorSpec> = {
  government: { code: 'GOV', kind: 'other', label: 'government' },
  military: { code: 'MIL', kind: 'organization', label: 'military' },
  police: { code: 'COP', kind: 'organization', label: 'police' },
  intelligence: { code: 'SPY', kind: 'organization', label: 'intelligence services' },
  rebels: { code: 'REB', kind: 'armed-group', label: 'rebels' },
  militants: { code: 'UAF', kind: 'armed-group', label: 'militants' },
  opposition: { code: 'OPP', kind: 'other', label: 'opposition' },
  civilians: { code: 'CVL', kind: 'other', label: 'civilians' },
  business: { code: 'BUS', kind: 'other', label: 'business' },
  media: { code: 'MED', kind: 'media', label: 'media' },
  judiciary: { code: 'JUD', kind: 'organization', label: 'judiciary' },
  legislature: { code: 'LEG', kind: 'organization', label: 'legislature' },
  labour: { code: 'LAB', kind: 'other', label: 'labour' },
  refugees: { code: 'REF', kind: 'other', label: 'refugees' },
  criminals: { code: 'CRM', kind: 'other', label: 'criminals' },
};

/**
 * Agent nouns that stand alone for an actor without a state ("police", "protesters", "rebels"): Parley's
 * own short list, since most Phoenix agents are too common as bare words ("community", "women"). Bare
 * "civilians" and "militants" are left out: news names civilians mostly as victims inside a phrase ("the
 * displacement of civilians"), and "militants" mostly for a group the article has already named.
 */
export const BARE_FORMS: Record<string, string[]> = {
  police: ['police', 'policemen', 'police officers', 'riot police'],
  opposition: [
    // "the opposition", "the opposition's demands": the state's, as "the police" is (`bareAgent`).
    'opposition',
    'protesters',
    'protestors',
    'demonstrators',
    'rioters',
    'opposition groups',
    'opposition parties',
    'opposition supporters',
    'opposition activists',
  ],
  rebels: ['rebels', 'insurgents', 'guerrillas', 'rebel forces', 'rebel fighters'],
  // Armed gangs and cartels fight states in Haiti, Ecuador, Mexico or the Sahel's borderlands.
  criminals: ['gangs', 'armed gangs', 'gang members', 'gangsters', 'cartels', 'drug cartels'],
  // Only ever an armed group the article named ("the militants" after Al-Shabaab) or fighters "in" a state.
  militants: ['militants', 'jihadists', 'gunmen', 'fighters'],
  // A government named by its kind; it is an actor only where the text points back to a state ("the junta").
  government: ['junta', 'military junta', 'ruling junta', 'military government', 'regime', 'military regime'],
};

/**
 * Nouns news puts after a demonym that Phoenix's agent list lacks ("the Syrian opposition", "Syrian officers",
 * "Palestinian students"): Parley's own additions, each to the sector PLOVER's actor coding gives it.
 */
export const ADDED_FORMS: Record<string, string[]> = {
  opposition: ['opposition', 'opposition leaders', 'opposition figures'],
  // A government named with its standing ("Mali's transitional government", "Somalia's federal government").
  government: [
    ...['transitional', 'federal', 'central', 'civilian', 'coalition', 'interim', 'de facto'].flatMap((standing) => [
      `${standing} government`,
      `${standing} authorities`,
    ]),
    // A state ruled by a council ("Haiti's transitional presidential council", "Sudan's Sovereign Council",
    // "Iran's Supreme National Security Council"): the council is its government.
    ...['presidential', 'transitional', 'transitional presidential', 'ruling', 'sovereign', 'sovereignty'].map(
      (kind) => `${kind} council`,
    ),
    ...['military council', 'transitional military council', 'security council', 'national security council'],
    'supreme national security council',
    // "Israeli security officials": officials of a state's security establishment, who speak for its government
    // (Phoenix files them under police, which news names as police).
    'security official',
    'security officials',
    // "the US Treasury sanctioned", "Britain's Treasury froze": Phoenix has only "treasury ministry".
    'treasury',
    'treasury department',
  ],
  military: [
    ...['officers', 'commanders', 'generals', 'army officers'],
    // Phoenix's "air force" and "defense forces" but not the units that shoot down drones and missiles.
    ...['air defense', 'air defenses', 'air defense forces', 'air defense units', 'air defense systems'],
    // A federal state's forces named by its standing ("Ethiopian federal forces", "Somalia's federal troops").
    ...['federal forces', 'federal troops', 'federal army', 'federal soldiers'],
  ],
  // Phoenix has "intelligence service" and "national security service" but not the plain names news uses.
  intelligence: [
    'security service',
    'security services',
    'intelligence agency',
    'intelligence agencies',
    'spy service',
    'spy services',
    'state security service',
  ],
  civilians: [
    'students',
    'doctors',
    'prisoners',
    'detainees',
    'youths',
    'farmers',
    'fishermen',
    'pilgrims',
    'hostages',
  ],
};

/** The agents file Parley reads: each sector's kind, label, forms after a demonym and bare forms. */
export type AgentSectorsFile = {
  version: number;
  sectors: Record<string, SectorSpec & { forms: string[]; bare: string[] }>;
};

const OFFICE_WORDS = new Set(
  Object.values(OFFICE_TITLES)
    .flat()
    .map((t) => t.toLowerCase()),
);

/**
 * Phoenix agents grouped into Parley's sectors by the first three letters of their code ("GOVFRM" is
 * government). Forms that are office titles stay with the role resolver ("president", "foreign
 * minister"); ranks with dots, weapon models with digits and phrases over three words are left out.
 */
export function convertAgents(agents: PhoenixAgent[]): AgentSectorsFile {
  const sectors: AgentSectorsFile['sectors'] = {};
  const taken = new Set<string>();
  // A form listed under two codes ("armed forces": MIL and UAF) belongs to the sector listed first above.
  for (const [sector, spec] of Object.entries(SECTORS)) {
    const forms = agents
      .filter((a) => a.code.startsWith(spec.code))
      .flatMap((a) => a.forms)
      .filter((f) => /^[a-z][a-z' -]*$/.test(f) && f.split(' ').length <= 3 && !OFFICE_WORDS.has(f) && !taken.has(f));
    forms.push(...(ADDED_FORMS[sector] ?? []).filter((f) => !taken.has(f)));
    forms.push(...forms.map(britishSpelling).filter((f) => !taken.has(f)));
    for (const form of forms) taken.add(form);
    sectors[sector] = { ...spec, forms: [...new Set(forms)].sort(), bare: BARE_FORMS[sector] ?? [] };
  }
  return { version: 1, sectors };
}

// Phoenix spells as American news does; most of the world's English news writes "defence", "armoured", "labour".
const BRITISH_SPELLINGS: [RegExp, string][] = [
  [/defense/g, 'defence'],
  [/armor/g, 'armour'],
  [/\blabor/g, 'labour'],
  [/center\b/g, 'centre'],
  [/organization/g, 'organisation'],
];

/** A form in British spelling; the form itself when it has no American spelling. */
function britishSpelling(form: string): string {
  return BRITISH_SPELLINGS.reduce((text, [american, british]) => text.replace(american, british), form);
}
