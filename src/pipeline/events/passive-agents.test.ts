import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The team's own sentences. Published Tuesday 8 July 2025.
const PUBLISHED = '2025-07-08';

describe('the agent of a passive', () => {
  it('is found past a name the gazetteer lacks that qualifies its noun', () => {
    const found = eventsOf('A patrol was ambushed by Shan rebels on Sunday.', PUBLISHED);
    expect(found.map((e) => [e.type, e.source])).toEqual([['ASSAULT', ['rebels']]]);
  });
});

describe('an agentless passive ban from a space someone owns', () => {
  it('is by the owner of the ports, airspace or markets', () => {
    const found = eventsOf('Belarusian airlines were banned from EU airspace in June 2021.', PUBLISHED);
    expect(found.map((e) => [e.type, e.source, e.target])).toEqual([['SANCTION', ['eu'], ['blr']]]);
  });

  it('still names no agent for a ban from something nobody owns', () => {
    expect(eventsOf('Six Venezuelan banks were banned from SWIFT on Monday.', PUBLISHED)).toEqual([]);
  });
});

describe('a pattern that holds its subject noun and its verb', () => {
  const truces = (text: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === 'RETREAT');

  it('takes the names modifying the noun as its parties', () => {
    expect(truces('The Armenian-Azerbaijani ceasefire took effect at noon on Sunday.').map((e) => e.source)).toEqual([
      ['arm', 'aze'],
    ]);
    expect(truces('The Sudanese-Chadian truce came into force on Friday.').map((e) => e.source)).toEqual([
      ['sdn', 'tcd'],
    ]);
  });

  it('reads the -s form after its own noun as a verb, a schedule', () => {
    const found = truces('The Israeli-Lebanese truce comes into force at dawn on Thursday.');
    expect(found.map((e) => [e.source, e.modality, e.date])).toEqual([[['isr', 'lbn'], 'planned', '2025-07-10']]);
  });
});

describe('a participle joined by "and" to a passive', () => {
  const read = (text: string) => eventsOf(text, PUBLISHED).map((e) => [e.type, e.source, e.target]);

  it("shares the passive's agent, and its subject as the one acted on", () => {
    expect(read('The howitzers were paid for by Norway and delivered to Ukraine in May.')).toEqual([
      ['AID', ['nor'], ['ukr']],
    ]);
  });

  it('keeps its own agent when it has one', () => {
    expect(read('The proposal was drafted by Egypt and rejected by Ethiopia.')).toEqual([['REJECT', ['eth'], []]]);
  });
});

describe('weapon systems delivered to a party', () => {
  it('are aid to that party', () => {
    const found = eventsOf('France delivered Caesar howitzers to Armenia last year.', PUBLISHED);
    expect(found.map((e) => [e.type, e.source, e.target])).toEqual([['AID', ['fra'], ['arm']]]);
  });
});
