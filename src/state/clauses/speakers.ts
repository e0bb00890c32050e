import { type ClauseDefinition, ID, idList, lookupTable, readList } from './clause.ts';

/** Speakers (see `speakerKeyOf`): keeps events about which a chosen speaker is quoted. Owned by the Speakers control. */
export const speakersClause: ClauseDefinition<'speakers', { speakers: string[] }> = {
  key: 'speakers',
  label: 'Speakers',
  owners: ['filter-bar'],
  empty: { speakers: [] },
  sanitise: (raw) => ({ speakers: idList(raw.speakers, ID) }),
  read: (params) => ({ speakers: readList(params, 'speakers') }),
  write: (v, params) => {
    if (v.speakers.length) params.set('speakers', v.speakers.join(','));
  },
  active: (v) => v.speakers.length > 0,
  compile: (index, v) => {
    if (v.speakers.length === 0) return null;
    const chosen = lookupTable(
      v.speakers.map((k) => index.speakerIndex.get(k) ?? -1),
      index.speakerKeys.length,
    );
    const { speakerList, speakerStart } = index;
    return (i) => {
      for (let k = speakerStart[i]!, end = speakerStart[i + 1]!; k < end; k++) if (chosen[speakerList[k]!]) return true;
      return false;
    };
  },
  chips: (v, names) =>
    v.speakers.map((k) => ({
      key: `s:${k}`,
      label: `quoting ${names.speaker(k)}`,
      without: { speakers: v.speakers.filter((x) => x !== k) },
    })),
  describe: (v, names) => `Speakers: ${v.speakers.map(names.speaker).join(', ')}`,
  slug: (v) => [['speakers', v.speakers]],
};
