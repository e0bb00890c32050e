import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// Captives handed over are released to their own state (PLOVER RETREAT, release), as captives "handed back" or
// "freed" are, whatever the noun news gives them and with their demonym between.
describe('captives handed over', () => {
  it("are released to the captives' state", () => {
    expect(dyadLine('Iran handed over two detained British sailors to the UK ambassador.', 'RETREAT')).toBe('irn>gbr');
    expect(dyadLine('Azerbaijan handed over four Armenian servicemen at the border on Monday.', 'RETREAT')).toBe(
      'aze>arm',
    );
    expect(dyadLine('Russia handed over 150 Ukrainian prisoners of war on Friday.', 'RETREAT')).toBe('rus>ukr');
  });

  it('are released whatever their noun', () => {
    expect(dyadLine('The Houthis handed over the detained sailors to Oman on Tuesday.', 'RETREAT')).toMatch(
      /^houthis>/,
    );
  });

  it('is no release when power or territory is handed over', () => {
    expect(dyadLine('The junta handed over power to a civilian Malian government.', 'RETREAT')).toBe('');
    expect(dyadLine("Burkina Faso's junta handed over the airbase to Russian forces.", 'RETREAT')).toBe('');
  });
});
