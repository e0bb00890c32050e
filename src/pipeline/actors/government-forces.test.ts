import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// "Government forces", "regime troops", "junta aircraft": a civil war's government side named by its kind, after
// the story named the state. And a state's rebels or opposition stand apart from its government, so the one
// can act on the other. Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-04-14');

describe('government forces named by their kind', () => {
  it('are the military of the state the article named', () => {
    const events = typed(
      "Ethiopia's government rejected the talks on Monday. Government forces shelled rebel positions in Amhara on Tuesday.",
    );
    expect(events.some(([type, source]) => type === 'ASSAULT' && source.includes('eth-military'))).toBe(true);
  });

  it('are the military of the government the article called a junta', () => {
    const events = typed("Burkina Faso's junta expelled a French envoy. Junta drones struck a market on Sunday.");
    expect(events.some(([type, source]) => type === 'ASSAULT' && source.includes('bfa-military'))).toBe(true);
  });

  it('name no one when the article named no state', () => {
    expect(typed('Regime forces shelled the town on Monday.').some(([, source]) => source.length > 0)).toBe(false);
  });

  it("can be attacked by the same state's rebels", () => {
    const events = typed(
      'Sudan said on Monday it would not negotiate. The rebels ambushed government troops on Sunday.',
    );
    expect(events).toContainEqual(['ASSAULT', ['sdn-rebels'], ['sdn-military'], 'occurred']);
  });
});
