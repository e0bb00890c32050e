import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

const sanctions = (text: string) =>
  typedEvents(text)
    .filter(([type]) => type === 'SANCTION')
    .map(([, source, target, modality]) => `${source.join('+')}>${target.join('+')} ${modality}`);

// "The EU's new package targets Russian banks": what a sanctions package or measures target is the sanction, by
// the package's owner on the party of each target, taken when the report tells it in the present.
describe('a sanctions package or measures that target a party', () => {
  it("is the owner's sanction on the party, taken", () => {
    expect(sanctions("Britain's latest package targets three Iranian shipping firms.")).toEqual(['gbr>irn occurred']);
    expect(sanctions("Canada's new sanctions target Haitian gang leaders and two Haitian former senators.")).toEqual([
      'can>hti-criminals occurred',
      'can>hti occurred',
    ]);
    expect(sanctions("The UK's twelfth package targets Iranian drone makers and dozens of Russian vessels.")).toEqual([
      'gbr>irn occurred',
      'gbr>rus occurred',
    ]);
    expect(sanctions("The EU's fourth package targets Belarusian potash and Russian steel.")).toEqual([
      'eu>blr occurred',
      'eu>rus occurred',
    ]);
  });

  it('keeps the past and the participle as they read', () => {
    expect(sanctions("Tokyo's measures targeting North Korean shipping firms took effect on Monday.")).toEqual([
      'jpn>prk occurred',
    ]);
  });

  it('is no sanction when strikes or missiles target a party', () => {
    expect(sanctions('Russian missiles targeted Ukrainian power plants overnight.')).toEqual([]);
  });
});
