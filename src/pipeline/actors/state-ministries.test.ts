import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// Phoenix lists a state's ministries by a stem ("DEFENCE_MINIST"), which stands for "ministry", "ministries",
// "minister" and "ministers" (`parse-phoenix-agents.ts`); a ministry after a demonym or a state's name is its state.
describe("a state's ministry, department or treasury is the state", () => {
  it('reads a ministry named by its portfolio after a state', () => {
    expect(
      dyadLine("Armenia's Defence Ministry said Azerbaijani troops shelled a village near Jermuk.", 'ASSAULT'),
    ).toBe('aze-military>arm');
    expect(
      dyadLine('The Japanese Trade Ministry imposed export controls on two Chinese chip makers.', 'SANCTION'),
    ).toBe('jpn>chn');
    expect(dyadLine("Ethiopia's Finance Ministry rejected the IMF's conditions on Tuesday.", 'REJECT')).toBe('eth>imf');
    expect(dyadLine('The Indian External Affairs Ministry summoned the Nepalese ambassador.', 'ACCUSE')).toBe(
      'ind>npl',
    );
  });

  it("reads a state's treasury as the state", () => {
    expect(dyadLine('The US Treasury sanctioned four Sudanese gold traders on Friday.', 'SANCTION')).toBe('usa>sdn');
    expect(dyadLine("Britain's Treasury froze the assets of three Belarusian banks.", 'SANCTION')).toBe('gbr>blr');
  });

  it("reads the EU's council as the EU", () => {
    expect(dyadLine('The EU Council imposed sanctions on six Iranian officials on Monday.', 'SANCTION')).toBe('eu>irn');
    expect(dyadLine('The Council of the EU sanctioned two Malian generals.', 'SANCTION')).toBe('eu>mli-military');
  });

  it('keeps a minister with a name a person', () => {
    expect(dyadLine('Chinese Commerce Minister Wang Wentao met Katherine Tai in Washington.', 'CONSULT')).toMatch(
      /^wang-wentao>/,
    );
  });
});
