import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// An act on one's own embassy, consulate or mission told with where it sits is aimed at the state it sits in. The
// sentences are the team's own.
const of = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('a mission named with the place it sits in', () => {
  it('makes the place’s state the target of closing, reopening or upgrading the mission', () => {
    expect(of('Italy closed its embassy in Kyiv on Thursday.', 'SANCTION')).toBe('ita>ukr');
    expect(of('Saudi Arabia reopened its embassy in Damascus.', 'SUPPORT')).toBe('sau>syr');
    expect(of('India said it would upgrade its mission in Kabul.', 'COOPERATE')).toBe('ind>afg');
    expect(of('Hungary recalled its ambassador in Kyiv for consultations.', 'SANCTION')).toBe('hun>ukr');
  });

  it("never makes the actor's own state its target, nor a meeting's venue its host", () => {
    expect(of('Armenia and Azerbaijan held talks between their envoys in Abu Dhabi.', 'CONSULT')).toBe('arm+aze>');
    expect(of('Israel closed its embassy in Jerusalem to visitors.', 'SANCTION')).toBe('isr>');
  });
});
