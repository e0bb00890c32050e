import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// An act a party goes on with ("kept shelling", "kept up its strikes", "continued their bombardment", "pressed on
// with the offensive") is ongoing, not a single act done on the day of the report. Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');
const modalityOf = (text: string, type: string) =>
  typed(text)
    .filter((e) => e[0] === type)
    .map((e) => e[3]);

describe('an act a party goes on with', () => {
  it('is ongoing after "kept" and an -ing verb', () => {
    expect(modalityOf('Russian forces kept shelling Kharkiv.', 'ASSAULT')).toEqual(['ongoing']);
    expect(modalityOf('Houthi forces kept attacking ships bound for Israel.', 'ASSAULT')).toEqual(['ongoing']);
  });

  it('is ongoing after "kept up", "continued" or "pressed on with" and an act noun', () => {
    expect(modalityOf('Israel kept up its strikes on Gaza despite the talks.', 'ASSAULT')).toEqual(['ongoing']);
    expect(modalityOf('Pakistan kept up pressure on Kabul to act against militants.', 'REQUEST')).toEqual(['ongoing']);
    expect(modalityOf('Sudanese troops continued their bombardment of Nyala.', 'ASSAULT')).toEqual(['ongoing']);
    expect(modalityOf('Serbia continued its talks with Kosovo in Brussels.', 'CONSULT')).toEqual(['ongoing']);
  });

  it('leaves an act that stopped or was done once as it was', () => {
    expect(modalityOf('Russian forces shelled Kharkiv.', 'ASSAULT')).toEqual(['occurred']);
    expect(modalityOf('Israel stopped its strikes on Gaza.', 'ASSAULT')).not.toContain('ongoing');
  });
});
