import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A sum of money between a verb and its object is one word to a pattern's filler. The team's own sentences.
const typed = (text: string) => eventsOf(text).map((e) => [e.type, e.source, e.target]);

describe('sums of money inside a trigger phrase', () => {
  it('reads a pledge of a sum in aid as the pledge of aid', () => {
    expect(typed('Japan pledged $500 million in aid to Ukraine.')).toContainEqual(['AGREE', ['jpn'], ['ukr']]);
    expect(typed('The EU pledged €1.5 billion in reconstruction aid to Syria.')).toContainEqual([
      'AGREE',
      ['eu'],
      ['syr'],
    ]);
    expect(typed('Qatar offered $20m in emergency funding to Sudan.')).toContainEqual(['AGREE', ['qat'], ['sdn']]);
  });

  it('reads an approved or announced sum as aid', () => {
    expect(typed('The World Bank approved a $300 million loan to Pakistan.')).toContainEqual([
      'AID',
      ['world-bank'],
      ['pak'],
    ]);
    expect(typed('Saudi Arabia announced $100 million in humanitarian aid for Yemen.')).toContainEqual([
      'AID',
      ['sau'],
      ['yem'],
    ]);
  });
});
