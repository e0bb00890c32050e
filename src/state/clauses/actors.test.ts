import { describe, expect, it } from 'vitest';
import { buildBundleIndex } from '../../selectors/bundle-index.ts';
import { passingEvents, selectEventMask } from '../../selectors/filter-events.ts';
import { fixtureBundle } from '../../selectors/test-fixture.ts';
import {
  actorChips,
  compileActorClause,
  matchOptions,
  readActorClause,
  withActorMatch,
  writeActorClause,
} from './actors.ts';
import { EMPTY_FILTERS } from '../filters.ts';
import { fromQueryString, toQueryString } from '../url-state.ts';

const index = buildBundleIndex(fixtureBundle());
const ids = (actors: string[], actorMatch: 'any' | 'all' | 'directed') =>
  [...passingEvents(selectEventMask(index, { ...EMPTY_FILTERS, actors, actorMatch }))].map((i) => index.eventIds[i]!);
const name = (id: string) => ({ trump: 'Donald Trump', netanyahu: 'Benjamin Netanyahu', vance: 'JD Vance' })[id] ?? id;

describe('actor clause: which events pass', () => {
  it('"involving any of" keeps events naming any chosen actor (the old behaviour)', () => {
    expect(ids(['trump', 'netanyahu'], 'any')).toEqual(['a1#e1', 'a2#e1', 'a3#e1', 'a1#e2', 'a2#e2']);
  });

  it('"between all of" keeps events naming every chosen actor, as source or target, either direction', () => {
    // a1#e2 is Netanyahu and Vance: it names only one of the two.
    expect(ids(['trump', 'netanyahu'], 'all')).toEqual(['a1#e1', 'a2#e1', 'a3#e1', 'a2#e2']);
    expect(ids(['trump', 'netanyahu', 'vance'], 'all')).toEqual([]);
    expect(ids(['netanyahu'], 'all')).toEqual(ids(['netanyahu'], 'any'));
  });

  it('"A acts on B" keeps events with A among the sources and B among the targets', () => {
    // a1#e1 has both as sources and no target; a2#e1 runs the other way.
    expect(ids(['trump', 'netanyahu'], 'directed')).toEqual(['a3#e1', 'a2#e2']);
    expect(ids(['netanyahu', 'trump'], 'directed')).toEqual(['a2#e1']);
  });

  it('"A acts on B" finds B among the targets when B is also a source', () => {
    const bundle = fixtureBundle();
    // Both meet and Netanyahu is also met: the index lists him once, among the sources.
    bundle.events[0] = { ...bundle.events[0]!, source: ['trump', 'netanyahu'], target: ['netanyahu'] };
    const actingOn = compileActorClause(buildBundleIndex(bundle), {
      actors: ['trump', 'netanyahu'],
      actorMatch: 'directed',
    })!;
    expect(actingOn(0)).toBe(true);
    const reversed = compileActorClause(buildBundleIndex(bundle), {
      actors: ['netanyahu', 'trump'],
      actorMatch: 'directed',
    })!;
    expect(reversed(0)).toBe(false);
  });

  it('an actor the bundle does not know matches nothing under "between all of"', () => {
    expect(ids(['trump', 'nobody'], 'all')).toEqual([]);
    expect(ids(['trump', 'nobody'], 'any')).toEqual(['a1#e1', 'a2#e1', 'a3#e1', 'a2#e2']);
  });

  it('a state and its leader are different actors (no expansion)', () => {
    expect(ids(['trump', 'iran'], 'all')).toEqual([]);
  });
});

describe('actor clause: URL', () => {
  it('round-trips the match mode and the order of a directed pair', () => {
    for (const actorMatch of ['all', 'directed'] as const) {
      const state = {
        filters: { ...EMPTY_FILTERS, actors: ['netanyahu', 'trump'], actorMatch },
        selection: null,
        lanes: 'type' as const,
        collapsePeople: false,
        asOf: null,
        comparisonTab: 'coverage' as const,
        timelineWindow: null,
      };
      expect(toQueryString(state)).toContain(`match=${actorMatch}`);
      expect(fromQueryString(toQueryString(state))).toEqual(state);
    }
  });

  it('leaves the default out, so old links read as "involving any of"', () => {
    const params = new URLSearchParams();
    writeActorClause({ actors: ['trump'], actorMatch: 'any' }, params);
    expect(params.toString()).toBe('actors=trump');
    expect(fromQueryString('?actors=trump,netanyahu').filters.actorMatch).toBe('any');
  });

  it('reads unknown modes as the default and a direction without exactly two actors as "between all of"', () => {
    expect(readActorClause(new URLSearchParams('actors=a,b&match=<script>')).actorMatch).toBe('any');
    expect(readActorClause(new URLSearchParams('actors=a,b,c&match=directed')).actorMatch).toBe('all');
    expect(readActorClause(new URLSearchParams('actors=a,b&match=directed'))).toEqual({
      actors: ['a', 'b'],
      actorMatch: 'directed',
    });
  });
});

describe('actor clause: chips and choices', () => {
  it('names each actor under "involving any of", the pair under the other modes', () => {
    expect(actorChips({ actors: ['trump', 'netanyahu'], actorMatch: 'any' }, name).map((c) => c.label)).toEqual([
      'Donald Trump',
      'Benjamin Netanyahu',
    ]);
    expect(actorChips({ actors: ['trump', 'netanyahu'], actorMatch: 'all' }, name).map((c) => c.label)).toEqual([
      'Between Donald Trump and Benjamin Netanyahu',
    ]);
    expect(
      actorChips({ actors: ['trump', 'netanyahu', 'vance'], actorMatch: 'all' }, name).map((c) => c.label),
    ).toEqual(['Between Donald Trump, Benjamin Netanyahu and JD Vance']);
    expect(actorChips({ actors: ['netanyahu', 'trump'], actorMatch: 'directed' }, name).map((c) => c.label)).toEqual([
      'Benjamin Netanyahu acts on Donald Trump',
    ]);
  });

  it('removing a pair chip clears the clause; removing one actor keeps the others', () => {
    const [pair] = actorChips({ actors: ['trump', 'netanyahu'], actorMatch: 'all' }, name);
    expect(pair!.without).toEqual({ actors: [], actorMatch: 'any' });
    const [first] = actorChips({ actors: ['trump', 'netanyahu'], actorMatch: 'any' }, name);
    expect(first!.without).toEqual({ actors: ['netanyahu'], actorMatch: 'any' });
  });

  it('offers both directions only when exactly two actors are chosen', () => {
    expect(matchOptions(['trump'], name).map((o) => o.label)).toEqual(['involving any of', 'between all of']);
    expect(matchOptions(['trump', 'netanyahu'], name).map((o) => o.label)).toEqual([
      'involving any of',
      'between all of',
      'Donald Trump acts on Benjamin Netanyahu',
      'Benjamin Netanyahu acts on Donald Trump',
    ]);
  });

  it('a direction lost by adding or removing an actor becomes "between all of"', () => {
    expect(withActorMatch(['a', 'b', 'c'], 'directed')).toEqual({ actors: ['a', 'b', 'c'], actorMatch: 'all' });
    expect(withActorMatch(['a', 'b'], 'directed')).toEqual({ actors: ['a', 'b'], actorMatch: 'directed' });
    expect(withActorMatch(['a'], 'all')).toEqual({ actors: ['a'], actorMatch: 'all' });
  });
});
