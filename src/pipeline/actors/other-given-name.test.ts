import { describe, expect, it } from 'vitest';
import { findActorMentions } from './find-mentions.ts';
import { tokenize } from '../text/tokens.ts';
import { projectResources } from '../test-support/resources.ts';

const mentioned = (text: string, day = '2025-03-13') =>
  findActorMentions(tokenize(text), projectResources().gazetteer, day, { recent: [] }).map((m) => m.actorId);

describe('a surname given with another given name', () => {
  it('is not the gazetteer person who shares the surname', () => {
    expect(
      mentioned('Carlos Ramiro Martínez said the talks with his neighbours would resume next month.'),
    ).not.toContain('julio-martinez');
    expect(mentioned('On Monday, Melania Trump opened the exhibition.')).not.toContain('donald-trump');
  });

  it('still resolves a surname after a title, an honorific, a common word or the person’s own given name', () => {
    expect(mentioned('Foreign Minister Lavrov flew to Ankara.')).toContain('sergey-lavrov');
    expect(mentioned('Mr Putin flew to Ankara.')).toContain('vladimir-putin');
    expect(mentioned('Yesterday Lavrov flew to Ankara.')).toContain('sergey-lavrov');
    expect(mentioned('Donald Trump flew to Ankara.')).toContain('donald-trump');
    expect(mentioned('Lavrov And Rubio Agree To Restore Embassy Staff')).toEqual(['sergey-lavrov', 'marco-rubio']);
  });

  it('leaves the full name to be read as a person the gazetteer lacks', () => {
    const ids = mentioned('Guatemalan Foreign Minister Carlos Ramiro Martínez met his counterpart in Washington.');
    expect(ids).toContain('carlos-ramiro-martinez');
    expect(ids).not.toContain('julio-martinez');
  });

  it('reads a name after a title and a comma as the person the title describes', () => {
    const ids = mentioned('Guatemala’s foreign minister, Carlos Ramiro Martínez, met his counterpart in Washington.');
    expect(ids[0]).toBe('carlos-ramiro-martinez');
    expect(ids).not.toContain('julio-martinez');
  });
});
