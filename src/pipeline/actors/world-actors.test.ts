import { describe, expect, it } from 'vitest';
import { findActorMentions } from './find-mentions.ts';
import { refineMentions } from './refine-mentions.ts';
import { tokenize } from '../text/tokens.ts';
import { projectResources } from '../test-support/resources.ts';

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

  it('reads a capital after "in", "at" or "to" as a place, not a government', () => {
    expect(actorsIn('Talks were held in Islamabad on Monday.')).toEqual([]);
    expect(actorsIn('Rubio flew to Baku.')).toEqual(['marco-rubio']);
  });

  it('keeps curated ids and metonyms', () => {
    expect(actorsIn('The Kremlin and Downing Street and the Elysee replied.')).toEqual(['rus', 'gbr', 'fra']);
  });

  it('never makes an actor of a common word', () => {
    const text =
      'Hope and Justice and Peace and Unity. Action, Change, Progress, Reform and Care. The People will Watch Today.';
    expect(actorsIn(text)).toEqual([]);
  });

  it('knows intergovernmental organisations and armed groups beyond the curated ones', () => {
    expect(
      actorsIn('The IAEA and the Shanghai Cooperation Organization and the Liberation Tigers of Tamil Eelam'),
    ).toEqual([
      'international-atomic-energy-agency',
      'shanghai-cooperation-organization',
      'liberation-tigers-of-tamil-eelam',
    ]);
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

  it('finds bare agents without a state', () => {
    expect(actorsIn('Protesters threw stones at police.')).toEqual(['opposition', 'police']);
  });
});
