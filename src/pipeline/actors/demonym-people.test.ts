import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

const DAY = '2025-07-07'; // a Monday

describe("a plural demonym ('Ukrainians', 'dozens of Afghans') as the people of a state", () => {
  it("is the state's civilians when counted", () => {
    expect(dyadLine('Russian drones killed nine Ukrainians in Odesa on Tuesday.', 'ASSAULT', DAY)).toBe(
      'rus>ukr-civilians',
    );
    expect(dyadLine('Israeli drones wounded dozens of Lebanese in Tyre on Monday.', 'ASSAULT', DAY)).toMatch(
      />lbn-civilians$/,
    );
    expect(dyadLine('Chinese coast guard ships rammed a boat carrying 21 Filipinos on Monday.', 'ASSAULT', DAY)).toBe(
      'chn>phl-civilians',
    );
    expect(dyadLine('Indian troops shot dead two Pakistanis at the border on Tuesday.', 'ASSAULT', DAY)).toBe(
      'ind-military>pak-civilians',
    );
    // Held, freed or arrested, a state's people stand for their state (`events/held-people.ts`).
    expect(dyadLine('Hamas freed two Americans on Monday.', 'RETREAT', DAY)).toBe('hamas>usa');
  });

  it('reads a demonym in -ese counted with no noun after it as the people too', () => {
    expect(dyadLine('RSF fighters killed 30 Sudanese near El Geneina on Sunday.', 'ASSAULT', DAY)).toBe(
      'rsf>sdn-civilians',
    );
    expect(dyadLine('M23 shelling killed dozens of Congolese near Goma on Friday.', 'ASSAULT', DAY)).toMatch(
      />cod-civilians$/,
    );
  });

  it('keeps a demonym before a noun as before', () => {
    expect(dyadLine('RSF fighters killed 30 Sudanese soldiers near El Geneina on Sunday.', 'ASSAULT', DAY)).toBe(
      'rsf>sdn-military',
    );
  });

  it('reads an uncounted plural demonym as the nation, its state', () => {
    expect(dyadLine('Witkoff said the Iranians had rejected the offer on Monday.', 'REJECT', DAY)).toMatch(/^irn>/);
    expect(dyadLine('Seoul lifted a ban on trade with Russians on Thursday.', 'RETREAT', DAY)).toBe('kor>rus');
  });

  it('reads no state in kin of a nation living elsewhere', () => {
    expect(dyadLine('Georgian police beat ethnic Armenians in Javakheti on Sunday.', 'ASSAULT', DAY)).not.toMatch(
      />arm/,
    );
    expect(dyadLine('Militias attacked Hungarians in Transcarpathia on Friday.', 'ASSAULT', DAY)).not.toMatch(/>hun/);
  });
});
