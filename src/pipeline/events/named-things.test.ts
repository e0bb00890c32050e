import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const parties = (text: string, published = '2025-06-10') =>
  eventsOf(text, published).flatMap((e) => [...e.source, ...e.target]);

describe('a name the gazetteer lacks that names a ship, a mission or an occasion', () => {
  it('is no party after a noun for a vessel or a mission', () => {
    expect(parties('Somali pirates boarded the tanker Blue Heron on Tuesday.')).not.toContain('unresolved:blue-heron');
    expect(parties('The Houthis attacked the cargo vessel Sea Lantern off Hodeidah.')).not.toContain(
      'unresolved:sea-lantern',
    );
    expect(parties('France deployed its naval mission Calypso to escort merchant ships.')).not.toContain(
      'unresolved:calypso',
    );
  });

  it('is no party before a noun for an occasion, a vessel or a mission', () => {
    expect(parties('Armenia declared a truce for the Harvest Day holiday.')).not.toContain('unresolved:harvest-day');
    expect(parties('Gunmen fired on the Northern Star crew near the strait on Monday.')).not.toContain(
      'unresolved:northern-star',
    );
  });

  it('is no party when it opens with the word for an operation or a ship prefix', () => {
    expect(parties('India launched Operation Iron Gate against militant camps on Wednesday.')).not.toContain(
      'unresolved:operation-iron-gate',
    );
    expect(parties('Missiles were fired at the USS Lake Erie on Sunday.')).not.toContain('unresolved:uss-lake-erie');
  });

  it('keeps an unknown organisation a party', () => {
    expect(parties('The Sable Hill Movement attacked a police post on Monday.')).toContain(
      'unresolved:sable-hill-movement',
    );
  });
});
