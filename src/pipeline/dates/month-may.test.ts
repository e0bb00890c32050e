import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The month May is no modal: "since May 10", "in May", "in mid-May" leave an act as it is told. Published on
// Wednesday 2025-06-18. The sentences are the team's own.
const PUBLISHED = '2025-06-18';
const modalities = (text: string, type: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => e.modality);

describe('the month May', () => {
  it('makes no act hypothetical', () => {
    expect(modalities('Since May, Israel has struck Iranian targets.', 'ASSAULT')).toEqual(['ongoing']);
    expect(modalities('Talks between Iran and the United States stalled in May.', 'CONSULT')).toEqual(['occurred']);
    expect(modalities('Russia and Ukraine swapped prisoners in mid-May.', 'RETREAT')).toEqual(['occurred']);
    expect(modalities('Armenia and Azerbaijan held talks on 12 May in Abu Dhabi.', 'CONSULT')).toEqual(['occurred']);
  });

  it('leaves the modal "may" hypothetical', () => {
    expect(modalities('Pakistan and India may agree to talks.', 'AGREE')).toEqual(['hypothetical']);
    expect(modalities('Serbia said Kosovo may hold talks with Belgrade in June.', 'CONSULT')).toEqual(['hypothetical']);
  });
});
