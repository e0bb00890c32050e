import { describe, expect, it } from 'vitest';
import { clustered, partiesOf, report } from './test-events.ts';

const parties = partiesOf({ 'eri-military': 'eri', 'eth-military': 'eth' });
const undated = { date: '2025-07-08', datePrecision: 'unknown' as const };

describe('an attack whose report names only who was hit', () => {
  it('joins the attack on that party, not the attack that party made the same day', () => {
    const onEthiopia = report({ type: 'ASSAULT', source: ['eri-military'], target: ['eth'] });
    const onEritrea = report({ type: 'ASSAULT', source: ['eth'], target: ['eri'] });
    const hit = report({ type: 'ASSAULT', source: [], target: ['eth-military'], ...undated });
    const result = clustered([onEthiopia, onEritrea, hit], parties);
    expect(result).toContainEqual([onEthiopia.id, hit.id]);
    expect(result).toContainEqual([onEritrea.id]);
  });

  it('still joins an attack whose report names only the attacker', () => {
    const named = report({ type: 'ASSAULT', source: ['eri'], target: ['eth'] });
    const attacker = report({ type: 'ASSAULT', source: ['eri-military'], target: [], ...undated });
    expect(clustered([named, attacker], parties)).toEqual([[named.id, attacker.id]]);
  });
});
