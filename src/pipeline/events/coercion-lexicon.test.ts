import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Phrases of coercion and expulsion in Parley's own lexicon, and crowds that protest under a group noun.
// Each sentence is the team's own.
const of = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type);
const dyads = (text: string, type: string) => of(text, type).map((e) => [e.source, e.target]);

describe('hacking as COERCE', () => {
  it('reads "hack into" and hacking computers or networks', () => {
    expect(dyads('Russia has tried to hack into the networks of the Ukrainian defence ministry.', 'COERCE')).toEqual([
      [['rus'], ['ukr']],
    ]);
    expect(of('China hacked the email accounts of Indian diplomats last year.', 'COERCE')).toHaveLength(1);
  });

  it('does not read a killing with machetes as hacking', () => {
    expect(of('Militiamen hacked three villagers to death near Bunia.', 'COERCE')).toEqual([]);
  });
});

describe('forcing a party out of the country as an expulsion (SANCTION)', () => {
  it('reads "forced X out of the country" and "ordered X to leave the country"', () => {
    expect(dyads('Mali forced the French ambassador out of the country last week.', 'SANCTION')).toEqual([
      [['mli'], ['fra']],
    ]);
    expect(dyads('Rwanda ordered the Congolese envoy to leave the country.', 'SANCTION')).toEqual([[['rwa'], ['cod']]]);
  });

  it('leaves people forced out of their homes a COERCE', () => {
    expect(of('Sudanese soldiers forced thousands of villagers out of their homes.', 'SANCTION')).toEqual([]);
  });
});

describe('extending a curfew as COERCE', () => {
  it('reads an extended curfew, and a promised one as a threat', () => {
    expect(dyads('Israel extended the overnight curfew in Hebron on Tuesday.', 'COERCE')).toEqual([[['isr'], ['pse']]]);
    const promised = 'Pakistan said it would prolong the curfew in Karachi.';
    expect(of(promised, 'COERCE').map((e) => e.modality)).toEqual(['planned']);
    expect(of(promised, 'THREATEN')).toHaveLength(1);
  });
});

describe('a group noun protesting with no name', () => {
  it('makes prisoners, students or miners the protesters of the place', () => {
    expect(dyads('Prisoners rioted at a jail in Goma on Monday.', 'PROTEST')).toEqual([[['cod-opposition'], ['cod']]]);
    expect(dyads('Students protested in Dhaka against the quota system.', 'PROTEST')).toEqual([
      [['bgd-opposition'], ['bgd']],
    ]);
  });
});

describe('a state of emergency, of siege or martial law declared as COERCE (CAMEO 1724)', () => {
  it('reads declaring, proclaiming or imposing it as a COERCE by the state', () => {
    expect(dyads('Ethiopia declared a six-month state of emergency on Tuesday.', 'COERCE')).toEqual([[['eth'], []]]);
    expect(dyads('Congo declared a state of siege in two eastern provinces.', 'COERCE')).toEqual([[['cod'], []]]);
    expect(dyads('Bolivia proclaimed martial law in La Paz.', 'COERCE')).toEqual([[['bol'], []]]);
  });

  it('leaves lifting it to the easing patterns', () => {
    expect(of('Ethiopia lifted the state of emergency on Tuesday.', 'COERCE')).toEqual([]);
  });
});
