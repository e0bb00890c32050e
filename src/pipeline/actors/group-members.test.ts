import { describe, expect, it } from 'vitest';
import { findActorMentions } from './find-mentions.ts';
import { tokenize } from '../text/tokens.ts';
import { projectResources } from '../test-support/resources.ts';

/** Each mention as `actorId:"the words that named it"`. */
const spans = (text: string, day = '2025-03-01') =>
  findActorMentions(tokenize(text), projectResources().gazetteer, day, { recent: [] }).map(
    (m) => `${m.actorId}:"${text.slice(m.start, m.end)}"`,
  );

describe('an armed group named with a noun for its fighters', () => {
  it('is the group, named by the whole phrase', () => {
    expect(spans('Houthi gunmen seized a cargo ship.')).toEqual(['houthis:"Houthi gunmen"']);
    expect(spans('RSF fighters shelled the market on Sunday.')).toEqual(['rsf:"RSF fighters"']);
    expect(spans('Taliban fighters entered the town.')).toEqual(['taliban:"Taliban fighters"']);
    expect(spans('Hezbollah militants fired rockets.')).toEqual(['hezbollah:"Hezbollah militants"']);
  });

  it('leaves other nouns after the group alone', () => {
    expect(spans('Houthi missiles struck a tanker.')).toEqual(['houthis:"Houthi"']);
    // Officials are no fighters, but the group acting through them (`body-agents.ts`): one mention of both words.
    expect(spans('Hamas officials met on Monday.')).toEqual(['hamas:"Hamas officials"']);
  });
});
