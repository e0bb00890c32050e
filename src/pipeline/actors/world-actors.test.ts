import { describe, expect, it } from 'vitest';
import { findActorMentions } from './find-mentions.ts';
import { refineMentions } from './refine-mentions.ts';
import { tokenize } from '../text/tokens.ts';
import { eventsOf, projectResources } from '../test-support/resources.ts';
import { extractArticle } from '../events/extract-events.ts';
import { actorSchema } from '../../model/bundle-schema.ts';

const gazetteer = () => projectResources().gazetteer;

/** Actor ids named in a text, after the refinements events use (places after "in" dropped). */
const actorsIn = (text: string, day = '2025-05-10') => {
  const tokens = tokenize(text);
  return refineMentions(findActorMentions(tokens, gazetteer(), day, { recent: [] }), tokens, gazetteer()).map(
    (m) => m.actorId,
  );
};

describe('states of the whole world', () => {
  it('knows states by name, demonym and seat of government', () => {
    expect(actorsIn('Pakistan said Pakistani officials and Islamabad agreed.')).toEqual(['pak', 'pak', 'pak']);
    expect(actorsIn('Armenia and Azerbaijan signed.')).toEqual(['arm', 'aze']);
    expect(actorsIn('Bosnia and Slovenia and Kyiv objected.')).toEqual(['bih', 'svn', 'ukr']);
    expect(actorsIn('Sri Lankan and Emirati and Congolese officials met.')).toEqual(['lka', 'are', 'cod']);
  });

  it('reads "Congo" alone as the Democratic Republic, as wire style does, and the Republic only by its full name', () => {
    expect(actorsIn('Congo and Zambia reopened the border.')).toEqual(['cod', 'zmb']);
    expect(actorsIn('The Republic of Congo and Congo-Brazzaville objected.')).toEqual(['cog', 'cog']);
  });

  it('reads a capital after "in", "at" or "to" as a place, not a government', () => {
    expect(actorsIn('Talks were held in Islamabad on Monday.')).toEqual([]);
    expect(actorsIn('Rubio flew to Baku.')).toEqual(['marco-rubio']);
  });

  it('reads Brussels as the European Union where it acts, and as a place after "in"', () => {
    expect(actorsIn('Brussels said it would keep the sanctions.')).toEqual(['eu']);
    expect(actorsIn('Vucic and Kurti met in Brussels.')).toEqual(['aleksandar-vucic', 'albin-kurti']);
  });

  it('keeps curated ids and metonyms', () => {
    expect(actorsIn('The Kremlin and Downing Street and the Elysee replied.')).toEqual(['rus', 'gbr', 'fra']);
  });

  it("knows the armed groups, organisations and companies of 2015-2025 that Phoenix lacks (Parley's groups.json)", () => {
    expect(actorsIn('The RSF and the M23 and the TPLF and the Pakistani Taliban fought on.')).toEqual([
      'rsf',
      'm23',
      'tplf',
      'ttp',
    ]);
    expect(actorsIn('The WTO, the African Union and ECOWAS condemned sanctions on Rosneft.')).toEqual([
      'wto',
      'african-union',
      'ecowas',
      'rosneft',
    ]);
    // An office holder's organisation resolves: leaders.json names the RSF's commander by its id.
    expect(gazetteer().actors.get('rsf')?.kind).toBe('armed-group');
  });

  it('composes the opposition, officers and civilian groups with a demonym (Parley additions to the Phoenix agents)', () => {
    expect(actorsIn('The Syrian opposition, Syrian officers and Palestinian students protested.')).toEqual([
      'syr-opposition',
      'syr-military',
      'pse-civilians',
    ]);
  });

  it('composes each of several demonyms with the agent noun they share', () => {
    expect(actorsIn('Thai and Cambodian troops clashed.')).toEqual(['tha-military', 'khm-military']);
    expect(actorsIn('Indian, Pakistani and Chinese delegations met.')).toEqual(['ind', 'pak', 'chn']);
  });

  it('knows office holders by their surname, particles included', () => {
    expect(actorsIn('Tshisekedi met Kagame, and von der Leyen called Kallas.', '2025-03-01')).toEqual([
      'felix-tshisekedi',
      'paul-kagame',
      'ursula-von-der-leyen',
      'kaja-kallas',
    ]);
  });

  it('knows Chinese, Taiwanese and Korean office holders by the family name that opens their name', () => {
    expect(actorsIn('Lai spoke after Wang left.', '2025-03-01')).toEqual(['lai-ching-te', 'wang-yi']);
  });

  it('reads a family name many office holders share as the most senior one in office at the date', () => {
    // In 2019 several Kims held office in Pyongyang; in 2025 South Korea's prime minister is a Kim too.
    expect(actorsIn('Kim left the talks.', '2019-02-28')).toEqual(['kim-jong-un']);
    expect(actorsIn('Kim left the talks.', '2025-09-01')).toEqual(['kim-jong-un']);
    expect(actorsIn('Lee left the talks.', '2025-09-01')).toEqual(['lee-jae-myung']);
  });

  it('never reads a family name that is also a word or a Western given name as a person', () => {
    expect(actorsIn('Han Chinese traders and David Ortiz protested near Central Park.', '2025-03-01')).toEqual([
      'chn-business',
    ]);
  });

  it('knows a name written without its accents', () => {
    expect(actorsIn('Luiz Inacio Lula da Silva met Joao Lourenco.')).toEqual([
      'luiz-inacio-lula-da-silva',
      'joao-lourenco',
    ]);
  });

  it('introduces a person the gazetteer lacks from a description after the name', () => {
    const text = 'Rui Tavares, the foreign minister of Portugal, met Tomas Verhagen, a former Dutch defence minister.';
    const people = findActorMentions(tokenize(text), gazetteer(), '2025-05-10', { recent: [] }).filter(
      (m) => m.inferred,
    );
    expect(people.map((m) => [m.actorId, m.inferred?.country])).toEqual([
      ['rui-tavares', 'PRT'],
      ['tomas-verhagen', 'NLD'],
    ]);
  });

  it('never makes an actor of a common word', () => {
    const text =
      'Hope and Justice and Peace and Unity. Action, Change, Progress, Reform and Care. The People will Watch Today.';
    expect(actorsIn(text)).toEqual([]);
  });

  it('knows intergovernmental organisations and armed groups beyond the curated ones', () => {
    expect(
      actorsIn('The IAEA and the Shanghai Cooperation Organization and the Liberation Tigers of Tamil Eelam'),
    ).toEqual(['iaea', 'sco', 'liberation-tigers-of-tamil-eelam']);
    expect(actorsIn('The UN and NATO')).toEqual(['un', 'nato']);
  });
});

describe('generic agents composed with a state', () => {
  it('gives a state sector actor with the state as affiliation', () => {
    expect(actorsIn('Pakistani military and the Thai army and Indian police and Syrian rebels')).toEqual([
      'pak-military',
      'tha-military',
      'ind-police',
      'syr-rebels',
    ]);
    const composed = gazetteer().actors.get('pak-military');
    expect(composed).toMatchObject({ country: 'PAK', affiliation: 'pak', sector: 'military' });
  });

  it("keeps a state's own armed forces where the gazetteer has them", () => {
    expect(actorsIn('The Israeli military and Israeli forces')).toEqual(['idf', 'idf']);
  });

  it('reads government agents as the state itself', () => {
    expect(actorsIn('Ukrainian negotiators and Iranian officials')).toEqual(['ukr', 'irn']);
  });

  it("reads a state's security or spy service as its intelligence agency", () => {
    expect(actorsIn("Georgia's security service and the Moldovan intelligence agency")).toEqual([
      'geo-intelligence',
      'mda-intelligence',
    ]);
  });

  it('reads an office of a state whose holder is not known as the state', () => {
    expect(actorsIn("Belize's foreign minister and the Guyanese president")).toEqual(['blz', 'guy']);
    const meeting = eventsOf("Belize's prime minister met the Guyanese president on Monday.").filter(
      (e) => e.type === 'CONSULT',
    );
    expect(meeting.map((e) => [...e.source, ...e.target].sort())).toEqual([['blz', 'guy']]);
  });

  it('leaves an unknown office before a name to introduce that person', () => {
    expect(actorsIn('Guyanese President Irfaan Ali spoke on Monday.')).not.toContain('guy');
  });

  it('finds bare agents without a state', () => {
    expect(actorsIn('Protesters threw stones at police.')).toEqual(['opposition', 'police']);
  });
});

describe('people the text introduces with a country and a title', () => {
  const mentionsIn = (sentences: string[], day = '2025-05-10') => {
    const history = { recent: [] as string[] };
    return sentences.map((text) => {
      const tokens = tokenize(text);
      return refineMentions(findActorMentions(tokens, gazetteer(), day, history), tokens, gazetteer());
    });
  };

  // Made-up names, so that a leader added to the gazetteer never turns these into known people.
  it('makes an inferred person of that state and role, and resolves the surname later in the article', () => {
    const [first, second] = mentionsIn([
      'Azerbaijani President Ilkan Varesov met Armenia on Monday.',
      'Varesov said the talks went well.',
    ]);
    expect(first!.map((m) => m.actorId)).toEqual(['ilkan-varesov', 'arm']);
    expect(first![0]!.inferred).toMatchObject({
      kind: 'person',
      country: 'AZE',
      affiliation: 'aze',
      roles: [{ title: 'President', office: 'head-of-state', of: 'AZE' }],
    });
    expect(second!.map((m) => m.actorId)).toEqual(['ilkan-varesov']);
  });

  it('reads multi-word demonyms, possessives and qualified titles', () => {
    const [lanka, pakistan, thai] = mentionsIn([
      'Sri Lankan President Anura Kumara Delvanaike arrived.',
      "Pakistan's Foreign Minister Ishfaq Darvani arrived.",
      'Thai acting Prime Minister Phumsak Wechayarat arrived.',
    ]);
    expect(lanka!.map((m) => m.actorId)).toEqual(['anura-kumara-delvanaike']);
    expect(pakistan![0]!.inferred?.roles[0]).toMatchObject({ title: 'Foreign Minister', office: 'foreign-minister' });
    expect(thai![0]!.inferred?.roles[0]).toMatchObject({
      title: 'acting Prime Minister',
      office: 'head-of-government',
    });
  });

  it('does not infer anyone from a group or a known person', () => {
    const [officials, known] = mentionsIn([
      'Azerbaijani officials Monday said.',
      'Israeli Prime Minister Benjamin Netanyahu left.',
    ]);
    expect(officials!.map((m) => m.actorId)).toEqual(['aze']);
    expect(known!.map((m) => [m.actorId, m.inferred])).toEqual([['benjamin-netanyahu', undefined]]);
  });

  it('gives events between inferred people and states', () => {
    const events = eventsOf(
      'Azerbaijani President Ilham Aliyev met Armenian Prime Minister Nikol Pashinyan in Abu Dhabi on Monday.',
    );
    expect(events.map((e) => [e.type, [...e.source, ...e.target].sort()])).toContainEqual([
      'CONSULT',
      ['ilham-aliyev', 'nikol-pashinyan'],
    ]);
  });
});

describe('places are not actors', () => {
  it('reads "Diriyah Palace" and a capital after "in" as places', () => {
    expect(actorsIn('Rubio met Lavrov at Diriyah Palace in Riyadh on Tuesday.')).toEqual([
      'marco-rubio',
      'sergey-lavrov',
    ]);
  });
});

describe('inferred people in the extraction', () => {
  it('hands the bundle a person record marked inferred', () => {
    const text = 'Azerbaijani President Ilkan Varesov met Armenian Prime Minister Narek Pashanyan on Monday.';
    const extraction = extractArticle({ id: 'test', text, published: '2025-05-10' }, projectResources());
    const record = extraction.inferred?.get('ilkan-varesov');
    expect(actorSchema.parse(record)).toEqual({
      id: 'ilkan-varesov',
      name: 'Ilkan Varesov',
      kind: 'person',
      country: 'AZE',
      aliases: ['Varesov'],
      affiliation: 'aze',
      resolved: true,
      inferred: true,
    });
  });
});

describe('introductions with longer titles and organisations', () => {
  const introduced = (text: string) => {
    const tokens = tokenize(text);
    return findActorMentions(tokens, gazetteer(), '1994-05-10', { recent: [] }).find((m) => m.inferred)?.inferred;
  };

  it('reads "of" and hyphens inside titles, and a body\'s president as its leader', () => {
    expect(introduced('U.S. Secretary of State Warrick Kristofer telephoned Moscow.')?.roles[0]).toMatchObject({
      title: 'Secretary of State',
      office: 'foreign-minister',
      of: 'USA',
    });
    expect(introduced('French National Assembly president Laurent Fabrice met them.')?.roles[0]).toMatchObject({
      office: 'leader',
      of: 'FRA',
    });
  });

  it('introduces the people of organisations', () => {
    expect(introduced('Arab League Secretary-General Chedli Klibari urged calm.')).toMatchObject({
      affiliation: 'arab-league',
      roles: [{ title: 'Secretary-General', office: 'secretary-general', of: 'arab-league' }],
    });
  });
});

describe('bare agents after a named state', () => {
  it('reads "the police" as the police of the state named last', () => {
    const history = { recent: [] as string[] };
    const g = gazetteer();
    findActorMentions(tokenize('Pakistan said so.'), g, '2025-05-10', history);
    expect(
      findActorMentions(tokenize('The police arrested two men.'), g, '2025-05-10', history).map((m) => m.actorId),
    ).toEqual(['pak-police']);
  });
});

describe('Malaysian leaders by their own name, as news calls them', () => {
  it('reads "Anwar" as Anwar Ibrahim, like "Mahathir" and "Muhyiddin"', () => {
    expect(actorsIn('Anwar welcomed the two leaders to Putrajaya on Monday.', '2025-07-28')).toContain('anwar-ibrahim');
    expect(actorsIn('Mahathir met the Thai envoy in Putrajaya.', '2019-05-10')).toContain('mahathir-mohamad');
  });
});

describe("a state's name before the titled name of one of its people", () => {
  const spans = (text: string) => {
    const tokens = tokenize(text);
    return refineMentions(
      findActorMentions(tokens, gazetteer(), '2025-05-10', { recent: [] }),
      tokens,
      gazetteer(),
    ).map((m) => `${m.actorId}=${text.slice(m.start, m.end)}`);
  };

  it('is part of the person, as a demonym would be', () => {
    expect(spans('Kosovo Prime Minister Albin Kurti spoke.')).toEqual([
      'albin-kurti=Kosovo Prime Minister Albin Kurti',
    ]);
    expect(spans('Pakistan Prime Minister Shehbaz Sharif and Ukraine President Volodymyr Zelensky spoke.')).toEqual([
      'shehbaz-sharif=Pakistan Prime Minister Shehbaz Sharif',
      'volodymyr-zelensky=Ukraine President Volodymyr Zelensky',
    ]);
  });

  it("stays a state of its own before another state's person or a bare surname", () => {
    expect(spans('Rwanda President Felix Tshisekedi spoke.')[0]).toBe('rwa=Rwanda');
    expect(spans('Kosovo Kurti spoke.')).toEqual(['xkx=Kosovo', 'albin-kurti=Kurti']);
  });

  it('keeps a coordinated pair of such leaders together as the subject of a meeting', () => {
    const met = eventsOf(
      'Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Ohrid on Saturday.',
      '2023-03-20',
    ).filter((e) => e.type === 'CONSULT');
    expect([...new Set(met.flatMap((e) => [...e.source, ...e.target]))].sort()).toEqual([
      'albin-kurti',
      'aleksandar-vucic',
    ]);
    const talks = eventsOf(
      'Armenia Prime Minister Nikol Pashinyan and Azerbaijan President Ilham Aliyev held talks in Granada on Thursday.',
      '2023-10-07',
    ).filter((e) => e.type === 'CONSULT');
    expect([...new Set(talks.flatMap((e) => [...e.source, ...e.target]))].sort()).toEqual([
      'ilham-aliyev',
      'nikol-pashinyan',
    ]);
  });
});
