import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Constructions of real news that proximity alone misreads; each sentence is the team's own.
const PUBLISHED = '2025-07-08'; // a Tuesday
const of = (text: string, type: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === type);
const parties = (text: string, type: string) =>
  [...new Set(of(text, type).flatMap((e) => [...e.source, ...e.target]))].sort();

describe('who takes part in a nominal event', () => {
  it('adds whoever arrives to join talks to the talks', () => {
    const talks = of(
      'US envoy Steve Witkoff arrived in Doha on Monday to join talks between Israel and Hamas.',
      'CONSULT',
    ).filter((e) => e.trigger.text.startsWith('talks'));
    expect([...new Set(talks.flatMap((e) => [...e.source, ...e.target]))].sort()).toEqual([
      'hamas',
      'isr',
      'steve-witkoff',
    ]);
  });

  it('adds the host of the talks to the talks', () => {
    expect(parties('Qatar hosted talks between Israel and Hamas on Sunday.', 'CONSULT')).toEqual([
      'hamas',
      'isr',
      'qat',
    ]);
  });

  it('adds whoever attends a summit with someone', () => {
    expect(parties('Trump attended a summit with Putin in Alaska on Friday.', 'CONSULT')).toEqual([
      'donald-trump',
      'vladimir-putin',
    ]);
  });
});

describe('meetings that did not happen', () => {
  it('reads a postponed visit as still planned, not as a visit that occurred', () => {
    const visits = of('Rubio postponed his visit to Riyadh.', 'CONSULT');
    expect(visits.every((e) => e.modality !== 'occurred')).toBe(true);
  });

  it('reads a cancelled visit as one that did not happen', () => {
    const visits = of("Witkoff's visit to Moscow, planned for Thursday, was cancelled.", 'CONSULT');
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.every((e) => e.modality === 'denied')).toBe(true);
  });

  it('reads talks that were called off as not held', () => {
    const talks = of('Talks between Israel and Hamas were called off on Monday.', 'CONSULT');
    expect(talks.length).toBeGreaterThan(0);
    expect(talks.every((e) => e.modality === 'denied')).toBe(true);
  });
});

describe('headlines', () => {
  it('reads an event from a title-case headline and dates it by the body', () => {
    const events = eventsOf(
      'Trump Hosts Netanyahu At White House\nTrump hosted Netanyahu at the White House on Monday.',
      PUBLISHED,
    );
    const headline = events.filter((e) => e.evidence.text.startsWith('Trump Hosts'));
    expect(headline).toHaveLength(1);
    expect(headline[0]).toMatchObject({ type: 'CONSULT', date: '2025-07-07', datePrecision: 'day' });
  });

  it('takes no unknown capitalised word of a headline for an actor', () => {
    const events = eventsOf('Leaders Meet Amid Fragile Truce In Border Region\nNothing else happened.', PUBLISHED);
    expect(events.flatMap((e) => [...e.source, ...e.target]).filter((id) => id.startsWith('unresolved:'))).toEqual([]);
  });
});

describe('passives', () => {
  it('takes the state of the weapon after "by" for the actor', () => {
    expect(
      of('At least thirty people were killed by Indian missiles in Pakistan on Wednesday.', 'ASSAULT')[0],
    ).toMatchObject({
      source: ['ind'],
      target: ['pak'],
    });
  });

  it('reads a reduced relative passive ("people killed by a Russian missile")', () => {
    expect(
      of('Nine children were among the people killed by a Russian missile in Kyiv on Friday.', 'ASSAULT')[0],
    ).toMatchObject({
      source: ['rus'],
      target: ['ukr'],
    });
  });

  it('never makes the one acted on the actor of a passive with no agent', () => {
    expect(
      eventsOf('Iranian diplomats were expelled on Monday.', PUBLISHED).filter((e) => e.source.includes('irn')),
    ).toEqual([]);
  });
});

describe('agents of passives', () => {
  it("adds a meeting's chair or mediator named after a passive to the meeting", () => {
    expect(
      parties('The talks between Chile and Bolivia were mediated by Brazil and lasted four hours.', 'CONSULT'),
    ).toEqual(['bol', 'bra', 'chl']);
    expect(parties('Talks between Peru and Ecuador in Lima, chaired by Colombia, ended on Monday.', 'CONSULT')).toEqual(
      ['col', 'ecu', 'per'],
    );
  });

  it('reads a co-host split at its hyphen as a host of the meeting', () => {
    expect(parties('The Sudan peace talks in Jeddah were co-hosted by Saudi Arabia and Egypt.', 'CONSULT')).toContain(
      'egy',
    );
  });

  it('adds whoever led a side or delegation at talks to the talks, a name the gazetteer lacks included', () => {
    expect(parties('Rubio headed the American delegation at the talks with Venezuela in Bogota.', 'CONSULT')).toContain(
      'marco-rubio',
    );
    expect(
      parties('Dorin Valesca, who led the Moldovan side in talks with Romanian officials, praised them.', 'CONSULT'),
    ).toContain('unresolved:dorin-valesca');
  });

  it("reads the owner of a decision to act as the actor, a capital after 'to' included", () => {
    expect(
      of("Nobody has yet replied to Tokyo's decision to suspend fuel exports to Myanmar.", 'SANCTION')[0]?.source,
    ).toEqual(['jpn']);
  });

  it('reads the states of the office holders named after "by"', () => {
    expect(
      parties('The border treaty was signed by the foreign ministers of Kenya and Somalia on Monday.', 'AGREE'),
    ).toEqual(['ken', 'som']);
  });

  it("takes the person named after a group's possessive, not the group", () => {
    expect(parties("The memorandum was signed by Wang Yi and Russia's Sergei Lavrov in Beijing.", 'AGREE')).toEqual([
      'sergey-lavrov',
      'wang-yi',
    ]);
  });

  it('never makes the name modifying the noun of a reduced relative the one acted on', () => {
    const events = eventsOf('The treaty was signed at a Kremlin ceremony hosted by Xi Jinping on Monday.', PUBLISHED);
    expect(events.flatMap((e) => [...e.source, ...e.target])).not.toContain('rus');
  });
});

describe('denials', () => {
  it('reads an event in a clause that someone denies as denied', () => {
    const [shelling] = of(
      'The Kremlin denied on Monday that Russian forces had shelled a corridor near the front.',
      'ASSAULT',
    );
    expect(shelling?.modality).toBe('denied');
  });

  it('reads "rejected claims that" as a denial', () => {
    expect(of('Israel rejected claims that it had attacked the convoy.', 'ASSAULT')[0]?.modality).toBe('denied');
  });
});

describe('commitments and modifiers', () => {
  it('codes a one-party commitment to act as AGREE', () => {
    expect(
      of('The rebel leader agreed on Friday to release the prisoners.', 'AGREE').length +
        of('Hamas agreed on Friday to release the hostages.', 'AGREE').length,
    ).toBeGreaterThan(0);
  });

  it('takes the modifier of a noun event for its actor before the clause subject', () => {
    const [attack] = of('Netanyahu described the Iranian attack on Haifa as a war crime.', 'ASSAULT');
    expect(attack?.source).toEqual(['irn']);
  });

  it('reads a verb form after a nationality adjective as a noun', () => {
    expect(
      of('Netanyahu called the Iranian strikes an act of war on Wednesday.', 'ASSAULT').filter((e) =>
        e.source.includes('benjamin-netanyahu'),
      ),
    ).toEqual([]);
  });

  it('reads "would" after a verb of saying and its subject as a reported plan', () => {
    expect(
      of('Trump said the United States would hold direct talks with Iran on Saturday.', 'CONSULT')[0]?.modality,
    ).toBe('planned');
  });
});

describe('dates attach to their own clause', () => {
  it('does not take a "since" year for the date of the event', () => {
    const [talks] = eventsOf(
      'The first direct talks between Israel and Hamas since 2022 ended in Cairo on Friday.',
      '2025-05-17',
    );
    expect(talks).toMatchObject({ type: 'CONSULT', date: '2025-05-16', datePrecision: 'day' });
  });

  it('does not take the date of an "after" phrase for the main event', () => {
    const [met] = of('Trump and Netanyahu met at the White House on Tuesday, after a dinner on Monday.', 'CONSULT');
    expect(met).toMatchObject({ date: '2025-07-08', datePrecision: 'day' });
  });
});

describe('signing', () => {
  it('codes signing a peace deal as AGREE between the signatories', () => {
    const [signing] = of('Israel and Hamas signed the ceasefire agreement in Cairo on Thursday.', 'AGREE');
    expect(signing).toMatchObject({ source: ['isr', 'hamas'], date: '2025-07-03' });
  });

  it('keeps a one-party signing of a named accord', () => {
    expect(of('Kazakhstan could sign the Abraham Accords next year.', 'AGREE')[0]).toMatchObject({
      source: ['kaz'],
      modality: 'hypothetical',
    });
  });
});

describe('coordinated parties the gazetteer lacks', () => {
  it('joins an unknown name coordinated with a known one in the subject', () => {
    const [met] = of('Lotte Brandvik and Wang Yi met in Geneva on Saturday.', 'CONSULT');
    expect([...met!.source, ...met!.target].sort()).toEqual(['unresolved:lotte-brandvik', 'wang-yi']);
  });

  it('joins a described group after "and" to the subject', () => {
    const [met] = of('Zelensky and seven European leaders met Trump at the White House on Monday.', 'CONSULT');
    expect(met!.source).toContain('volodymyr-zelensky');
  });
});

describe('stated intent is a verbal event of its own', () => {
  it('reads a stated intent to use force as a THREATEN, keeping the attack planned', () => {
    const events = eventsOf('Hezbollah said it would attack Israeli positions if the strikes continued.', PUBLISHED);
    expect(events.find((e) => e.type === 'THREATEN')).toMatchObject({ source: ['hezbollah'], modality: 'occurred' });
    expect(events.find((e) => e.type === 'ASSAULT')?.modality).not.toBe('occurred');
  });

  it('reads a promise to release prisoners as an AGREE besides the planned release', () => {
    const events = eventsOf('Hamas said on Monday it would release four hostages.', PUBLISHED);
    expect(events.map((e) => `${e.type}:${e.modality}`)).toEqual(
      expect.arrayContaining(['AGREE:occurred', 'RETREAT:planned']),
    );
  });

  it('reads a refusal to cooperate in the future as a REJECT', () => {
    const events = eventsOf('Iran said it would not release the detained sailors.', PUBLISHED);
    expect(events.find((e) => e.type === 'REJECT')).toMatchObject({ source: ['irn'] });
  });

  it('gives a scheduled meeting no second event', () => {
    expect(eventsOf('Rubio will meet Lavrov in Riyadh on Tuesday.', PUBLISHED).map((e) => e.type)).toEqual(['CONSULT']);
  });
});

describe('targets a sentence names only through another event', () => {
  it('aims a vow of response at the attacker of the same headline', () => {
    const events = eventsOf(
      'Israel Strikes Targets In Lebanon, Beirut Vows Response\nNothing more was said.',
      PUBLISHED,
    );
    expect(events.find((e) => e.type === 'THREATEN')?.target).toEqual(['isr']);
  });

  it('aims a condemnation at the party whose act it condemns', () => {
    const [condemned] = of(
      'Israel launched strikes on Gaza on Monday, which Egypt condemned as a violation of the truce.',
      'ACCUSE',
    );
    expect(condemned).toMatchObject({ source: ['egy'], target: ['isr'] });
  });
});

describe('unknown capitalised words after a preposition of place', () => {
  it('does not take them for parties', () => {
    const ids = eventsOf(
      'Germany promised to send Patriot batteries to Kyiv, and flights to Europe resumed.',
      PUBLISHED,
    ).flatMap((e) => e.target);
    expect(ids.filter((id) => id.startsWith('unresolved:'))).toEqual([]);
  });
});

describe('subjects are never inside a place phrase, nor after a name before "by"', () => {
  it('does not take a country named after "in" for the subject', () => {
    const support = of(
      'Saudi Arabia has mobilized pressure groups in the United States to help support the rights of Palestinians.',
      'SUPPORT',
    );
    expect(support.filter((e) => e.source.includes('usa'))).toEqual([]);
  });

  it('reads "Berlin rejected calls by Minsk" as active, Berlin rejecting', () => {
    expect(of("Berlin rejected recent calls by Belarus's rulers for economic aid.", 'REJECT')[0]).toMatchObject({
      source: ['deu'],
      target: ['blr'],
    });
  });
});

describe('weapons stand for the state that fires them', () => {
  it('reads "Russian missiles struck the centre of Sumy" as Russia against Ukraine', () => {
    expect(of('Russian missiles struck the centre of Sumy on Sunday.', 'ASSAULT')[0]).toMatchObject({
      source: ['rus'],
      target: ['ukr'],
    });
  });

  it('still takes no adjective of people for the actor ("Israeli sources")', () => {
    expect(
      eventsOf('Israeli sources rejected the proposal on Monday.', PUBLISHED).filter((e) => e.source.includes('isr')),
    ).toEqual([]);
  });
});

describe('reported plans and shelved meetings', () => {
  it('reads "pledged that X would" as a reported plan with its promise', () => {
    const events = eventsOf(
      'Macron pledged on Monday that France would keep sending air-defence missiles to Ukraine.',
      PUBLISHED,
    );
    expect(events.map((e) => `${e.type}:${e.modality}`)).toEqual(
      expect.arrayContaining(['AID:planned', 'AGREE:occurred']),
    );
  });

  it('reads a shelved summit as one that will not take place', () => {
    expect(of('A planned summit between Trump and Putin in Budapest has been shelved.', 'CONSULT')[0]?.modality).toBe(
      'denied',
    );
  });
});

describe('what a speaker says someone must do', () => {
  it("is the speaker's REQUEST of the one who must act, and the act is not done", () => {
    const events = eventsOf('Israel must withdraw its forces from Lebanon, the Arab League said.', PUBLISHED);
    expect(events.find((e) => e.type === 'REQUEST')).toMatchObject({ source: ['arab-league'], target: ['isr'] });
    expect(events.filter((e) => e.type === 'RETREAT').map((e) => `${e.modality}:${e.target.join()}`)).toEqual([
      'hypothetical:lbn',
    ]);
  });
});

describe('an article about a conflict the project was not built on', () => {
  const text = [
    'Guyana And Venezuela Agree To Avoid Force Over Essequibo',
    'Guyanese President Irfaan Ali and Venezuelan President Nicolas Maduro met in Argyle on Thursday and agreed that neither side would use force.',
    'Ali said Guyana would not negotiate its border.',
  ].join('\n');
  const events = eventsOf(text, '2023-12-15');

  it('dates the meeting and the agreement joined by "and" by the same day, and the headline by them', () => {
    expect(events.filter((e) => e.type === 'CONSULT' || e.type === 'AGREE').map((e) => `${e.type}:${e.date}`)).toEqual([
      'AGREE:2023-12-14',
      'CONSULT:2023-12-14',
      'AGREE:2023-12-14',
    ]);
  });

  it('reads a refusal to negotiate as a REJECT, by the speaker and the side refusing', () => {
    expect(events.find((e) => e.type === 'REJECT')?.source).toEqual(['irfaan-ali', 'guy']);
  });
});

describe('protests', () => {
  it("reads protesters rallying in a capital as that country's opposition protesting against its government", () => {
    expect(
      of('Thousands of protesters rallied in Tbilisi on Sunday against the government.', 'PROTEST')[0],
    ).toMatchObject({
      source: ['geo-opposition'],
      target: ['geo'],
    });
  });

  it('does not read a market rally as a protest', () => {
    expect(eventsOf('Stocks rallied in early trading on Monday.', PUBLISHED)).toEqual([]);
  });
});

describe('the party a verb acts on', () => {
  it('reads a demonym in the object as the party acted on', () => {
    const targets = (text: string, type: string) => [...new Set(of(text, type).flatMap((e) => e.target))];
    expect(targets('Chile rejected a Peruvian offer of talks on Friday.', 'REJECT')).toEqual(['per']);
    expect(targets('Kenya halted imports of Ugandan sugar on Monday.', 'SANCTION')).toEqual(['uga']);
  });

  it('does not make a meeting with a state of a demonym in what was discussed', () => {
    const consult = of('Macron discussed the Iranian nuclear programme with Merz on Monday.', 'CONSULT');
    expect(consult.flatMap((e) => [...e.source, ...e.target])).not.toContain('irn');
  });
});

describe('demands, journeys and descriptions', () => {
  it('reads the subject of a "that" clause as the target of a demand', () => {
    const demand = of('Hanoi demanded on Monday that Beijing pay compensation to its fishermen.', 'REQUEST');
    expect([...new Set(demand.flatMap((e) => e.target))]).toEqual(['chn']);
  });

  it('makes the traveller a party to the talks named as the purpose of the journey, in one event', () => {
    const consult = of('Ruto flew to Addis Ababa on Sunday for talks with Abiy Ahmed.', 'CONSULT');
    expect(consult).toHaveLength(1);
    expect([...consult[0]!.source, ...consult[0]!.target].sort()).toEqual(['abiy-ahmed', 'william-ruto']);
  });

  it('takes the subject before a description set off by commas, not a name inside it', () => {
    const strike = of('Romania, a NATO member bordering Moldova, shot down two Russian drones on Monday.', 'ASSAULT');
    expect(strike.flatMap((e) => e.source)).toEqual(['rou']);
  });
});

describe('generic agents named with their state after them', () => {
  it('gives "rebels in Mali" and sentence-initial "Opposition groups in Zimbabwe" their state', () => {
    expect(of('Rebels in Mali attacked an army base on Monday.', 'ASSAULT').flatMap((e) => e.source)).toEqual([
      'mli-rebels',
    ]);
    const demand = of('Opposition groups in Zimbabwe demanded on Monday that the president resign.', 'REQUEST');
    expect(demand.flatMap((e) => e.source)).toEqual(['zwe-opposition']);
  });

  it('does not report what is demanded in a "that" clause as an event that happened', () => {
    const text = 'Opposition groups in Zimbabwe demanded on Monday that the president resign.';
    expect(of(text, 'RETREAT')).toEqual([]);
  });
});

describe('promises and the offices of whoever was just named', () => {
  it('finds the party a promise is made to inside the promised act, and reports the promise once', () => {
    const agree = of('Japan pledged on Monday to send food aid to Myanmar.', 'AGREE');
    expect(agree.map((e) => [e.source, e.target])).toEqual([[['jpn'], ['mmr']]]);
    expect(of('Japan pledged on Monday to send food aid to Myanmar.', 'AID').map((e) => e.source)).toEqual([['jpn']]);
  });

  it('reads "his defence minister" as the defence minister of the state of the person just named', () => {
    const talks = of(
      'Zelensky sent his defence minister to Istanbul on Thursday to lead talks with Russia.',
      'CONSULT',
    );
    expect([...new Set(talks.flatMap((e) => e.source))]).toContain('rustem-umerov');
  });
});

describe('modality of running, negated, pledged and purposed events', () => {
  const modalityOf = (text: string, type: string) => of(text, type).map((e) => e.modality);

  it('reads a present perfect running "since" a point as ongoing', () => {
    expect(modalityOf('Azerbaijan has been blockading the Lachin corridor since December.', 'COERCE')).toEqual([
      'ongoing',
    ]);
  });

  it('reads "no" before a meeting noun and its modifiers as a denial', () => {
    expect(modalityOf('Serbia said no direct talks were being held with Kosovo.', 'CONSULT')).toEqual(['denied']);
  });

  it('reads a pledge of aid as a promise made (AGREE), not as aid given', () => {
    const text = 'Britain pledged 120 million pounds in humanitarian aid for Sudan on Tuesday.';
    expect(modalityOf(text, 'AGREE')).toEqual(['occurred']);
    expect(modalityOf(text, 'AID').every((m) => m !== 'occurred')).toBe(true);
  });

  it('reads the purpose of a completed trip as done, and of a departure as ahead', () => {
    expect(
      modalityOf('Ruto flew to Addis Ababa on Sunday to meet Abiy Ahmed and press for a truce.', 'CONSULT'),
    ).toEqual(['occurred']);
    expect(
      modalityOf('Ruto flew to Addis Ababa on Sunday to meet Abiy Ahmed and press for a truce.', 'REQUEST'),
    ).toEqual(['occurred']);
    expect(modalityOf('Ruto left Nairobi on Sunday to attend talks with Abiy Ahmed.', 'CONSULT')).toEqual(['planned']);
  });

  it('keeps a participle after a comma out of the denied clause, with the main subject', () => {
    const accuse = of(
      'Kenya denied that its police had killed protesters, calling the Ugandan claim propaganda.',
      'ACCUSE',
    );
    expect(accuse.map((e) => [e.source, e.modality])).toEqual([[['ken'], 'occurred']]);
  });
});

describe('journeys and their purposes', () => {
  it('makes one meeting of a trip and the meeting it was for, with the traveller as party', () => {
    const consult = of('Ruto flew to Addis Ababa on Sunday to meet Abiy Ahmed.', 'CONSULT');
    expect(consult.map((e) => [...e.source, ...e.target].sort())).toEqual([['abiy-ahmed', 'william-ruto']]);
  });

  it('reads the capital a traveller leaves as a place, not as its government', () => {
    const consult = of('Ruto left Nairobi on Sunday to attend talks with Abiy Ahmed.', 'CONSULT');
    expect(consult.flatMap((e) => e.source)).toEqual(['william-ruto']);
  });
});

describe('arrests with no agent named', () => {
  it("gives an arrest in a country, in the passive, to that country's police, and keeps the journalists' state as a party", () => {
    const arrest = of('Two British journalists were detained in Tehran on Monday.', 'COERCE');
    // Arrested nationals stand for their state (held-people.ts).
    expect(arrest.map((e) => [e.source, e.target])).toEqual([[['irn-police'], ['gbr']]]);
  });

  it('does not read a participle describing people ("deported migrants") as an arrest by the local state', () => {
    const text = 'Grenell flew to Caracas on Friday to press for the return of deported migrants.';
    expect(of(text, 'COERCE').flatMap((e) => e.source)).not.toContain('ven-police');
  });
});

describe('"the two leaders" and where a meeting is held', () => {
  it('reads "the two leaders" and "both sides" as the parties of the meeting reported last', () => {
    const text = 'Pashinyan met Aliyev in Abu Dhabi on Monday. The two leaders agreed to meet again in March.';
    const consult = of(text, 'CONSULT').filter((e) => e.modality === 'planned');
    expect([...new Set(consult.flatMap((e) => [...e.source, ...e.target]))].sort()).toEqual([
      'ilham-aliyev',
      'nikol-pashinyan',
    ]);
  });

  it('does not make the country a meeting is held in a party to it', () => {
    const consult = of('Pashinyan and Aliyev agreed on Monday to meet again in Georgia.', 'CONSULT');
    expect(consult.flatMap((e) => [...e.source, ...e.target])).not.toContain('geo');
  });
});

describe('what a party says the other side did, and when it said it', () => {
  it("reads a party reporting an attack on its own side as an accusation, and 'its police' as the speaker's", () => {
    const text = 'Kosovo said on Monday that Serbia had attacked its police near the border.';
    expect(of(text, 'ASSAULT').map((e) => [e.source, e.target])).toEqual([[['srb'], ['xkx-police']]]);
    expect(of(text, 'ACCUSE').map((e) => [e.source, e.target, e.date])).toEqual([[['xkx'], ['srb'], '2025-07-07']]);
  });

  it('gives no accusation when a third party reports the attack', () => {
    expect(of('The UN said on Monday that Serbia had attacked Kosovo police.', 'ACCUSE')).toEqual([]);
  });

  it('dates a promise by the day it was made', () => {
    const text = 'Macron pledged on Monday that France would keep sending air-defence missiles to Ukraine.';
    expect(of(text, 'AGREE').map((e) => e.date)).toEqual(['2025-07-07']);
  });
});

describe('protests by crowds and violent protests', () => {
  it('reads an unnamed crowd protesting in a capital as that country’s opposition', () => {
    const protest = of('Hundreds of thousands of people rallied in Belgrade on Saturday.', 'PROTEST');
    expect(protest.map((e) => [e.source, e.target])).toEqual([[['srb-opposition'], ['srb']]]);
  });

  it('codes violence by protesters as a violent protest (PLOVER PROTEST, riot), not an assault', () => {
    const text = 'Demonstrators clashed with police in Dhaka on Monday.';
    expect(of(text, 'ASSAULT')).toEqual([]);
    expect(of(text, 'PROTEST').map((e) => [e.mode, e.source, e.target])).toEqual([
      ['riot', ['bgd-opposition'], ['bgd-police']],
    ]);
  });
});

describe('visits by someone and talks over days', () => {
  it('makes "for two days of talks with X" after a journey one meeting of the traveller with X', () => {
    const text = 'Ruto arrived in Addis Ababa on Tuesday for two days of talks with Abiy Ahmed.';
    expect(of(text, 'CONSULT').map((e) => [...e.source, ...e.target].sort())).toEqual([['abiy-ahmed', 'william-ruto']]);
  });

  it('takes the agent of a noun event after "by", not the name before the noun', () => {
    const text =
      'Ruto met Abiy Ahmed in Addis Ababa, the first visit to Ethiopia by a senior Kenyan official since May.';
    const visit = of(text, 'CONSULT').filter((e) => e.trigger.text.startsWith('visit'));
    expect(visit.flatMap((e) => e.source)).not.toContain('abiy-ahmed');
  });
});

describe('a commitment by one party', () => {
  it('reads agreeing to a named proposal as an AGREE of the one who agrees', () => {
    expect(of('Chad agreed to the proposal on Monday.', 'AGREE').map((e) => e.source)).toEqual([['tcd']]);
    expect(of('Niger agreed to a six-month extension of the curfew.', 'AGREE').map((e) => e.source)).toEqual([['ner']]);
  });

  it('does not read a bare agreement with one party as a commitment', () => {
    expect(of('Chad agreed on Monday.', 'AGREE')).toEqual([]);
  });
});

describe('an investigation with no investigator named', () => {
  it("reads someone put under investigation in a country as that state's investigation", () => {
    expect(
      of('A British national was put under investigation in France on Monday.', 'ACCUSE').map((e) => e.source),
    ).toEqual([['fra-police']]);
  });
});

describe('equipment and places of a military', () => {
  it("makes the attacked equipment's state the target", () => {
    expect(
      of('Colombia said it had shot down three Venezuelan military drones near the border.', 'ASSAULT')[0],
    ).toMatchObject({
      source: ['col'],
      target: ['ven'],
    });
  });

  it('keeps a strike and the strike it answered as two events', () => {
    const strikes = of(
      'Eritrea sent jets to bomb Ethiopian army positions on Monday after Ethiopia fired rockets into an Eritrean town.',
      'ASSAULT',
    ).map((e) => `${e.source.join('+')}>${e.target.join('+')}`);
    expect(strikes.sort()).toEqual(['eri>eth', 'eth>eri']);
  });
});

describe('a person introduced by a state or group and a lower-case title', () => {
  it('makes the person, not the state, the target of a sanction', () => {
    expect(
      of('Canada imposed sanctions on Tuesday on Sudanese army chief Abdel Fattah al-Burhan.', 'SANCTION')[0],
    ).toMatchObject({ source: ['can'], target: ['abdel-fattah-al-burhan'] });
  });
});

describe('a capital that receives what is promised or sent', () => {
  it('makes the government of a capital after "for" the target of a promise', () => {
    expect(of('Norway promised on Monday to finance three radar systems for Kyiv.', 'AGREE')[0]).toMatchObject({
      source: ['nor'],
      target: ['ukr'],
    });
  });

  it('makes the government of a capital the goods were sent to the target of aid', () => {
    expect(of('Qatar sent food and fuel to Khartoum on Friday.', 'AID')[0]).toMatchObject({
      source: ['qat'],
      target: ['sdn'],
    });
  });
});

describe('whom a journey is for', () => {
  it("makes the person a journey's purpose names its counterpart, not the destination", () => {
    expect(
      of('Hakan Fidan will travel to Moscow next week to brief Vladimir Putin on the talks.', 'CONSULT')[0],
    ).toMatchObject({ source: ['hakan-fidan'], target: ['vladimir-putin'] });
  });

  it('reads the counterpart at the end of a longer purpose clause', () => {
    expect(
      of(
        'Armenia’s foreign minister flew to Vienna on Monday to lead his team in a new round with Azerbaijani envoys.',
        'CONSULT',
      ).map((e) => e.target),
    ).toContainEqual(['aze']);
  });

  it('keeps the destination when the purpose names no one', () => {
    expect(of('Hakan Fidan flew to Qatar on Monday to attend talks.', 'CONSULT')[0]?.target).toEqual(['qat']);
  });
});
