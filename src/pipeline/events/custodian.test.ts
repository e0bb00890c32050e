import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const PUBLISHED = '2025-07-08'; // a Tuesday
const assaults = (text: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === 'ASSAULT');

describe('harm done in custody', () => {
  it('makes the custodian named before "custody" the author', () => {
    const found = assaults('A student died after being tortured in Ugandan police custody, his family said.');
    expect(found.map((e) => e.source)).toEqual([['uga-police']]);
  });

  it('makes the custodian named after "custody of" the author', () => {
    const found = assaults('An opposition leader was tortured while in the custody of the Egyptian army.');
    expect(found.map((e) => e.source)).toEqual([['egy-military']]);
  });

  it('keeps a named author over the custodian', () => {
    const found = assaults('Ugandan soldiers tortured a student held in Kenyan police custody.');
    expect(found.map((e) => e.source)).toEqual([['uga-military']]);
  });
});
