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
});
