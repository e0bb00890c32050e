import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// Restrictions on freedoms and on political parties (CAMEO 1721, 1722: PLOVER COERCE), and their easing (0811,
// 0812: CONCEDE). The sentences are the team's own.
const of = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('restricting communications, media and parties', () => {
  it('is a COERCE: cutting the internet, closing outlets, revoking accreditation', () => {
    expect(of('Iran cut off internet access in three provinces on Monday.', 'COERCE')).toBe('irn>');
    expect(of('Ethiopia imposed a communications blackout on the region.', 'COERCE')).toBe('eth>');
    expect(of('Azerbaijan shut down two independent news websites.', 'COERCE')).toBe('aze>');
    expect(of('Belarus revoked the accreditation of several foreign reporters.', 'COERCE')).toBe('blr>');
    expect(of('Kosovo closed several Serbian-run institutions in the north.', 'COERCE')).toBe('xkx>srb');
  });

  it('is a COERCE: suspending or dissolving parties', () => {
    expect(of("Guinea's junta suspended the activities of opposition parties.", 'COERCE')).toBe('gin>opposition');
    expect(of('Niger dissolved all political parties on Wednesday.', 'COERCE')).toBe('ner>');
  });

  it('is a CONCEDE when eased: legalising parties, restoring the internet', () => {
    expect(of('Egypt legalised two opposition parties.', 'CONCEDE')).toBe('egy>opposition');
    expect(of('Ethiopia restored internet access in Tigray on Friday.', 'CONCEDE')).toBe('eth>');
  });

  it('is a COERCE: sealing off a territory or a border; a CONCEDE: lifting censorship, unbanning', () => {
    expect(of('Israel sealed its border with Gaza on Sunday.', 'COERCE')).toBe('isr>pse');
    expect(of('Egypt sealed off the Rafah crossing.', 'COERCE')).toBe('egy>');
    expect(of('Tunisia lifted press censorship on Monday.', 'CONCEDE')).toBe('tun>');
    expect(of('Zambia unbanned two opposition parties.', 'CONCEDE')).toBe('zmb>opposition');
  });

  it('is nothing for a line, a channel of talks or a party named as a place', () => {
    expect(of('Armenia and Azerbaijan kept a channel open between their leaders.', 'COERCE')).toBe('');
    expect(of('Sudan restored ties with Iran.', 'CONCEDE')).toBe('');
  });
});
