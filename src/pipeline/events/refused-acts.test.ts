import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// Refusals: a party's own act it refuses to do did not happen; insisting on talks without mediators rejects
// mediation. Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-03-14');

describe('an act a party refuses to do', () => {
  it('keeps the refused act as denied beside the REJECT', () => {
    const events = typed('Minsk refused to allow OSCE observers into the border zone.');
    expect(events).toContainEqual(['REJECT', ['blr'], ['osce'], 'occurred']);
    expect(events).toContainEqual(['RETREAT', ['blr'], ['osce'], 'denied']);
    expect(typed('The Taliban declined to meet the Pakistani envoy in Kabul.')).toContainEqual([
      'CONSULT',
      ['taliban'],
      ['pak'],
      'denied',
    ]);
  });

  it('leaves what another party demanded the content of the demand', () => {
    const events = typed("Belgrade refused Brussels' demand to recognise Kosovo.");
    expect(events.filter((e) => e[3] === 'denied')).toEqual([]);
  });
});

describe('insisting on talks without mediators', () => {
  it('reads it as a REJECT of mediation', () => {
    expect(typed('Baku insisted on direct negotiations without outside mediation.')).toContainEqual([
      'REJECT',
      ['aze'],
      [],
      'occurred',
    ]);
  });
});
