import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A vow or pledge never to cooperate, meet or give way ("vowed never to recognise Kosovo", "pledged not to
// negotiate with Washington") is a refusal said now (REJECT), as "said it would never" is; the act stays denied
// beside it. A promise not to use force ("promised not to allow attacks") is a commitment, no refusal. Each sentence
// is the team's own.
const rejects = (text: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === 'REJECT')
    .map((e) => `${e.source.join('+')}>${e.target.join('+')} ${e.modality}`);

const agreements = (text: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === 'AGREE')
    .map((e) => `${e.source.join('+')}>${e.target.join('+')} ${e.modality}`);

describe('a vow never to cooperate', () => {
  it('is a refusal made when it is said', () => {
    expect(rejects('Serbia vowed never to recognise Kosovo.')).toEqual(['srb>xkx occurred']);
    expect(rejects('Tehran pledged not to negotiate with Washington.')).toEqual(['irn>usa occurred']);
    expect(rejects('Kyiv vowed never to cede territory to Russia.')).toEqual(['ukr>rus occurred']);
    expect(rejects('Caracas has vowed to never recognise the Guyanese government.')).toEqual(['ven>guy occurred']);
  });

  it('is no agreement of the vow verb alone', () => {
    expect(agreements('Tehran pledged not to negotiate with Washington.')).toEqual([]);
    expect(agreements('The Taliban promised not to allow attacks on Pakistan from Afghan soil.')).toEqual([
      'taliban>pak occurred',
    ]);
  });

  it('is no refusal when the act given up is force', () => {
    expect(rejects('The Taliban promised not to allow attacks on Pakistan from Afghan soil.')).toEqual([]);
    expect(rejects('Armenia and Azerbaijan agreed not to use force against each other.')).toEqual([]);
  });
});
