import { describe, expect, it } from 'vitest';
import { compileGazetteer } from './gazetteer.ts';
import type { GazetteerActor } from '../resources/resource-schemas.ts';
import { phraseTokens } from '../text/tokens.ts';
import { dyadLine } from '../test-support/resources.ts';

const person = (id: string, name: string, extra: Partial<GazetteerActor> = {}): GazetteerActor => ({
  id,
  name,
  kind: 'person',
  country: 'XXX',
  aliases: [],
  affiliation: null,
  roles: [],
  ...extra,
});

const matched = (records: GazetteerActor[], phrase: string) => {
  const tokens = phraseTokens(phrase).map((text) => ({ text }));
  const match = compileGazetteer(records).phrases.longestMatch(tokens, 0);
  return match?.length === tokens.length ? match.values.map((v) => ('actorId' in v ? v.actorId : v.kind)) : [];
};

describe('a gazetteer record decides its own surname', () => {
  it('gets the last word of its name by default', () => {
    expect(matched([person('ana-ruiz-ferro', 'Ana Ruiz Ferro')], 'Ferro')).toEqual(['ana-ruiz-ferro']);
  });

  it('switches the surname off with null', () => {
    expect(matched([person('ana-ruiz-ferro', 'Ana Ruiz Ferro', { surname: null })], 'Ferro')).toEqual([]);
  });

  it('names another surname with a string', () => {
    const records = [person('ana-ruiz-ferro', 'Ana Ruiz Ferro', { surname: 'Ruiz Ferro' })];
    expect(matched(records, 'Ruiz Ferro')).toEqual(['ana-ruiz-ferro']);
    expect(matched(records, 'Ferro')).toEqual([]);
  });
});

describe('a surname standing alone that is the whole name of another actor', () => {
  it('is that actor unless the article named the person', () => {
    expect(dyadLine('Wagner fighters attacked an army convoy near Kidal on Sunday.', 'ASSAULT', '2025-06-02')).toMatch(
      /^wagner>/,
    );
    expect(
      dyadLine(
        "Congo's foreign minister Therese Kayikwamba Wagner arrived in Brussels on Monday. Wagner accused Rwanda of arming the M23.",
        'ACCUSE',
        '2025-06-02',
      ),
    ).toMatch(/^therese-kayikwamba-wagner>rwa/);
  });
});
