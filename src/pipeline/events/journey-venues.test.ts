import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Each CONSULT as "source>target".
const consults = (text: string) =>
  eventsOf(text, '2025-07-08')
    .filter((e) => e.type === 'CONSULT')
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`);

describe('a journey whose purpose names a counterpart elsewhere', () => {
  it('does not meet the government of the city where the talks are held', () => {
    expect(consults('Yermak flew to Riyadh on Monday to hold talks with American officials.')).toEqual([
      'andriy-yermak>usa',
    ]);
    expect(consults('Araghchi travelled to Oslo on Friday to hold indirect talks with US envoys.')).toEqual([
      'abbas-araghchi>usa',
    ]);
  });

  it('does not meet the host of talks with a party from elsewhere', () => {
    expect(consults('Pashinyan arrived in Abu Dhabi on Thursday to meet Aliyev.')).toEqual([
      'nikol-pashinyan>ilham-aliyev',
    ]);
  });
});

describe('a journey that stays a visit', () => {
  it('keeps the destination when the purpose names its own side', () => {
    expect(consults('Lammy flew to Kyiv on Monday to sign a security pact with Zelensky.')).toEqual([
      'david-lammy>ukr',
    ]);
  });

  it('keeps the destination of a journey to sign a deal, which its host holds', () => {
    expect(consults('Hun Manet will fly to Kuala Lumpur on Sunday to sign a truce with Anutin.')).toEqual([
      'hun-manet>mys',
    ]);
  });

  it('keeps the destination when the purpose names no counterpart', () => {
    expect(consults('Grossi flew to Tehran on Monday to hold talks.')).toEqual(['rafael-grossi>irn']);
  });
});
