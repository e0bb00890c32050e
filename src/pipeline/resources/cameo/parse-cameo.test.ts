import { describe, expect, it } from 'vitest';
import { parseCameoDictionary, parseCode, parseElements, parseVerbLine } from './parse-cameo.ts';

// A made-up dictionary in the CAMEO.2.0.txt format: one synonym set, one verb block, a transformation to ignore.
const SAMPLE = `
# comment line
&HELPERS
+HELPER
+AIDE_     # no plural
+RELIEF_WORKER

####### VERB PATTERNS #######
---  SHOVE   [150]  ---
SHOVE
THRUST {THRUSTS THRUST THRUSTING } [---]   # null code for the verb alone
+PUSH_BACK {+PUSHED_BACK +PUSHES_BACK +PUSHING_BACK} [0874]
- * (TO {BORDER AREA})                     [154]   # SHOVE
- &HELPERS *                               [073]
- * +                                      [:110]

######## TRANSFORMATIONS ##########
~ a (a b SHOVE) SAY = a b 130
`;

describe('parseCameoDictionary', () => {
  const dictionary = parseCameoDictionary(SAMPLE);

  it('reads synonym sets with their plural flags', () => {
    const set = dictionary.synsets.get('&HELPERS')!;
    expect(set.members).toEqual([['helper'], ['aide'], ['relief', 'worker']]);
    expect(set.plurals).toEqual([true, false, true]);
  });

  it('reads a block with its code, verbs and patterns, and stops at the transformations', () => {
    expect(dictionary.blocks).toHaveLength(1);
    const [block] = dictionary.blocks;
    expect(block!.name).toBe('SHOVE');
    expect(block!.code).toEqual({ primary: '150', reverse: null });
    expect(block!.verbs.map((v) => v.words.join(' '))).toEqual(['shove', 'thrust', 'push back']);
    expect(block!.patterns.map((p) => p.code.primary ?? `:${p.code.reverse}`)).toEqual(['154', '073', ':110']);
  });

  it('keeps the irregular forms of the marked word of a multi-word verb', () => {
    const pushBack = dictionary.blocks[0]!.verbs[2]!;
    expect(pushBack).toMatchObject({ verbIndex: 0, forms: ['pushed', 'pushes', 'pushing'], code: { primary: '0874' } });
  });
});

describe('parseCode', () => {
  it('reads primary, reverse and null codes', () => {
    expect(parseCode('042:043')).toEqual({ primary: '042', reverse: '043' });
    expect(parseCode(':173')).toEqual({ primary: null, reverse: '173' });
    expect(parseCode('---')).toEqual({ primary: null, reverse: null });
  });
});

describe('parseVerbLine', () => {
  it('finds the marked verb in a phrase whose verb comes second', () => {
    expect(parseVerbLine('WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED}')).toMatchObject({
      words: ['wire', 'tap'],
      verbIndex: 1,
      forms: ['taps', 'tapped'],
    });
  });

  it('reads a code written against the verb', () => {
    expect(parseVerbLine('RECONVENE[---]')).toMatchObject({
      words: ['reconvene'],
      code: { primary: null, reverse: null },
    });
  });

  it('tells "no forms listed" from "{}" (the phrase is literal)', () => {
    expect(parseVerbLine('SHOVE')!.forms).toBeNull();
    expect(parseVerbLine('+SHOVED_AND_KICKED {}')!.forms).toEqual([]);
  });
});

describe('parseElements', () => {
  it('keeps noun phrases and prepositional phrases whole', () => {
    expect(parseElements('$ * (BY/WITH {FIERCE PROTESTS}) +')).toEqual([
      { kind: 'marker', marker: '$' },
      { kind: 'verb' },
      {
        kind: 'prep',
        prepositions: ['by', 'with'],
        object: [
          {
            kind: 'phrase',
            items: [
              { kind: 'word', word: 'fierce' },
              { kind: 'word', word: 'protests' },
            ],
          },
        ],
      },
      { kind: 'marker', marker: '+' },
    ]);
  });
});
