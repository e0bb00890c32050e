import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// Units deployed in the passive, with no agent: their own side deploys them. The sentences are the team's own.
const dyads = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('armed units deployed in the passive', () => {
  it('are a MOBILIZE by the units, aimed at the state named where they go', () => {
    expect(dyads('Thousands of Ethiopian troops were deployed to Somalia last month.', 'MOBILIZE')).toBe(
      'eth-military>som',
    );
    expect(dyads('Hundreds of Rwandan soldiers were sent into eastern Congo in January.', 'MOBILIZE')).toBe(
      'rwa-military>cod',
    );
  });

  it('keep the units as the actor of the purpose that follows', () => {
    const text = 'More Iranian troops are being sent to Syria to fight the rebels, Israeli officials said.';
    expect(dyads(text, 'ASSAULT')).toBe('irn-military>syr-rebels');
    // Sent to fight a party of another side there, they are aid to the state they go to (`helping-deployments.ts`).
    expect(dyads(text, 'AID')).toBe('irn>syr');
  });

  it('are aid when they are peacekeepers', () => {
    expect(dyads('UN peacekeepers were deployed to South Sudan on Monday.', 'AID')).toBe('un>ssd');
  });

  it('leave a deployment by a named state as it was', () => {
    expect(dyads('Turkey deployed troops to Libya in January.', 'MOBILIZE')).toBe('tur>lby');
  });
});

describe('forces put on alert in the passive', () => {
  it('are a MOBILIZE by the forces themselves', () => {
    expect(dyads('The Armenian army was put on high alert on Sunday.', 'MOBILIZE')).toBe('arm-military>');
    expect(dyads("Nigeria's police were placed on alert ahead of the vote.", 'MOBILIZE')).toBe('nga-police>');
  });
});
