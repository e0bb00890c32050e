import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// "X said Y had accepted the proposal": who reports the answer to a proposal nobody is named as making is, for
// the text, who made it; a proposal with a named owner, or a party reporting its own answer, gains nothing.
// The sentences are the team's own.
describe('an answer to an unowned proposal is given to the side of the speaker who reports it', () => {
  it.each([
    ["Qatar's prime minister said Hamas had accepted the proposal.", 'AGREE', 'hamas>qat'],
    ['Steve Witkoff told reporters that Moscow had rejected the offer.', 'REJECT', 'rus>usa'],
    ['Sergei Lavrov said Kyiv had turned down the plan.', 'REJECT', 'ukr>rus'],
    ["Ethiopia's foreign minister said Egypt had accepted the latest proposal.", 'AGREE', 'egy>eth'],
  ])('%s', (sentence, type, dyads) => {
    expect(dyadLine(sentence, type)).toBe(dyads);
  });
});

describe('no speaker of another side, or an owner named, leaves the answer as it was', () => {
  it.each([
    ['Hamas said it had accepted the proposal.', 'AGREE', 'hamas>'],
    ['Lavrov said Kyiv had rejected the Turkish proposal.', 'REJECT', 'ukr>tur'],
    ['Serbia accepted the proposal on Friday.', 'AGREE', 'srb>'],
  ])('%s', (sentence, type, dyads) => {
    expect(dyadLine(sentence, type)).toBe(dyads);
  });
});
