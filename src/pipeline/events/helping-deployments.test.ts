import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// Troops sent to help a party are military aid to it (CAMEO 072, "send &MILITARY"), not a mobilisation against
// it. The sentences are the team's own.
const dyads = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('units sent to help a party', () => {
  it('are AID from the sending state to the party helped', () => {
    expect(dyads('Chad sent hundreds of soldiers to help the Cameroonian army.', 'AID')).toBe('tcd>cmr-military');
    expect(dyads('Chad sent hundreds of soldiers to help the Cameroonian army.', 'MOBILIZE')).toBe('');
    expect(dyads('Burundi has deployed troops to Congo to support the Congolese army.', 'AID')).toBe(
      'bdi>cod-military',
    );
  });

  it('are AID to the state they go to when they help "it" or fight alongside a party', () => {
    expect(dyads('Rwanda sent troops to Mozambique to help it fight insurgents.', 'AID')).toBe('rwa>moz');
    expect(dyads('Iran dispatched troops to fight alongside the Houthis.', 'AID')).toBe('irn>houthis');
  });

  it('are AID to the state they go to when they fight a party of another side there', () => {
    expect(dyads('Belarusian soldiers are being sent to Russia to fight against Ukraine.', 'AID')).toBe('blr>rus');
    expect(dyads('Belarusian soldiers are being sent to Russia to fight against Ukraine.', 'ASSAULT')).toBe(
      'blr-military>ukr',
    );
  });

  it('stay a mobilisation when they go against the state they are sent to', () => {
    expect(dyads('Russia sent more troops to Ukraine to fight Ukrainian forces.', 'AID')).toBe('');
    expect(dyads('Russia sent more troops to Ukraine to fight Ukrainian forces.', 'MOBILIZE')).toBe('rus>ukr');
    expect(dyads('India sent troops to the border with Pakistan on Monday.', 'AID')).toBe('');
    expect(dyads('Greece sent two frigates to protect its islands from Turkish incursions.', 'AID')).toBe('');
    expect(dyads('Poland sent troops to Lithuania to defend it against Russia.', 'AID')).toBe('pol>ltu');
  });
});
