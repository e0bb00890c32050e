import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-events.ts';
import { eventsOf, projectResources } from '../test-support/resources.ts';

// Names joined by commas alone are an appositive or an opener, not a list of parties; the sentences are the team's own.
const PUBLISHED = '2025-03-04';
const sources = (text: string, type: string) =>
  [
    ...new Set(
      eventsOf(text, PUBLISHED)
        .filter((e) => e.type === type)
        .flatMap((e) => e.source),
    ),
  ].sort();

describe('names joined only by commas', () => {
  it('does not make the speaker of a statement a party of the group that issued it', () => {
    const text =
      'In a letter signed by its spokesman, Tomas Verhulst, the Karen National Union said it would halt attacks on Myanmar army posts.';
    for (const type of ['RETREAT', 'AGREE'])
      expect(sources(text, type).some((id) => id.includes('verhulst'))).toBe(false);
  });

  it('still reads a list of three parties with a final "and"', () => {
    expect(
      sources('Egypt, Jordan and Qatar condemned the strike on Sunday.', 'ACCUSE').filter((id) =>
        ['egy', 'jor', 'qat'].includes(id),
      ),
    ).toEqual(['egy', 'jor', 'qat']);
  });

  it('still reads a headline pair joined by a comma', () => {
    const text = 'Rubio, Lavrov Agree To Restore Embassy Staff\n\nThe two met in Riyadh on Tuesday.';
    const agree = eventsOf(text, PUBLISHED).filter((e) => e.type === 'AGREE');
    expect([...new Set(agree.flatMap((e) => [...e.source, ...e.target]))].sort()).toEqual([
      'marco-rubio',
      'sergey-lavrov',
    ]);
  });
});

describe('names of actors the gazetteer lacks', () => {
  it('records the name of an unknown actor reached only through a pronoun', () => {
    const text = 'The Sable Hill Movement said it would release two hostages on Friday.';
    const out = extractArticle({ id: 't', text, published: PUBLISHED }, projectResources());
    const ids = new Set(
      out.events.flatMap((e) => [...e.source, ...e.target]).filter((id) => id.startsWith('unresolved:')),
    );
    expect(ids.size).toBeGreaterThan(0);
    for (const id of ids) expect(out.unresolved.get(id)).toBeDefined();
  });
});

describe('an appositive description after a name', () => {
  // The description introduces the person (a portfolio and a title), who is the party under their own name.
  it('keeps the named person as the party, not only the state of the description', () => {
    const consult = eventsOf(
      'Jamal Haidari, the US commerce secretary, joined the talks with Indian officials in Delhi on Monday.',
      PUBLISHED,
    ).filter((e) => e.type === 'CONSULT');
    expect(consult.flatMap((e) => [...e.source, ...e.target])).toContain('jamal-haidari');
  });
});
