import { describe, expect, it } from 'vitest';
import { buildCameoLexicon, type CameoRules } from './build-cameo-lexicon.ts';
import { parseCameoToPlover } from './cameo-to-plover.ts';
import { parseCameoDictionary } from './parse-cameo.ts';

// Made-up blocks in the dictionary's format, typed through a made-up slice of the table.
const DICTIONARY = `
---  CONVENE   [040]  ---
CONVENE
CONFER
- * (FOR TALKS)                  [046:046]
- * PRESS                         [010]
---  HOST   [043:042]  ---
HOST
- * SUMMIT                        [043:042]
---  SHOVE   [---]  ---
SHOVE [190]
JOSTLE
NUDGE {NUDGES NUDGED NUDGING}
KNOCK_DOWN [190]
+IS_SURE {+WAS_SURE +BE_SURE} [190]
FREE [080]
- * (OUT OF) &TERRITORY            [1741]
- * CRITICISM                      [:111]
- * AID                            [073]
- * ASIDE                          [190]
&TERRITORY
+LAND
`;
const TABLE = `
040: CONSULT, ,  # Consult
043: CONSULT, visit,   # Host a visit
046: CONSULT,   , diplomatic    # Engage in negotiation
073: AID,   ,   humanitarian # Provide humanitarian aid
080: CONCEDE,   ,  # Yield
0841: RETREAT, release,   legal # Return, release person(s)
111: ACCUSE, disapprove,    # Criticize or denounce
174: COERCE, deport, legal            # Expel or deport individuals
190: ASSAULT, , military # Use conventional military force
`;
const RULES: CameoRules = {
  weights: { verb: 0.45, pattern: 0.48 },
  bareVerbStoplist: { verbs: ['jostle'], byReason: { 'too common': ['confer'] } },
  verbOverrides: { verbs: { free: { code: '0841', mode: 'release' } } },
  mutualCodes: { codes: ['040', '046'] },
  reverseCodes: { codes: ['043'] },
  symmetricVerbs: { families: ['04'], verbs: ['confer'] },
  modeOverrides: { codes: {} },
  doubling: { stressedEndings: [], exceptions: [] },
};

describe('buildCameoLexicon', () => {
  const { lexicon, report } = buildCameoLexicon(parseCameoDictionary(DICTIONARY), parseCameoToPlover(TABLE), RULES);
  const entry = (pattern: string) => lexicon.triggers.find((e) => e.pattern === pattern);

  it('types each bare verb by its own code or its block code, through the table', () => {
    expect(entry('{convene}')).toMatchObject({ type: 'CONSULT', direction: 'mutual', cameo: '040', weight: 0.45 });
    expect(entry('{shove}')).toMatchObject({ type: 'ASSAULT', direction: 'forward', cameo: '190' });
    expect(entry('{host}')).toMatchObject({ type: 'CONSULT', mode: 'visit', direction: 'reverse', cameo: '043' });
  });

  it('leaves out verbs with a null code, stoplisted verbs, and the -s form of bare verbs', () => {
    expect(entry('{nudge}')).toBeUndefined();
    expect(entry('{jostle}')).toBeUndefined();
    expect(entry('{confer}')).toBeUndefined();
    expect(entry('{convene}')!.verbForms).toEqual(['base', 'past', 'participle', 'ing']);
  });

  it('keeps the -s form of a verb with its particle, which no plural noun takes ("knocks down")', () => {
    expect(entry('{knock} down')!.verbForms).toEqual(['base', 'present', 'past', 'participle', 'ing']);
    // A copula and its adjective is no phrasal verb: "is sure" keeps the bare verb's forms.
    expect(entry('{be} sure')!.verbForms).toEqual(['base', 'past', 'participle', 'ing']);
    expect(report.skipped['bare verb too common or too polysemous to be an event']).toBe(2);
  });

  it('applies a verb override: "free" is a release, not the block’s yielding', () => {
    expect(entry('{free}')).toMatchObject({ type: 'RETREAT', mode: 'release', cameo: '0841' });
  });

  it('gives patterns to the block’s one-word verbs together, with [x:x] mutual and [:x] reverse', () => {
    expect(entry('{convene}|{confer} ~ for ~ talks')).toMatchObject({
      type: 'CONSULT',
      direction: 'mutual',
      cameo: '046',
    });
    expect(entry('{shove}|{jostle}|{nudge}|{free} ~ criticism|criticisms')).toMatchObject({
      type: 'ACCUSE',
      direction: 'reverse',
      cameo: '111',
    });
    expect(entry('{shove}|{jostle}|{nudge}|{free} ~ aid|aids')).toMatchObject({ type: 'AID', weight: 0.48 });
  });

  it('drops patterns whose code is no PLOVER event, and a pattern that says what its verb says', () => {
    expect(lexicon.triggers.some((e) => e.pattern.includes('press'))).toBe(false);
    expect(report.skipped['code 01x has no PLOVER type']).toBeGreaterThan(0);
    expect(entry('{host} ~ summit|summits')).toBeUndefined();
  });

  it('falls back to the parent code when the table lacks a four-digit one', () => {
    expect(entry('{shove}|{jostle}|{nudge}|{free} ~ out|of ~ land|lands')).toBeUndefined();
    expect(lexicon.triggers.find((e) => e.cameo === '1741')).toMatchObject({ type: 'COERCE', mode: 'deport' });
  });

  it('writes CAMEO’s listed irregular forms as Parley rows', () => {
    expect(lexicon.irregularVerbs.nudge).toEqual(['nudges', 'nudged', 'nudged', 'nudging']);
  });
});
