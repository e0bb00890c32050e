import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A yes-no question tells no act: what it asks about is hypothetical, whatever its tense; a question opened by a
// question word presupposes its act. Each sentence is the team's own.
const modalityOf = (text: string, type: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === type)
    .map((e) => e.modality);

describe('an act asked about', () => {
  it('is hypothetical in a yes-no question', () => {
    expect(modalityOf('Will Ruto meet Museveni in Kampala?', 'CONSULT')).toEqual(['hypothetical']);
    expect(modalityOf('Could Azerbaijan attack Armenia again?', 'ASSAULT')).toEqual(['hypothetical']);
    expect(modalityOf('Did Kigali arm the M23 rebels?', 'AID')).toEqual(['hypothetical']);
  });

  it('keeps the tense of a statement', () => {
    expect(modalityOf('Ruto will meet Museveni in Kampala.', 'CONSULT')).toEqual(['planned']);
  });
});
