import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// "Officials in Kinshasa", "authorities in Tehran", and "the government" or "the authorities" of a story about one
// state: a government named without its state is the state the text places it in.
describe('officials and authorities named without their state', () => {
  it('are the state of the seat, state or place named after "in"', () => {
    expect(dyadLine('Officials in Kinshasa accused Rwanda of arming the rebels.', 'ACCUSE')).toBe('cod>rwa');
    expect(dyadLine('Authorities in Tehran arrested two French citizens on Monday.', 'COERCE')).toBe('irn>fra');
    expect(dyadLine('Local officials in Kharkiv accused Moscow of striking a hospital.', 'ACCUSE')).toBe('ukr>rus');
  });

  it('are the one state the article named, when the sentence does not name it again', () => {
    expect(
      dyadLine(
        "Georgia's parliament passed the foreign agents law on Monday. The authorities arrested dozens of students.",
        'COERCE',
      ),
    ).toMatch(/^geo>/);
    expect(
      dyadLine('Serbia recalled its envoy on Monday. The government also expelled two Croatian diplomats.', 'SANCTION'),
    ).toMatch(/ srb>hrv$/);
  });

  it("stay no one's when the article named several states, or the sentence names the state again", () => {
    expect(
      dyadLine('Russia launched 200 drones overnight. Officials accused Moscow of targeting power plants.', 'ACCUSE'),
    ).toBe('');
    expect(
      dyadLine('Thailand and Cambodia traded fire on Monday. Officials accused the other side of shelling.', 'ACCUSE'),
    ).toBe('');
  });
});
