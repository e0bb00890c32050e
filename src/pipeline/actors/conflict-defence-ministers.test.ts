import { describe, expect, it } from 'vitest';
import { findActorMentions } from './find-mentions.ts';
import { refineMentions } from './refine-mentions.ts';
import { tokenize } from '../text/tokens.ts';
import { projectResources } from '../test-support/resources.ts';

// The defence and foreign ministers of the parties to the Congo, Tigray and Afghan wars that leaders.json lacked:
// a title resolves to whoever held the office on the article's date.
const actorsIn = (text: string, day: string) => {
  const gazetteer = projectResources().gazetteer;
  const tokens = tokenize(text);
  return refineMentions(findActorMentions(tokens, gazetteer, day, { recent: [] }), tokens, gazetteer).map(
    (m) => m.actorId,
  );
};

describe("the conflict parties' defence ministers, by date", () => {
  it("resolves Congo's defence minister across its governments", () => {
    const text = "Congo's defence minister visited Goma.";
    expect(actorsIn(text, '2018-05-01')).toEqual(['crispin-atama-tabe']);
    expect(actorsIn(text, '2022-06-01')).toEqual(['gilbert-kabanda-kurhenga']);
    expect(actorsIn(text, '2023-11-01')).toEqual(['jean-pierre-bemba']);
    expect(actorsIn("Congo's foreign minister visited Goma.", '2015-05-01')).toEqual(['raymond-tshibanda']);
  });

  it("resolves Ethiopia's and Afghanistan's defence ministers", () => {
    expect(actorsIn("Ethiopia's defence minister visited Mekelle.", '2020-11-10')).toEqual(['kenea-yadeta']);
    expect(actorsIn("Ethiopia's defence minister visited Mekelle.", '2019-10-01')).toEqual(['lemma-megersa']);
    expect(actorsIn('The Afghan defence minister visited Kandahar.', '2016-12-01')).toEqual(['abdullah-habibi']);
  });

  it('names no one in a gap the file does not cover', () => {
    expect(actorsIn("Ethiopia's defence minister visited Mekelle.", '2015-06-01')).not.toContain('kenea-yadeta');
  });
});
