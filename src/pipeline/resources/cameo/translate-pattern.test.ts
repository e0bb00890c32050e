import { describe, expect, it } from 'vitest';
import { type CameoSynset, parseElements, parseVerbLine } from './parse-cameo.ts';
import { pluralOf, translatePattern, verbPhrase } from './translate-pattern.ts';

const synsets = new Map<string, CameoSynset>([
  ['&ENVOY', { name: '&ENVOY', members: [['envoy'], ['emissary'], ['special', 'envoy']], plurals: [true, true, true] }],
  ['&NOUNS_', { name: '&NOUNS_', members: [['truce']], plurals: [false] }],
]);
const translate = (pattern: string) => translatePattern(parseElements(pattern), '{shove}', synsets);

describe('translatePattern', () => {
  it('writes each phrase after the verb as words after a filler; the head also matches its plural', () => {
    expect(translate('* {ARMS SHIPMENT}')).toEqual({ pattern: '{shove} ~ arms shipment|shipments', reversed: false });
    expect(translate('* (FOR {FINANCIAL AID})')).toEqual({
      pattern: '{shove} ~ for ~ financial aid|aids',
      reversed: false,
    });
    expect(translate('* OUT (OF TALKS)')).toEqual({ pattern: '{shove} ~ out ~ of ~ talks', reversed: false });
  });

  it('expands a synonym set to its one-word members, with plurals unless the set forbids them', () => {
    expect(translate('* &ENVOY')).toEqual({ pattern: '{shove} ~ envoy|envoys|emissary|emissaries', reversed: false });
    expect(translate('* &NOUNS_')).toEqual({ pattern: '{shove} ~ truce', reversed: false });
  });

  it('reads spellings and hyphens as Parley tokens', () => {
    expect(translate('* SIT-IN')).toEqual({ pattern: '{shove} ~ sit - in', reversed: false });
    expect(translate('* FAVOUR/FAVOR')).toEqual({ pattern: '{shove} ~ favour|favours|favor|favors', reversed: false });
  });

  it('reverses the direction when the source marker follows the verb, and needs no slot for the target', () => {
    expect(translate('* (BY &ENVOY) $')).toMatchObject({ reversed: true });
    expect(translate('* (WITH +) (ON TRUCE)')).toEqual({
      pattern: '{shove} ~ with ~ on ~ truce|truces',
      reversed: false,
    });
  });

  it('leaves out what a phrase matcher cannot check', () => {
    expect(translate('MEDIATORS * (FOR TALKS)')).toEqual({ skip: 'needs the subject noun (a parse)' });
    expect(translate('* (IN ^) (FOR TALKS)')).toEqual({ skip: 'needs a skipped phrase or compound actor' });
    expect(translate('* NOT EXTEND DEADLINE')).toEqual({ skip: 'negated pattern' });
    expect(translate('* A B C D')).toEqual({ skip: 'too long for a phrase pattern' });
    expect(translate('* (TO)')).toEqual({ skip: 'only a preposition after the verb' });
    expect(translate('*')).toEqual({ skip: 'no words after the verb: the bare verb entry decides' });
  });

  it('keeps a telling preposition alone ("marched against")', () => {
    expect(translate('* (AGAINST)')).toEqual({ pattern: '{shove} ~ against', reversed: false });
  });
});

describe('verbPhrase', () => {
  it('inflects the marked word only, and writes a phrase with "{}" literally', () => {
    expect(verbPhrase(parseVerbLine('+CALL_OFF')!)).toBe('{call} off');
    expect(verbPhrase(parseVerbLine('WIRE_+TAP')!)).toBe('wire {tap}');
    expect(verbPhrase(parseVerbLine('+IS_DETERMINED {+WAS_DETERMINED}')!)).toBe('{be} determined');
    expect(verbPhrase(parseVerbLine('+KIDNAPPED_AND_KILLED {}')!)).toBe('kidnapped and killed');
  });
});

describe('pluralOf', () => {
  it('makes regular plurals and leaves particles, plurals and "-men" alone', () => {
    expect([pluralOf('ally'), pluralOf('crash'), pluralOf('talks'), pluralOf('gunmen'), pluralOf('off')]).toEqual([
      'allies',
      'crashes',
      'talks',
      'gunmen',
      'off',
    ]);
  });
});
