import { describe, expect, it } from 'vitest';
import type { TriggerEntry, TriggerLexicon } from '../resources/resource-schemas.ts';
import { eventsOf } from '../test-support/resources.ts';
import { compileTriggerLexicon, mergeTriggerLexicons } from './trigger-lexicon.ts';

const entry = (pattern: string, type: TriggerEntry['type'], extra: Partial<TriggerEntry> = {}): TriggerEntry => ({
  type,
  mode: null,
  pattern,
  direction: 'forward',
  modality: null,
  weight: 0.6,
  sourceKinds: null,
  ...extra,
});
const lexicon = (triggers: TriggerEntry[], irregularVerbs: Record<string, string[]> = {}): TriggerLexicon => ({
  version: 1,
  irregularVerbs,
  doublingVerbs: [],
  triggers,
});

describe('mergeTriggerLexicons', () => {
  const own = lexicon([entry('{call} ~ for', 'REQUEST'), entry('{meet} with?', 'CONSULT')], {
    meet: ['meets', 'met', 'met', 'meeting'],
  });
  const cameo = lexicon(
    [
      entry('{call}|{summon} ~ for ~ end', 'SUPPORT', { cameo: '050' }),
      entry('{meet}', 'CONSULT', { cameo: '040' }),
      entry('{expel}', 'SANCTION', { cameo: '166' }),
    ],
    { meet: ['meets', 'meeted', 'meeted', 'meeting'], expel: ['expels', 'expelled', 'expelled', 'expelling'] },
  );
  const merged = mergeTriggerLexicons(own, cameo);

  it('puts Parley’s entries first and adds the converted ones after', () => {
    expect(merged.triggers.slice(0, 2)).toEqual(own.triggers);
    expect(merged.triggers.map((e) => e.pattern)).toContain('{expel}');
  });

  it('takes out of a converted entry the verbs whose phrase Parley already reads', () => {
    expect(merged.triggers.map((e) => e.pattern)).toContain('{summon} ~ for ~ end');
    expect(merged.triggers.some((e) => e.pattern === '{meet}')).toBe(false);
  });

  it('keeps Parley’s irregular forms and adds the converted ones', () => {
    expect(merged.irregularVerbs.meet).toEqual(['meets', 'met', 'met', 'meeting']);
    expect(merged.irregularVerbs.expel).toEqual(['expels', 'expelled', 'expelled', 'expelling']);
  });
});

describe('compileTriggerLexicon', () => {
  it('inflects converted verbs with their listed irregular forms', () => {
    const compiled = compileTriggerLexicon(
      lexicon([entry('{withdraw}', 'RETREAT')], { withdraw: ['withdraws', 'withdrew', 'withdrawn', 'withdrawing'] }),
    );
    expect([...compiled.byFirstWord.keys()].sort()).toEqual([
      'withdraw',
      'withdrawing',
      'withdrawn',
      'withdraws',
      'withdrew',
    ]);
  });

  it('accepts only the verb forms an entry allows', () => {
    const compiled = compileTriggerLexicon(
      lexicon([entry('{jail}', 'COERCE', { verbForms: ['base', 'past', 'participle', 'ing'] })]),
    );
    expect(compiled.byFirstWord.has('jails')).toBe(false);
    expect(compiled.byFirstWord.get('jailed')?.[0]?.cameo).toBeNull();
  });

  it('shares one compiled verb slot between entries that repeat it', () => {
    const compiled = compileTriggerLexicon(
      lexicon([entry('{rush}|{speed} ~ aid', 'AID'), entry('{rush}|{speed} ~ troops', 'MOBILIZE')]),
    );
    const [a, b] = compiled.byFirstWord.get('rushed')!;
    expect(a!.slots[0]).toBe(b!.slots[0]);
  });
});

// Sentences in our own words whose type only the converted CAMEO verbs (or the rules above) decide.
const cases: [string, string, string | null][] = [
  ['AGREE', 'Egypt reached a consensus with Jordan on Monday.', null],
  ['CONSULT', 'Iran telephoned Qatar on Monday.', 'phone'],
  ['CONSULT', 'Iran conferred with Qatar on Monday.', null],
  ['CONSULT', 'Erdogan welcomed Netanyahu in Ankara on Monday.', 'visit'],
  ['SUPPORT', 'Egypt congratulated Qatar on Monday.', null],
  ['COOPERATE', 'China extradited two suspects to Turkey.', null],
  ['AID', 'Japan donated medicine to Ukraine.', null],
  ['RETREAT', 'Iran withdrew its troops from Syria on Monday.', 'withdraw'],
  ['RETREAT', 'Hamas surrendered to Israel.', 'disarm'],
  ['ACCUSE', 'Russia denounced the United States on Friday.', null],
  ['REJECT', 'Iran rebuffed the United States on Monday.', null],
  ['THREATEN', 'Turkey vowed to retaliate against Syria.', null],
  ['SANCTION', 'Switzerland expelled two Russian diplomats on Monday.', 'expel'],
  ['MOBILIZE', 'Iran mobilized troops along the border with Iraq.', null],
  ['COERCE', 'Israel occupied the Golan Heights.', 'seize'],
  ['ASSAULT', 'Israel bombarded Gaza on Monday.', null],
];

describe('the merged lexicon types verbs Parley’s own list lacked', () => {
  it.each(cases)('%s: %s', (type, sentence, mode) => {
    const events = eventsOf(sentence);
    const event = events.find((e) => e.type === type);
    expect(event, `a ${type} event in ${JSON.stringify(events.map((e) => e.type))}`).toBeDefined();
    if (mode) expect(event!.mode).toBe(mode);
  });

  it('reads "welcomed" a state’s decision, or a state for its efforts, as support, not a visit', () => {
    expect(eventsOf('Erdogan welcomed Israel’s decision on Monday.').map((e) => e.type)).toEqual(['SUPPORT']);
    expect(eventsOf('Egypt welcomed Qatar for its mediation efforts.').map((e) => e.type)).toEqual(['SUPPORT']);
  });

  it('makes no event of common verbs alone', () => {
    expect(eventsOf('Iran said on Monday that Qatar made the call and took the lead.')).toEqual([]);
  });

  it('reads a plural noun after a name as a noun, not a converted verb', () => {
    expect(eventsOf('Thousands of Palestinians are held in Israeli jails.').map((e) => e.type)).not.toContain('COERCE');
  });
});
