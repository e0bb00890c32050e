import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const PUBLISHED = '2025-03-14'; // a Friday
const dyads = (text: string, type: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => [e.source, e.target]);

describe("the owner of a proposal or of terms fills the pattern's party", () => {
  it('reads "accepted <capital>\'s proposal" as an agreement with the proposer', () => {
    expect(dyads("Baku accepted Yerevan's proposal on Tuesday.", 'AGREE')).toEqual([[['aze'], ['arm']]]);
  });

  it('reads "accepted all of <leader>\'s terms" the same way', () => {
    expect(dyads("Quito had accepted all of Lima's terms by Monday.", 'AGREE')).toEqual([[['ecu'], ['per']]]);
  });
});

describe('measures ordered, suspended or summoned', () => {
  it('makes tariffs ordered on a state a SANCTION, as tariffs imposed are', () => {
    expect(dyads('Ottawa ordered new tariffs on Mexico on Wednesday.', 'SANCTION')).toEqual([[['can'], ['mex']]]);
  });

  it('makes a suspended visa service a SANCTION', () => {
    expect(dyads('Kenya suspended visa processing for Somalis on Monday.', 'SANCTION').length).toBe(1);
  });

  it("makes summoning a state's envoy an official complaint against that state (CAMEO 114)", () => {
    expect(dyads('Poland summoned the Belarusian ambassador on Thursday.', 'ACCUSE')).toEqual([[['pol'], ['blr']]]);
    expect(dyads("Japan summoned China's ambassador over the incident.", 'ACCUSE')).toEqual([[['jpn'], ['chn']]]);
  });

  it('does not make a court summons a diplomatic complaint', () => {
    expect(dyads('A court in Lagos summoned the minister to testify on Monday.', 'ACCUSE')).toEqual([]);
  });
});

describe('pulling forces back', () => {
  it('reads "pulled its fighters" and "pull its forces from" as RETREAT, without needing "back" or "out"', () => {
    expect(
      dyads(
        'The militia pulled its fighters from the town on Monday, and Mali pulled its forces from Kidal.',
        'RETREAT',
      ).map(([source]) => source),
    ).toContainEqual(['mli']);
    expect(dyads('Hamas will pull its fighters back behind the line under the deal.', 'RETREAT')[0]?.[0]).toEqual([
      'hamas',
    ]);
  });
});

describe('force at sea and against crowds', () => {
  it('reads water cannon fired or used at a party as ASSAULT', () => {
    expect(dyads("Vietnam's coast guard fired water cannon at a Chinese fishing boat on Friday.", 'ASSAULT')).toEqual([
      [['vnm-military'], ['chn']],
    ]);
    expect(dyads('Police used water cannon against protesters in Belgrade on Sunday.', 'ASSAULT')[0]?.[0]).toEqual([
      'srb-police',
    ]);
  });

  it('reads intercepting a boat or a convoy as COERCE (CAMEO 191, restrict movement)', () => {
    expect(dyads('Israeli forces intercepted an aid flotilla bound for Gaza on Monday.', 'COERCE').length).toBe(1);
  });

  it('puts a senior or top official named by state into the slot of "summoned"', () => {
    expect(dyads('Seoul summoned a senior Japanese diplomat on Monday.', 'ACCUSE')).toEqual([[['kor'], ['jpn']]]);
  });
});

describe('ultimatums and suspended memberships', () => {
  it('reads "gave X N days to ..." as a THREATEN against X, whose demanded act is no event of the giver', () => {
    const events = eventsOf('Washington gave Managua 72 hours to free the detained priests.', PUBLISHED);
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([['THREATEN', ['usa'], ['nic']]]);
  });

  it('reads "set a deadline for X to ..." the same way', () => {
    expect(dyads('Ghana set a deadline for Togo to withdraw its troops.', 'THREATEN')).toEqual([[['gha'], ['tgo']]]);
    expect(dyads('Ghana set a deadline for Togo to withdraw its troops.', 'RETREAT')).toEqual([]);
  });

  it('leaves a time span that nobody gives alone', () => {
    expect(dyads('Kenya agreed two days ago to withdraw its troops.', 'RETREAT')).toHaveLength(1);
  });

  it("reads suspending a state's membership as a SANCTION against it", () => {
    expect(dyads("The Commonwealth suspended Fiji's membership on Tuesday.", 'SANCTION')[0]?.[1]).toEqual(['fji']);
  });
});
