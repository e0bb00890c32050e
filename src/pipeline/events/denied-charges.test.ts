import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "a charge X denied", "an allegation X dismissed", ", which X denied" after an accusation: X rejects the
// charge, and so the one who made it. The sentences are the team's own.
const rejectionOf = (sentence: string) => {
  const reject = eventsOf(sentence, '2025-06-12').find((e) => e.type === 'REJECT');
  expect(reject, 'no REJECT').toBeDefined();
  return { source: reject!.source, target: reject!.target, modality: reject!.modality };
};

describe('the denial of a charge rejects its accuser', () => {
  it.each([
    ['Thailand accused Cambodia of breaking the truce hours after it began, a charge Phnom Penh denied.', 'khm', 'tha'],
    ['Kosovo accused Serbia of backing the gunmen who attacked its police, which Belgrade denied.', 'srb', 'xkx'],
    ['Kinshasa accused Kigali of arming the M23, a charge Rwanda rejects.', 'rwa', 'cod'],
    ['India blamed Pakistan for the Pahalgam attack, an allegation Islamabad dismissed.', 'pak', 'ind'],
  ])('%s', (sentence, denier, accuser) => {
    expect(rejectionOf(sentence)).toEqual({ source: [denier], target: [accuser], modality: 'occurred' });
  });
});
