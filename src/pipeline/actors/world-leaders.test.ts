import { describe, expect, it } from 'vitest';
import { findActorMentions } from './find-mentions.ts';
import { refineMentions } from './refine-mentions.ts';
import { tokenize } from '../text/tokens.ts';
import { eventsOf, projectResources } from '../test-support/resources.ts';

// Office holders of the states data/gazetteer/leaders.json covered only in its second pass: titles resolve to
// whoever held the office on the article's date, and bare surnames name the person, so events get them as actors.
const gazetteer = () => projectResources().gazetteer;

const actorsIn = (text: string, day: string) => {
  const tokens = tokenize(text);
  return refineMentions(findActorMentions(tokens, gazetteer(), day, { recent: [] }), tokens, gazetteer()).map(
    (m) => m.actorId,
  );
};

const actorsOf = (text: string, published: string) =>
  eventsOf(text, published).map((e) => ({ type: e.type, source: e.source, target: e.target }));

describe('office holders of the states added to the leaders gazetteer', () => {
  it('resolves a demonym and a title to the holder on the day', () => {
    const text = 'The Philippine president called the Vietnamese prime minister.';
    expect(actorsIn(text, '2024-03-01')).toEqual(['ferdinand-marcos-jr', 'pham-minh-chinh']);
    expect(actorsIn(text, '2019-03-01')).toEqual(['rodrigo-duterte', 'nguyen-xuan-phuc']);
    expect(actorsIn("Kenya's foreign minister phoned the Nigerian president.", '2021-03-01')).toEqual([
      'raychelle-omamo',
      'muhammadu-buhari',
    ]);
  });

  it('takes a known surname at the start of a sentence as the person', () => {
    expect(actorsIn('Marcos warned that Manila would respond.', '2024-03-01')).toEqual(['ferdinand-marcos-jr', 'phl']);
    expect(actorsIn('Tebboune and Bourita spoke by phone.', '2024-08-01')).toEqual([
      'abdelmadjid-tebboune',
      'nasser-bourita',
    ]);
  });

  it('keeps a longer full name before a shorter name inside it', () => {
    // Somalia's president, not Jordan's prime minister Jafar Hassan.
    expect(actorsIn('Hassan Sheikh Mohamud arrived.', '2023-02-01')).toEqual(['hassan-sheikh-mohamud']);
  });

  it('gives events these people as source and target', () => {
    expect(
      actorsOf('The Philippine president met the Vietnamese prime minister in Hanoi on Tuesday.', '2024-01-30'),
    ).toEqual([{ type: 'CONSULT', source: ['ferdinand-marcos-jr'], target: ['pham-minh-chinh'] }]);
    expect(actorsOf('Tokayev and Mirziyoyev signed a border treaty in Tashkent on Thursday.', '2022-12-22')).toEqual([
      { type: 'AGREE', source: ['kassym-jomart-tokayev', 'shavkat-mirziyoyev'], target: [] },
    ]);
    expect(actorsOf('Stubb met Zelensky in Kyiv on Friday.', '2024-04-05')).toEqual([
      { type: 'CONSULT', source: ['alexander-stubb'], target: ['volodymyr-zelensky'] },
    ]);
    expect(
      actorsOf('The Czech prime minister and the Lithuanian president visited Kyiv on Friday.', '2022-04-08'),
    ).toEqual([{ type: 'CONSULT', source: ['petr-fiala', 'gitanas-nauseda'], target: ['ukr'] }]);
    expect(
      actorsOf("Nigeria's president threatened sanctions against the junta in Niamey on Sunday.", '2023-07-30'),
    ).toContainEqual({ type: 'THREATEN', source: ['bola-tinubu'], target: ['ner'] });
    expect(actorsOf('Boric condemned the election in Venezuela on Monday.', '2024-07-29')).toEqual([
      { type: 'ACCUSE', source: ['gabriel-boric'], target: ['ven'] },
    ]);
    expect(actorsOf('Djukanovic met the Croatian prime minister in Zagreb on Monday.', '2019-11-04')).toEqual([
      { type: 'CONSULT', source: ['milo-djukanovic'], target: ['andrej-plenkovic'] },
    ]);
  });
});

describe('an office on a day the gazetteer knows no holder for', () => {
  it('is the state, as an office of a state with no holders at all is', () => {
    expect(actorsOf("The Irish prime minister met Britain's foreign secretary on Monday.", '2025-06-18')).toEqual([
      { type: 'CONSULT', source: ['irl'], target: ['david-lammy'] },
    ]);
  });

  it('still introduces a person a name follows', () => {
    const found = actorsOf('Tanzanian President Samia Suluhu Hassan met Ruto on Monday.', '2025-06-18');
    expect(found.flatMap((e) => e.source)).not.toContain('tza');
  });
});
