import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The signing of an agreement told as a noun ("the signing of the peace treaty") is the AGREE of its signatories:
// the subject of the verb that governs it ("A and B postponed the signing of ..."), the parties after "between",
// or the parties joined by a hyphen before the agreement's noun ("the signing of the Armenian-Azerbaijani treaty");
// the verb after it gives its modality ("was postponed" denied, "took place" occurred). Each sentence is the team's
// own.
const agreements = (text: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === 'AGREE')
    .map((e) => `${[...e.source, ...e.target].sort().join('+')} ${e.modality}`);

describe('the signing of an agreement told as a noun', () => {
  it('is made by the parties joined by a hyphen before the agreement', () => {
    expect(agreements('The signing of the Armenian-Azerbaijani peace treaty was postponed on Monday.')).toEqual([
      'arm+aze denied',
    ]);
    expect(agreements('The signing of the Rwanda-Congo accord has been delayed again.')).toEqual(['cod+rwa denied']);
    expect(agreements('The signing of the Thai-Cambodian ceasefire took place in Kuala Lumpur on Sunday.')).toEqual([
      'khm+tha occurred',
    ]);
  });

  it('is made by the subject of the verb governing it, or the parties after "between"', () => {
    expect(agreements('Armenia and Azerbaijan postponed the signing of the peace treaty.')).toEqual(['arm+aze denied']);
    expect(agreements('The signing of the peace deal between Rwanda and Congo took place in Washington.')).toEqual([
      'cod+rwa occurred',
    ]);
  });

  it('is the pair’s when another party hosts the signing, and the host meets them', () => {
    expect(agreements('Malaysia hosted the signing of the Thai-Cambodian declaration on Sunday.')).toEqual([
      'khm+tha occurred',
    ]);
    const hosted = eventsOf('Qatar hosted the signing of the Rwanda-Congo accord in Doha.', '2025-06-13').filter(
      (e) => e.type === 'CONSULT',
    );
    expect(hosted.map((e) => `${[...e.source].sort().join('+')}>${e.target.join('+')}`)).toEqual(['cod+rwa>qat']);
  });

  it('is still a signing when the verb reads it', () => {
    expect(agreements('Armenia and Azerbaijan signed the peace treaty on Friday.')).toEqual(['arm+aze occurred']);
  });
});
