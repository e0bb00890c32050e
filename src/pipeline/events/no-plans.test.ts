import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "has no plans to meet", "had no intention of attacking": an act someone says they do not mean to do is denied,
// not planned; "no reason to meet", "no need to talk" doubts it (hypothetical). Each sentence is the team's own.
const PUBLISHED = '2025-06-13';
const modalities = (text: string, type: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => e.modality);

describe('no plan or intention to act', () => {
  it('denies the act', () => {
    expect(modalities('Erdogan has no plans to meet Assad.', 'CONSULT')).toEqual(['denied']);
    expect(modalities('Beijing said it had no intention of attacking Taiwan.', 'ASSAULT')).toEqual(['denied']);
    expect(modalities('Addis Ababa has no immediate plans to send troops to Somalia.', 'MOBILIZE')).not.toContain(
      'planned',
    );
  });

  it('leaves no reason or need to act a doubt', () => {
    expect(modalities('Islamabad sees no reason to meet Kabul.', 'CONSULT')).toEqual(['hypothetical']);
  });

  it('keeps a plan that is not negated', () => {
    expect(modalities('Erdogan plans to meet Assad next week.', 'CONSULT')).toEqual(['planned']);
  });
});
