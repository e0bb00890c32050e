import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// A stated deployment threatens only a side it is aimed at; sent into a state with no sign of hostility it is
// an intent to give military aid or protection (CAMEO 0332/0334, AGREE in the CAMEO-to-PLOVER table). The
// sentences are the team's own.
const dyads = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('a stated deployment into a state with no sign of hostility', () => {
  it('is an AGREE with the host, not a THREATEN, and the deployment stays planned', () => {
    const kenya = 'Kenya decided on Monday to send troops to Haiti for a peacekeeping mission.';
    expect(dyads(kenya, 'THREATEN')).toBe('');
    expect(dyads(kenya, 'MOBILIZE')).toBe('ken>hti');
    const germany = 'Germany said it would deploy a brigade to Lithuania.';
    expect(dyads(germany, 'THREATEN')).toBe('');
    expect(dyads(germany, 'AGREE')).toBe('deu>ltu');
  });

  it('does not take the deployment\'s own purpose ("to fight jihadists") for a conflict with the host', () => {
    const text = 'Chad said it would send a thousand soldiers to Mali to fight jihadists.';
    expect(dyads(text, 'THREATEN')).toBe('');
  });
});

describe('a stated deployment aimed at a party is a THREATEN', () => {
  it('reads a party at whose border, near which or against which the forces go as threatened', () => {
    expect(dyads('Russia will deploy troops to the Finnish border, the Kremlin said.', 'THREATEN')).toBe('rus>fin');
    expect(dyads('China said it would send warships near Taiwan.', 'THREATEN')).toBe('chn>twn');
    expect(dyads('Britain said it would send warships against the Houthis.', 'THREATEN')).toBe('gbr>houthis');
  });

  it('reads the party guarded against as threatened', () => {
    const text = 'Greece will deploy two frigates to protect its islands from Turkish incursions.';
    expect(dyads(text, 'THREATEN')).toBe('grc>tur');
  });

  it('reads a state the article shows the sender attacking as threatened where the troops go', () => {
    const text =
      'Armenian forces shelled Azerbaijani posts on Sunday. Yerevan said it would send more troops to Azerbaijan.';
    expect(dyads(text, 'THREATEN')).toBe('arm>aze');
  });
});

describe('a ship sent or deployed', () => {
  it('is a deployment like troops, whatever words name the ship', () => {
    expect(dyads('Japan said it would send a navy patrol ship to the Philippines.', 'MOBILIZE')).toBe('jpn>phl');
    expect(dyads('Australia deployed two coast guard vessels to Papua New Guinea on Monday.', 'MOBILIZE')).toBe(
      'aus>png',
    );
  });
});
