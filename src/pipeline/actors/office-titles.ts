import type { Office } from '../resources/resource-schemas.ts';

/** Generic English titles for each office, used to build phrases such as "the Qatari prime minister". */
export const OFFICE_TITLES: Record<Office, string[]> = {
  'head-of-state': ['president', 'head of state'],
  'head-of-government': ['prime minister', 'premier', 'PM', 'chancellor'],
  'vice-president': ['vice president', 'vice-president'],
  'foreign-minister': ['foreign minister', 'foreign secretary', 'secretary of state', 'top diplomat'],
  'defence-minister': [
    'defence minister',
    'defense minister',
    'defense secretary',
    'defence secretary',
    'secretary of defense',
  ],
  'finance-minister': ['finance minister', 'treasury secretary'],
  'security-minister': ['national security minister', 'security minister'],
  envoy: ['special envoy', 'envoy'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman', 'press secretary'],
  speaker: ['speaker', 'house speaker', 'speaker of the house'],
  'opposition-leader': ['opposition leader'],
  'military-chief': ['army chief', 'military chief', 'chief of staff'],
  'intelligence-chief': ['intelligence chief', 'spy chief'],
  leader: ['leader', 'chief', 'head'],
  'secretary-general': ['secretary-general', 'secretary general', 'chief'],
  'other-minister': [],
  monarch: ['king', 'queen', 'emir', 'sultan', 'monarch'],
  'crown-prince': ['crown prince'],
};

/** "leader" of a state means whoever heads it: government first, then state, then monarch. */
export const LEADER_OFFICES: Office[] = ['head-of-government', 'head-of-state', 'monarch', 'leader'];

/** Nouns that, after a state's adjective, stand for that state's government ("Qatari officials"). */
export const GOVERNMENT_NOUNS = [
  'officials',
  'official',
  'government',
  'administration',
  'delegation',
  'delegations',
  'delegates',
  'envoys',
  'negotiators',
  'negotiating team',
  'team',
  'authorities',
  'ministry',
  'cabinet',
  'leadership',
  'diplomats',
  'side',
  'sides',
  'mediators',
  'security cabinet',
  'war cabinet',
  'regime',
  'governments',
  'leaders',
  'ministers',
  'foreign ministers',
  'defence ministers',
  'defense ministers',
];

/**
 * Nouns that, after a state's adjective, stand for its armed forces ("the Thai army"): the state's own
 * military actor when the gazetteer has one (the IDF), else its composed military (`tha-military`).
 */
export const MILITARY_NOUNS = [
  'forces',
  'military',
  'army',
  'troops',
  'navy',
  'air force',
  'security forces',
  'soldiers',
  'armed forces',
];

/** Title-case and lower-case variants of a phrase ("prime minister", "Prime Minister"). */
export function caseVariants(phrase: string): string[] {
  const title = phrase
    .replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())
    .replace(/\bOf\b/g, 'of')
    .replace(/\bThe\b/g, 'the');
  return [...new Set([phrase, title])];
}
