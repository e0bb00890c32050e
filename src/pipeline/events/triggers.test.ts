import { describe, expect, it } from 'vitest';
import { PLOVER_TYPES } from '../../model/bundle-schema.ts';
import { eventsOf } from '../test-support/resources.ts';

// One plain sentence per PLOVER type, with the expected source and target ids.
const cases: [string, string, string[], string[]][] = [
  ['AGREE', 'Israel and Hamas agreed to a ceasefire on Monday.', ['isr', 'hamas'], []],
  ['CONSULT', 'Netanyahu met with Vice President J.D. Vance on Tuesday.', ['benjamin-netanyahu'], ['jd-vance']],
  ['SUPPORT', 'Netanyahu praised Trump on Tuesday.', ['benjamin-netanyahu'], ['donald-trump']],
  ['CONCEDE', 'The United States said it would lift sanctions on Syria.', ['usa'], ['syr']],
  ['COOPERATE', 'Egypt is cooperating with Qatar.', ['egy'], ['qat']],
  ['AID', 'Jordan sent humanitarian aid to Gaza on Monday.', ['jor'], []],
  ['RETREAT', 'Hamas released hostages on Sunday.', ['hamas'], []],
  ['REQUEST', 'Trump urged Netanyahu to accept the deal.', ['donald-trump'], ['benjamin-netanyahu']],
  ['ACCUSE', 'Iran condemned Israel on Monday.', ['irn'], ['isr']],
  ['REJECT', 'Egypt rejected the plan on Monday.', ['egy'], []],
  ['THREATEN', 'Iran threatened Israel on Monday.', ['irn'], ['isr']],
  ['PROTEST', 'Hamas protested outside the embassy on Friday.', ['hamas'], []],
  ['SANCTION', 'The United States imposed sanctions on Iran on Monday.', ['usa'], ['irn']],
  ['MOBILIZE', 'Israel deployed troops to the border on Monday.', ['isr'], []],
  ['COERCE', 'Israel arrested Hamas members on Monday.', ['isr'], ['hamas']],
  ['ASSAULT', 'Israel struck Hezbollah on Monday.', ['isr'], ['hezbollah']],
];

// Verb classes as news writes them about any conflict: [type, sentence, trigger words].
const verbClasses: [string, string, string][] = [
  ['ASSAULT', 'Ukraine downed 40 Russian drones overnight.', 'downed 40 Russian drones'],
  ['ASSAULT', 'Israel and Hamas exchanged fire on Monday.', 'exchanged fire'],
  ['SANCTION', 'The United States froze Iranian assets on Monday.', 'froze Iranian assets'],
  ['SANCTION', 'Pakistan closed its border to Afghan trucks on Monday.', 'closed its border to'],
  ['SANCTION', 'Pakistan suspended trade with India on Thursday.', 'suspended trade'],
  ['SANCTION', 'Trump paused military aid to Ukraine on Monday.', 'paused military aid'],
  ['SANCTION', 'Washington halted shipments of weapons to Kyiv on Tuesday.', 'halted shipments'],
  ['SANCTION', 'India suspended the water treaty on Wednesday.', 'suspended the water treaty'],
  ['SANCTION', 'Russia cut off gas supplies to Moldova on Monday.', 'cut off gas supplies to'],
  ['SANCTION', 'Pakistan closed its airspace to Indian airlines on Thursday.', 'closed its airspace'],
  ['SANCTION', 'Cambodia banned imports of Thai fruit on Monday.', 'banned imports'],
  ['SANCTION', 'Trump raised tariffs on China on Wednesday.', 'raised tariffs on'],
  ['SANCTION', 'Trump imposed a 34 percent levy on Chinese imports.', 'imposed a 34 percent levy on'],
  ['SANCTION', 'The United States hit China with new tariffs on Monday.', 'hit China with new tariffs'],
  ['SANCTION', 'China expanded export controls on rare earths on Thursday.', 'expanded export controls'],
  [
    'SANCTION',
    'India declared a Pakistani diplomat persona non grata on Thursday.',
    'declared a Pakistani diplomat persona non grata',
  ],
  ['SANCTION', 'The EU adopted a new sanctions package against Russia on Friday.', 'adopted a new sanctions'],
  ['ASSAULT', 'Russia fired missiles at Kyiv on Monday.', 'fired missiles'],
  [
    'ASSAULT',
    'Iran fired several short-range ballistic missiles at Israel.',
    'fired several short-range ballistic missiles',
  ],
  ['ASSAULT', 'Russia said its missiles struck Kharkiv on Monday.', 'missiles struck'],
  ['ASSAULT', 'Israel pounded Gaza on Monday.', 'pounded'],
  ['ASSAULT', 'Rebels seized the town of Goma on Sunday.', 'seized the town'],
  ['ASSAULT', 'Rebels overran the army base on Sunday.', 'overran the army base'],
  ['ASSAULT', 'Clashes broke out between Thailand and Cambodia on Thursday.', 'Clashes broke out'],
  ['ASSAULT', 'Russian forces are advancing on Pokrovsk.', 'advancing on'],
  ['MOBILIZE', 'North Korea test-fired cruise missiles on Monday.', 'test-fired'],
  [
    'MOBILIZE',
    'The United States sent an aircraft carrier to the Middle East on Thursday.',
    'sent an aircraft carrier to',
  ],
  ['MOBILIZE', 'Russia and Belarus began military exercises on Friday.', 'began military exercises'],
  ['COOPERATE', 'South Korea and the United States held joint drills on Monday.', 'held joint drills'],
  ['RETREAT', 'Pakistan handed back an Indian soldier on Wednesday.', 'handed back'],
  ['RETREAT', 'Thailand returned eighteen Cambodian soldiers on Wednesday.', 'returned eighteen Cambodian soldiers'],
  ['RETREAT', 'Slovakia lifted its veto on Friday.', 'lifted its veto'],
  ['RETREAT', 'Russia and Ukraine carried out a prisoner swap on Friday.', 'prisoner swap'],
  ['RETREAT', 'The US halted strikes on the Houthis on Tuesday.', 'halted strikes'],
  ['AGREE', 'US and Chinese negotiators reached a framework on Tuesday.', 'reached a framework'],
  ['AGREE', 'Ukraine accepted the American proposal on Tuesday.', 'accepted the American proposal'],
  ['AGREE', 'The peace text was initialled by Armenia and Azerbaijan on Friday.', 'initialled'],
  ['AGREE', 'The agreement was signed by Armenia and Azerbaijan on Friday.', 'agreement was signed'],
  ['THREATEN', 'Trump warned that Russia would face consequences.', 'warned that Russia would'],
  ['THREATEN', 'Pakistan vowed a fitting response to India.', 'vowed a fitting response'],
  ['ACCUSE', 'Iran called the Israeli strikes an act of war.', 'act of war'],
  ['REJECT', 'Kyiv dismissed the truce as a stunt.', 'dismissed the truce as'],
  ['AGREE', 'Britain pledged 120 million pounds in aid to Sudan on Tuesday.', 'pledged 120 million pounds in aid'],
  ['AID', 'Britain approved 120 million pounds in aid to Sudan on Tuesday.', 'approved 120 million pounds in aid'],
  ['AID', 'Russia supplied North Korea with air-defence systems.', 'supplied North Korea with'],
  ['AGREE', 'Ukraine and Britain signed a hundred-year partnership on Thursday.', 'signed a hundred-year partnership'],
  ['ASSAULT', 'Ukraine hit bombers at four Russian air bases on Sunday.', 'hit bombers'],
  ['ASSAULT', 'Ukrainian forces pushed Russian troops back from two villages.', 'pushed Russian troops back'],
  ['ASSAULT', 'Heavy fighting between Russia and Ukraine continued near Pokrovsk.', 'Heavy fighting'],
  ['ASSAULT', 'The Houthis claimed attacks on American warships.', 'attacks on'],
  ['MOBILIZE', 'South Korea fired warning shots on Tuesday.', 'fired warning shots'],
  ['SANCTION', 'China hit back with tariffs on US goods on Friday.', 'hit back with tariffs'],
  ['SANCTION', 'Trump raised China tariffs on Wednesday.', 'raised China tariffs'],
  ['SANCTION', 'The EU announced new measures against Russia on Tuesday.', 'announced new measures against Russia'],
  ['ACCUSE', 'India called the Pakistani claim propaganda.', 'called the Pakistani claim propaganda'],
  ['COOPERATE', 'India upgraded ties with the Taliban on Friday.', 'upgraded ties'],
  ['CONCEDE', 'Hamas called off the protest on Friday.', 'called off the protest'],
  ['REQUEST', 'Britain reiterated its demand that Iran release the sailors.', 'reiterated its demand'],
  ['ACCUSE', 'Israel opened an inquiry into the strike on Monday.', 'opened an inquiry into'],
  ['COERCE', 'Sudanese troops forced out hundreds of families from Tawila on Monday.', 'forced out'],
  [
    'COERCE',
    'Kenyan police drove dozens of traders out of their homes in Nairobi.',
    'drove dozens of traders out of their homes',
  ],
  ['COERCE', 'Myanmar soldiers set fire to a monastery on Sunday.', 'set fire to'],
  ['SANCTION', 'The United Nations withdrew its observers from Yemen on Monday.', 'withdrew its observers'],
  [
    'SANCTION',
    'Germany suspended part of its development aid to Niger on Friday.',
    'suspended part of its development aid',
  ],
  ['PROTEST', 'Serbian students staged demonstrations against the government in Novi Sad.', 'demonstrations against'],
  ['RETREAT', 'Venezuela allowed UN monitors into the country on Monday.', 'allowed UN monitors'],
  ['RETREAT', 'Colombian rebels returned their weapons on Friday.', 'returned their weapons'],
  [
    'SUPPORT',
    'Moscow defended Belgrade against Western accusations on Monday.',
    'defended Belgrade against Western accusations',
  ],
  ['AID', 'Colombian police freed 14 trafficking victims on Tuesday.', 'freed 14 trafficking victims'],
  ['RETREAT', 'The rebels freed two hostages on Sunday.', 'freed two hostages'],
  ['AGREE', 'Sudan accepted a Saudi proposal for a ten-day truce.', 'accepted a Saudi proposal'],
  ['AID', 'Kenya received a Chinese loan for the railway.', 'received a Chinese loan'],
  ['SANCTION', 'Canada froze Belarusian assets on Monday.', 'froze Belarusian assets'],
  ['ASSAULT', 'Chad said a Sudanese incursion could be imminent.', 'incursion'],
];

describe('the trigger lexicon reads verb classes by their news phrasing', () => {
  it.each(verbClasses)('%s: %s', (type, sentence, words) => {
    const event = eventsOf(sentence).find((e) => e.type === type);
    expect(event, `a ${type} event`).toBeDefined();
    expect(sentence.slice(event!.trigger.start, event!.trigger.end)).toBe(words);
  });

  it('codes lowering tariffs as easing an economic measure, RETREAT like lifting sanctions (CAMEO 085)', () => {
    const events = eventsOf('The United States will lower its tariff on Chinese goods from Wednesday.');
    expect(events.map((e) => [e.type, e.mode, e.modality])).toContainEqual(['RETREAT', 'ease', 'planned']);
  });

  it('takes a nationality adjective inside the object as the party the act is aimed at', () => {
    const accepted = eventsOf('Sudan accepted a Saudi proposal for a ten-day truce.').find((e) => e.type === 'AGREE');
    expect(accepted?.source).toEqual(['sdn']);
    expect(accepted?.target).toEqual(['sau']);
  });

  it('does not skip a nationality adjective that opens a place phrase', () => {
    const events = eventsOf('Twelve Kenyan traders held in Ugandan jails began a hunger strike.');
    expect(events.filter((e) => e.trigger.text.includes('Ugandan'))).toEqual([]);
  });

  it('does not read an imposed levy or a banned import as repression', () => {
    for (const text of [
      'Trump imposed a 34 percent levy on Chinese imports.',
      'Cambodia banned imports of Thai fruit.',
    ])
      expect(eventsOf(text).map((e) => e.type)).not.toContain('COERCE');
  });
});

describe('the trigger lexicon covers every PLOVER type with direction', () => {
  it('has a case for each of the 16 types', () => {
    expect(new Set(cases.map((c) => c[0]))).toEqual(new Set(PLOVER_TYPES));
  });

  it.each(cases)('%s: %s', (type, sentence, source, target) => {
    const events = eventsOf(sentence);
    const event = events.find((e) => e.type === type);
    expect(event, `a ${type} event in ${JSON.stringify(events.map((e) => e.type))}`).toBeDefined();
    expect(event!.source).toEqual(source);
    if (target.length > 0) expect(event!.target).toEqual(target);
  });

  it('codes a visitor as source and the host as target for "hosted"', () => {
    const [event] = eventsOf('Trump hosted Netanyahu at the White House on Monday.', '2025-07-08');
    expect(event).toMatchObject({
      type: 'CONSULT',
      mode: 'visit',
      source: ['benjamin-netanyahu'],
      target: ['donald-trump'],
      location: 'White House',
    });
  });

  it('codes sanctions lifted as an implemented concession (RETREAT), not a sanction', () => {
    const events = eventsOf('The United States lifted sanctions on Syria on Monday.');
    expect(events.map((e) => [e.type, e.mode])).toEqual([['RETREAT', 'ease']]);
  });

  it('codes lifting sanctions as a concession, not a sanction', () => {
    const events = eventsOf('The US administration announced it would lift sanctions on the Al-Tahrir organization.');
    expect(events.map((e) => [e.type, e.mode])).toEqual([['CONCEDE', 'easing']]);
  });

  it('lets a filler skip a word that only begins some other trigger when that trigger does not match there', () => {
    // "free" begins "free {actor}" (a release), "in" begins "in talks with": neither matches here.
    expect(eventsOf('Israel and Egypt signed a free trade agreement on Monday.').length).toBeGreaterThan(0);
    const text = 'Netanyahu held in-person talks with Trump on Monday.';
    const [talks] = eventsOf(text);
    expect(text.slice(talks!.trigger.start, talks!.trigger.end)).toMatch(/^held/);
  });

  it('splits one meeting with two people into one event per pair', () => {
    const events = eventsOf(
      'On Tuesday, Netanyahu is expected to meet with Vice President J.D. Vance and House Speaker Mike Johnson.',
    );
    expect(events.map((e) => e.target)).toEqual([['jd-vance'], ['mike-johnson']]);
  });

  it('does not read a noun after a possessive as a verb', () => {
    expect(eventsOf("Netanyahu stressed Israel's security demands.").filter((e) => e.type === 'REQUEST')).toEqual([]);
  });

  it('points every trigger span at the trigger words in the text', () => {
    const text = 'Iran condemned Israel on Monday.';
    const [event] = eventsOf(text);
    expect(text.slice(event!.trigger.start, event!.trigger.end)).toBe('condemned');
  });
});

// Matching classes of issue 10's event typing, each in sentences of our own: [type, sentence, trigger words].
const matchingClasses: [string, string, string][] = [
  // A time expression between the words of a pattern.
  ['ACCUSE', 'Norway opened a hearing on Tuesday into the shooting.', 'opened a hearing on Tuesday into'],
  ['ACCUSE', 'Chile opened an inquiry Friday into the crash.', 'opened an inquiry Friday into'],
  // A filler counts words: hyphenated words, possessives and numbers are one word each.
  ['RETREAT', 'Russia withdrew its battle-hardened troops on Friday.', 'withdrew its battle-hardened troops'],
  ['CONCEDE', "Kenya accepted the union's demand for higher pay.", "accepted the union's demand"],
  ['MOBILIZE', 'Russia called up 150,000 reservists on Monday.', 'called up 150,000 reservists'],
  // British spelling of verbs in -l.
  ['CONSULT', 'The Saudi foreign minister travelled to Tehran on Sunday.', 'travelled to'],
  ['SANCTION', 'Ghana cancelled its planned visit to Lome on Monday.', 'cancelled its planned visit'],
  // An -s verb after a relative pronoun is a verb, not a plural noun.
  ['ACCUSE', 'Kenya, which blames Somalia for the raid, recalled its envoy.', 'blames'],
  // Cooperating alone is material cooperation (CAMEO 060), not SUPPORT.
  ['COOPERATE', 'Jordan and Egypt cooperated last year.', 'cooperated'],
];

describe("issue 10's matching classes", () => {
  it.each(matchingClasses)('%s: %s', (type, sentence, words) => {
    const events = eventsOf(sentence);
    const event = events.find((e) => e.type === type);
    expect(event, `a ${type} event in ${JSON.stringify(events.map((e) => e.type))}`).toBeDefined();
    expect(sentence.slice(event!.trigger.start, event!.trigger.end)).toBe(words);
  });

  it('does not read the adjective "armed" as arming or cooperating', () => {
    expect(eventsOf('The armed forces of Chad attacked the camp.').map((e) => e.type)).toEqual(['ASSAULT']);
  });
});

// Lexicon classes of issue 10's event typing, each in sentences of our own: [type, sentence, trigger words].
const lexiconClasses: [string, string, string][] = [
  // Declaring a truce is RETREAT (CAMEO 0871); arming a named party is military aid (072).
  ['RETREAT', 'Russia announced a three-day truce on Friday.', 'announced a three-day truce'],
  ['RETREAT', "Sudan's army declared a unilateral truce on Monday.", 'declared a unilateral truce'],
  ['AID', 'Iran armed the Houthis for years.', 'armed the Houthis'],
  ['COOPERATE', 'Jordan and Egypt cooperated on border security last year.', 'cooperated on'],
  // Easing: economic measures done are RETREAT, restrictions and curfews eased are CONCEDE.
  ['RETREAT', 'China suspended its port fees on American ships on Monday.', 'suspended its port fees on'],
  ['RETREAT', 'Washington lowered its tariffs on Mexican steel on Friday.', 'lowered its tariffs'],
  ['CONCEDE', 'Serbia shortened the curfew in Novi Pazar on Monday.', 'shortened the curfew'],
  ['CONCEDE', 'Georgia eased emergency rule in the capital on Friday.', 'eased emergency'],
  // Widening sanctions, active or passive, is sanctioning.
  ['SANCTION', 'Ottawa broadened its sanctions on Belarusian potash on Monday.', 'broadened its sanctions on'],
  ['SANCTION', 'Curbs on drone parts were tightened by Tokyo on Friday.', 'Curbs on drone parts were tightened'],
  // Calls, hotlines, sitting down together, rounds of talks.
  ['CONSULT', 'Modi spoke by hotline with Sharif on Saturday.', 'spoke by hotline with'],
  ['CONSULT', 'Putin and Trump held a call on Monday.', 'held a call'],
  ['CONSULT', "Macron discussed the war in Trump's call with Putin.", 'call with'],
  ['CONSULT', 'Lavrov sat across from Rubio for four hours.', 'sat across from'],
  ['CONSULT', 'Iran and the United States held a fifth round in Rome on Friday.', 'held a fifth round'],
  // Requests of parties that are not named; pressing hard for.
  ['REQUEST', 'Norway urged both sides to return to the table.', 'urged both sides to'],
  ['REQUEST', 'France is pushing hard for a vote in the Security Council.', 'pushing hard for'],
  // Investigations by placing under one.
  ['ACCUSE', 'Italy put the captain under investigation on Monday.', 'put the captain under investigation'],
  // Violence against persons and ships; naming an act as a crime.
  ['ASSAULT', 'Sudanese soldiers sexually abused women in the camp.', 'sexually abused'],
  ['ASSAULT', 'The Houthis targeted a Greek tanker on Monday.', 'targeted a Greek tanker'],
  ['ACCUSE', 'Armenia called the offensive ethnic cleansing.', 'called the offensive ethnic cleansing'],
  // Boarding ships, protests outside buildings and on roads, patrols, calling up men.
  ['COERCE', 'Iranian commandos boarded a tanker in the Gulf.', 'boarded a tanker'],
  ['PROTEST', 'Protesters gathered outside the Israeli embassy in Amman on Friday.', 'gathered outside'],
  ['PROTEST', 'Protesters blocked the main highway into Belgrade on Sunday.', 'blocked the main highway'],
  ['MOBILIZE', 'Pakistan ordered more patrols along the border.', 'ordered more patrols'],
  ['MOBILIZE', 'Russia called up 150,000 conscripts on Monday.', 'called up 150,000 conscripts'],
  // Reducing relations: an agreement suspended, aid paused in the passive.
  ['SANCTION', 'Thailand suspended the joint declaration with Cambodia on Monday.', 'suspended the joint declaration'],
  ['SANCTION', 'Military aid was paused by the Pentagon on Monday.', 'aid was paused'],
  // Agreements: a round that closes with one, one signed under a place's name; offering or pledging aid.
  ['AGREE', 'Serbia and Kosovo closed the round with an accord on licence plates.', 'with an accord on'],
  ['AGREE', 'Israel and Bahrain signed the Washington declaration on Tuesday.', 'signed the Washington declaration'],
  ['AGREE', 'Syria offered its troops to Lebanon on Monday.', 'offered its troops'],
  // An actor slot takes a coordinated group when the pattern goes on after it.
  ['CONSULT', 'Erdogan welcomed Aliyev and Pashinyan at his palace on Friday.', 'welcomed Aliyev and Pashinyan at'],
  ['REQUEST', 'Iran asked Qatar and Oman to mediate.', 'asked Qatar and Oman to'],
  // Denying an accusation; a reaction drawn from someone; winding down imports; stopping propaganda; joint bodies.
  ['REJECT', 'Kyiv denied the allegations on Monday.', 'denied the allegations'],
  ['THREATEN', 'The drills drew a warning from North Korea.', 'drew a warning from'],
  ['SANCTION', 'The EU will phase out Russian oil imports.', 'phase out Russian oil imports'],
  ['RETREAT', 'Seoul halted its loudspeaker broadcasts on Tuesday.', 'halted its loudspeaker'],
  ['COOPERATE', 'Kenya and Uganda launched a joint border commission on Monday.', 'launched a joint border commission'],
  // Taking control of a town is read like capturing it; agreeing to or offering concessions is conceding.
  ['ASSAULT', 'Al-Shabaab took control of the town of Buulo on Sunday.', 'took control of the town'],
  ['CONCEDE', 'Belgrade agreed to painful concessions on Thursday.', 'agreed to painful concessions'],
  ['CONCEDE', 'Armenia offered concessions to Azerbaijan on the border.', 'offered concessions'],
  // Welcoming a state's official or a visiting leader is hosting a visit.
  ['CONSULT', "Erdogan welcomed Hamas's political chief on Monday.", "welcomed Hamas's political chief"],
  ['CONSULT', 'Modi welcomed the visiting Japanese prime minister on Monday.', 'welcomed the visiting'],
];

describe("issue 10's lexicon classes", () => {
  it("keeps welcoming a state's decision as support", () => {
    expect(eventsOf("Germany welcomed Iran's decision to resume talks.").map((e) => e.type)).toEqual(['SUPPORT']);
  });

  it('keeps a final actor slot to the first actor of a group', () => {
    const text = 'Trump urged Israel and Hamas on Monday.';
    const event = eventsOf(text).find((e) => e.type === 'REQUEST');
    expect(text.slice(event!.trigger.start, event!.trigger.end)).toBe('urged Israel');
  });

  it.each(lexiconClasses)('%s: %s', (type, sentence, words) => {
    const events = eventsOf(sentence);
    const event = events.find((e) => e.type === type);
    expect(event, `a ${type} event in ${JSON.stringify(events.map((e) => e.type))}`).toBeDefined();
    expect(sentence.slice(event!.trigger.start, event!.trigger.end)).toBe(words);
  });
});
