import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const find = (text: string, type: string, published = '2025-07-08') =>
  eventsOf(text, published).find((e) => e.type === type);

describe('participants read from the clause around a trigger', () => {
  it('gives a coordinated verb the subject of the verb before it', () => {
    const events = eventsOf('Netanyahu met with Vice President JD Vance and visited Capitol Hill.');
    expect(events.map((e) => e.source)).toEqual([['benjamin-netanyahu'], ['benjamin-netanyahu']]);
  });

  it('gives a purpose infinitive the parties of the event before it', () => {
    expect(find('Israel and Hamas held indirect talks to secure a Gaza ceasefire.', 'AGREE')!.source).toEqual([
      'isr',
      'hamas',
    ]);
  });

  it('reads "we" in a quotation as the speaker\'s side', () => {
    const event = find('“We’re working with the United States very closely,” Netanyahu told reporters.', 'COOPERATE');
    expect(event).toMatchObject({ source: ['isr'], target: ['usa'] });
  });

  it('resolves "the military ... its forces" to the armed forces of the state in the text', () => {
    const event = find(
      'Israel has turned its focus to the West Bank. On Tuesday, the military said its forces killed an assailant.',
      'ASSAULT',
    );
    expect(event!.source).toEqual(['idf']);
  });

  it('resolves "the terrorist group" to the armed group named last', () => {
    const event = find(
      'Hamas rejected the plan. Sources in the terrorist group have claimed a willingness to relinquish power in Gaza.',
      'CONCEDE',
    );
    expect(event!.source).toEqual(['hamas']);
  });

  it('names an unknown collective party with its qualifiers', () => {
    expect(find('Some Gulf and Arab countries might sign the Abraham Accords.', 'AGREE')!.source).toEqual([
      'unresolved:gulf-and-arab-countries',
    ]);
  });

  it('does not take a possessor for the subject of what it possesses', () => {
    expect(find("Trump lauded Israel's regional neighbors to support Palestinians.", 'SUPPORT')!.source).toEqual([
      'donald-trump',
    ]);
    expect(
      eventsOf("Trump lauded Israel's regional neighbors to support Palestinians.").filter((e) =>
        e.source.includes('isr'),
      ),
    ).toEqual([]);
  });

  it('reads a name in apposition as the subject', () => {
    const event = find("Israel's prime minister and his American counterpart, Donald Trump, met on Monday.", 'CONSULT');
    expect(event!.source).toEqual(['benjamin-netanyahu', 'donald-trump']);
  });

  it('reads a name in apposition as the object', () => {
    const event = find("Witkoff is set to meet Israel's prime minister, Benjamin Netanyahu, on Tuesday.", 'CONSULT');
    expect(event).toMatchObject({ source: ['steve-witkoff'], target: ['benjamin-netanyahu'] });
  });

  it('finds the agent of a passive past an adverb', () => {
    expect(find('The plan was strongly rejected by Egypt and Jordan.', 'REJECT')!.source).toEqual(['egy', 'jor']);
  });

  it('reads "talks" after "that" as a noun and the speaker as a party', () => {
    const event = find('Trump said Sunday that talks with Israel were progressing.', 'CONSULT', '2025-02-04');
    expect(event).toMatchObject({ source: ['donald-trump'], target: ['isr'], date: '2025-02-02' });
  });

  it('counts a bare "operation" as military only when a state runs it', () => {
    expect(find('Israel launched an operation in Jenin on Monday.', 'ASSAULT')).toBeDefined();
    expect(find('Witkoff described an operation in Jenin on Monday.', 'ASSAULT')).toBeUndefined();
  });
});

describe('a name headed by a place noun', () => {
  it('is where a meeting is held, not a party to it', () => {
    const meeting = find('The Kenyan and Somali delegations met at Lancaster Palace in Nairobi on Tuesday.', 'CONSULT');
    expect([...meeting!.source, ...meeting!.target]).toEqual(['ken', 'som']);
  });

  it('is where an accord is signed, not who signs it', () => {
    const signing = find('Ruto and Museveni will sign the accord in the Green Room on Friday.', 'AGREE');
    expect(signing!.target.filter((id) => id.startsWith('unresolved:'))).toEqual([]);
  });
});

describe('a verbal act joined by "and" after an act the speaker reports', () => {
  const dyads = (text: string, type: string) =>
    eventsOf(text, '2025-05-10')
      .filter((e) => e.type === type)
      .map((e) => `${e.source.join('+')}>${e.target.join('+')}`);

  it("is the speaker's when the reported act has an auxiliary and the two verbs share the saying's tense", () => {
    expect(
      dyads('Zelensky said Russia had deliberately targeted civilians in Sumy and urged Washington to act.', 'REQUEST'),
    ).toEqual(['volodymyr-zelensky>usa']);
    expect(
      dyads('Kurti said Serbian forces had attacked police in Banjska and urged NATO to respond.', 'REQUEST'),
    ).toEqual(['albin-kurti>nato']);
    expect(
      dyads('Sharif said India had struck civilian areas and called on the United Nations to intervene.', 'REQUEST'),
    ).toEqual(['shehbaz-sharif>un']);
    expect(dyads('Trump said Putin had agreed to a ceasefire and praised Modi for his restraint.', 'SUPPORT')).toEqual([
      'donald-trump>narendra-modi',
    ]);
  });

  it("leaves a material act with the reported act's subject", () => {
    expect(dyads('Kyiv said Russia had shelled Kharkiv and killed three civilians.', 'ASSAULT')).toContain('rus>ukr');
    expect(dyads('Kyiv said Russia had shelled Kharkiv and killed three civilians.', 'ASSAULT')).not.toContain(
      'ukr>rus',
    );
  });

  it('leaves a verb that shares no tense with the saying to the reported subject', () => {
    expect(
      dyads('Kinshasa says the M23 had seized Goma and urged Kigali to send more troops.', 'REQUEST'),
    ).not.toContain('cod>rwa');
  });
});

describe('"he" or "she" right after a verb of saying', () => {
  const sources = (text: string, type: string) =>
    eventsOf(text, '2025-05-10')
      .filter((e) => e.type === type)
      .map((e) => e.source.join('+'));

  it('is the person who says it, not the topic of the sentence', () => {
    expect(
      sources(
        'Crown Prince Mohammed bin Salman welcomed Trump to Riyadh, where the US president said he would lift all sanctions on Syria.',
        'CONCEDE',
      ),
    ).toEqual(['donald-trump']);
    expect(
      sources(
        'Erdogan hosted Zelensky in Ankara, and the Ukrainian president said he was ready to meet Putin.',
        'AGREE',
      ),
    ).toEqual(['volodymyr-zelensky']);
    expect(
      sources('Modi spoke with Sharif, who told parliament that he had ordered the army to retaliate.', 'ASSAULT'),
    ).toEqual(['shehbaz-sharif']);
  });

  it('stays the topic when the one saying is no person', () => {
    expect(
      sources('Tokayev hosted Pashinyan on Monday, and Kazakhstan said he would mediate the talks.', 'CONSULT'),
    ).not.toContain('kaz');
  });
});
