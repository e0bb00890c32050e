import { describe, expect, it } from 'vitest';
import { parsePhoenixAgents } from './parse-phoenix-agents.ts';

describe('parsePhoenixAgents', () => {
  it('reads forms, plurals and substitution markers', () => {
    const text = [
      '!PERSON! = MAN, MEN',
      'POLICE {} [~COP]',
      'REBEL [~REB] # comment',
      'ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]',
      'MILITIA!PERSON! [~UAF]',
      'HUMAN_RIGHTS_BODY  [NGO~]',
    ].join('\n');
    expect(parsePhoenixAgents(text)).toEqual([
      { forms: ['police'], code: 'COP' },
      { forms: ['rebel', 'rebels'], code: 'REB' },
      { forms: ['attorney general', 'attorneys general'], code: 'GOVATG' },
      { forms: ['militiaman', 'militiamen'], code: 'UAF' },
    ]);
  });

  it("reads a phrase ending in a substitution set's name without its marks as that set (a stem)", () => {
    const text = [
      '!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES',
      'COMMERCE_MINIST [~GOV]',
      'DEFENCE_MINIST [~GOVMIL]',
      'MINISTRY_  [~GOV]',
    ].join('\n');
    expect(parsePhoenixAgents(text)).toEqual([
      { forms: ['commerce minister', 'commerce ministers', 'commerce ministry', 'commerce ministries'], code: 'GOV' },
      { forms: ['defence minister', 'defence ministers', 'defence ministry', 'defence ministries'], code: 'GOVMIL' },
      { forms: ['ministry', 'ministries'], code: 'GOV' },
    ]);
  });
});
