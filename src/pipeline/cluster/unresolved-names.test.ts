import { describe, expect, it } from 'vitest';
import { clustered, partiesOf, report } from './test-events.ts';

const parties = partiesOf({ ruto: 'ken', museveni: 'uga', hassan: 'tza' }, ['ruto', 'museveni', 'hassan']);
const stranger = 'unresolved:amani-kessy';
const undated = { date: '2025-07-08', datePrecision: 'unknown' as const };

describe('a name the gazetteer does not know is set aside when parties are compared', () => {
  it("joins the leader's meeting with an unknown visitor to the one state-level report of a meeting that day", () => {
    const named = report({ source: ['ruto'], target: [stranger] });
    const states = report({ source: ['ken', 'tza'], ...undated });
    expect(clustered([named, states], parties)).toEqual([[named.id, states.id]]);
  });

  it('stays alone when two meetings of the same state that day fit it equally', () => {
    const named = report({ source: ['ruto'], target: [stranger] });
    const first = report({ source: ['ken', 'tza'], ...undated });
    const second = report({ source: ['ken', 'uga'], ...undated });
    expect(clustered([named, first, second], parties)).toHaveLength(3);
  });

  it('joins two undated reports naming the same unknown person and the same state: that name is shared', () => {
    const first = report({ type: 'REQUEST', source: [stranger], target: ['tza'], ...undated });
    const second = report({ type: 'REQUEST', source: [stranger], target: ['tza'], ...undated, location: 'Dodoma' });
    expect(clustered([first, second], parties)).toEqual([[first.id, second.id]]);
  });

  it('never takes the unknown name for a person the gazetteer knows: that person would have been named', () => {
    const named = report({ source: ['ruto'], target: [stranger] });
    const known = report({ source: ['ruto'], target: ['museveni'] });
    expect(clustered([named, known], parties)).toHaveLength(2);
  });
});
