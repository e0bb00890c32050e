import { describe, expect, it } from 'vitest';
import { clustered, partiesOf, report } from './test-events.ts';

const parties = partiesOf({ tusk: 'pol', lukashenko: 'blr' }, ['tusk', 'lukashenko']);
const undated = { date: '2025-07-08', datePrecision: 'unknown' as const };

describe("a state's measures against another, coded as a sanction by one outlet and as coercion by another", () => {
  it('joins "closed its border with" and "expelled the diplomats of" on the same day', () => {
    const border = report({ type: 'COERCE', source: ['pol'], target: ['blr'] });
    const diplomats = report({ type: 'SANCTION', source: ['tusk'], target: ['blr'], ...undated });
    expect(clustered([border, diplomats], parties)).toEqual([[border.id, diplomats.id]]);
  });

  it("keeps apart the other side's measures and an attack on that day", () => {
    const measures = report({ type: 'SANCTION', source: ['pol'], target: ['blr'] });
    const answer = report({ type: 'COERCE', source: ['blr'], target: ['pol'] });
    const strike = report({ type: 'ASSAULT', source: ['pol'], target: ['blr'], ...undated });
    expect(clustered([measures, answer, strike], parties)).toHaveLength(3);
  });

  it('keeps measures of different weeks apart', () => {
    const first = report({ type: 'SANCTION', source: ['pol'], target: ['blr'] });
    const later = report({ type: 'COERCE', source: ['pol'], target: ['blr'], date: '2025-07-21' });
    expect(clustered([first, later], parties)).toHaveLength(2);
  });
});
