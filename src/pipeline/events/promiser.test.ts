import { describe, expect, it } from 'vitest';
import { projectResources } from '../test-support/resources.ts';
import { findActorMentions } from '../actors/find-mentions.ts';
import { tokenize } from '../text/tokens.ts';
import { findTriggers } from './find-triggers.ts';
import { promiserOf } from './promiser.ts';

// Who commits to what a "that" clause says. Each sentence is the team's own.
function promiserIn(text: string, triggerWord: string): string[] {
  const resources = projectResources();
  const tokens = tokenize(text, 0, text.length);
  const mentions = findActorMentions(tokens, resources.gazetteer, '2025-07-08', { recent: [] });
  const match = findTriggers(tokens, mentions, resources.triggers).find((t) =>
    tokens[t.tokenStart]!.lower.startsWith(triggerWord),
  )!;
  return promiserOf(match, tokens, mentions).map((p) => p.actorId);
}

describe('the one who pledged', () => {
  it('is the subject of "pledged ... that" before the act', () => {
    expect(promiserIn('Donald Tusk pledged on Monday that Poland would send aid to Moldova.', 'send')).toEqual([
      'donald-tusk',
    ]);
  });

  it('is nobody when a verb of saying, not of pledging, frames the act', () => {
    expect(promiserIn('Donald Tusk said on Monday that Poland would send aid to Moldova.', 'send')).toEqual([]);
  });

  it('is nobody when the pledge is in another clause', () => {
    expect(promiserIn('Tusk pledged support; Poland would send aid to Moldova, officials said.', 'send')).toEqual([]);
  });
});
