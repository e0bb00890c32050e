import { describe, expect, it } from 'vitest';
import { type Blocks, forEachCandidate, registerSeed } from './blocks.ts';
import type { ReportProfile } from './report-profile.ts';

const profile = (parties: string[]) =>
  ({ family: 'consult', searched: ['consult'], partyList: parties, window: [100, 100] }) as unknown as ReportProfile;

describe('cluster blocks', () => {
  it('tries at most the 64 latest clusters of a block, so one report never scans thousands', () => {
    const blocks: Blocks = new Map();
    for (let at = 0; at < 5000; at++) registerSeed(blocks, profile(['a']), at);
    const visited: number[] = [];
    forEachCandidate(blocks, profile(['a']), (at) => visited.push(at));
    expect(visited).toHaveLength(64);
    expect(visited.at(-1)).toBe(4999);
  });
});
