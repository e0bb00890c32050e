import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { parseBundle } from '../../model/bundle-schema.ts';
import { actor1, actor2, gdeltLine } from '../test-support/gdelt-rows.ts';
import { buildGdeltBundle, DUPLICATE_EVENT } from './build-gdelt-bundle.ts';
import { GDELT_TONE_METHOD } from './gdelt-comparison.ts';
import { NO_ACTORS } from './gdelt-events.ts';
import { type GdeltResources, loadGdeltResources } from './gdelt-resources.ts';

let resources: GdeltResources;
beforeAll(() => {
  resources = loadGdeltResources(resolve(import.meta.dirname, '../../../data'));
});

const RUS = actor1('RUS', 'RUSSIA', 'RUS');
const UKR = actor2('UKR', 'UKRAINE', 'UKR');
const day = (d: string) => ({ SQLDATE: d, DATEADDED: `${d}100000` });

/** A composed export: a Russia-Ukraine story told by three outlets, an India-Pakistan one, and rows to skip. */
function fixture(): string {
  return [
    gdeltLine({
      GLOBALEVENTID: '101',
      ...day('20250210'),
      ...RUS,
      ...UKR,
      EventCode: '042',
      SOURCEURL: 'https://www.reuters.com/world/a1',
    }),
    gdeltLine({
      GLOBALEVENTID: '102',
      ...day('20250210'),
      ...RUS,
      ...UKR,
      EventCode: '040',
      SOURCEURL: 'https://apnews.com/article/b2',
    }),
    gdeltLine({
      GLOBALEVENTID: '103',
      ...day('20250210'),
      ...RUS,
      ...UKR,
      EventCode: '046',
      SOURCEURL: 'https://kyiv.example.net/c3',
    }),
    // The same pair the other way round, and the same pair a day later: other real-world events.
    gdeltLine({
      GLOBALEVENTID: '104',
      ...day('20250210'),
      ...actor1('UKR', 'UKRAINE', 'UKR'),
      ...actor2('RUS', 'RUSSIA', 'RUS'),
      EventCode: '042',
      SOURCEURL: 'https://apnews.com/article/b2',
    }),
    gdeltLine({
      GLOBALEVENTID: '105',
      ...day('20250211'),
      ...RUS,
      ...UKR,
      EventCode: '042',
      SOURCEURL: 'https://www.reuters.com/world/a4',
    }),
    gdeltLine({
      GLOBALEVENTID: '106',
      ...day('20250212'),
      ...actor1('INDMIL', 'INDIA', 'IND', '', 'MIL'),
      ...actor2('PAK', 'PAKISTAN', 'PAK'),
      EventCode: '1384',
      AvgTone: '-6.126',
      ActionGeo_Type: '4',
      ActionGeo_FullName: 'Muzaffarabad, Azad Kashmir, Pakistan',
      ActionGeo_Lat: '34.37',
      ActionGeo_Long: '73.47',
      SOURCEURL: 'https://www.reuters.com/world/a5',
    }),
    gdeltLine({
      GLOBALEVENTID: '107',
      ...day('20250212'),
      ...RUS,
      ...UKR,
      EventCode: '013',
      SOURCEURL: 'https://apnews.com/article/s',
    }),
    gdeltLine({
      GLOBALEVENTID: '108',
      ...day('20250212'),
      ...RUS,
      ...UKR,
      EventCode: '021',
      SOURCEURL: 'https://apnews.com/article/s',
    }),
    gdeltLine({
      GLOBALEVENTID: '109',
      ...day('20250212'),
      EventCode: '190',
      SOURCEURL: 'https://apnews.com/article/s',
    }),
    gdeltLine({
      GLOBALEVENTID: '101',
      ...day('20250210'),
      ...RUS,
      ...UKR,
      EventCode: '042',
      SOURCEURL: 'https://www.reuters.com/world/a1',
    }),
  ].join('\n');
}

describe('buildGdeltBundle', () => {
  it('writes a bundle that passes the schema, with one article per source URL and one outlet per domain', () => {
    const { bundle, report } = buildGdeltBundle([{ file: 'test.export.CSV', text: fixture() }], resources);
    expect(parseBundle(bundle).ok).toBe(true);
    expect(bundle.events).toHaveLength(6);
    expect(bundle.articles.map((a) => a.url).sort()).toEqual([
      'https://apnews.com/article/b2',
      'https://kyiv.example.net/c3',
      'https://www.reuters.com/world/a1',
      'https://www.reuters.com/world/a4',
      'https://www.reuters.com/world/a5',
    ]);
    for (const a of bundle.articles) expect(a).toMatchObject({ text: '', title: null, wordCount: 0 });
    expect(bundle.articles.find((a) => a.url === 'https://www.reuters.com/world/a5')!.published).toBe('2025-02-12');
    expect(bundle.outlets.map((o) => o.name).sort()).toEqual(['Associated Press', 'Reuters', 'kyiv.example.net']);
    expect(report.outlets).toBe(3);
  });

  it('counts every skipped row by its reason', () => {
    const { report } = buildGdeltBundle([{ file: 'test.export.CSV', text: fixture() }], resources);
    expect(Object.fromEntries(report.skipped)).toEqual({
      'CAMEO 01x (public statement): no PLOVER type in the 2021 table': 1,
      'CAMEO 02x (appeal): no PLOVER type in the 2021 table': 1,
      [NO_ACTORS]: 1,
      [DUPLICATE_EVENT]: 1,
    });
  });

  it('types events by the CAMEO-to-PLOVER table with modes, and marks them coded by GDELT with no sentence', () => {
    const { bundle } = buildGdeltBundle([{ file: 'test.export.CSV', text: fixture() }], resources);
    const byId = new Map(bundle.events.map((e) => [e.id, e]));
    expect(byId.get('gdelt-e101')).toMatchObject({ type: 'CONSULT', mode: 'visit', source: ['rus'], target: ['ukr'] });
    expect(byId.get('gdelt-e103')).toMatchObject({ type: 'CONSULT', mode: null });
    const strike = byId.get('gdelt-e106')!;
    expect(strike).toMatchObject({
      type: 'THREATEN',
      mode: 'violence',
      date: '2025-02-12',
      datePrecision: 'day',
      modality: 'occurred',
      source: ['ind-military'],
      target: ['pak'],
      location: 'Muzaffarabad, Azad Kashmir, Pakistan',
      coder: 'gdelt',
      evidence: { text: '', start: 0, end: 0 },
      tone: { score: -6.13, comparative: -0.0613, terms: [] },
    });
    expect(bundle.places).toEqual([
      expect.objectContaining({
        name: 'Muzaffarabad, Azad Kashmir, Pakistan',
        kind: 'city',
        country: 'PAK',
        lat: 34.37,
        lon: 73.47,
      }),
    ]);
    expect(bundle.analysis.tone.method).toBe(GDELT_TONE_METHOD);
  });

  it('clusters the same day, actors, direction and type across outlets, and nothing else', () => {
    const { bundle } = buildGdeltBundle([{ file: 'test.export.CSV', text: fixture() }], resources);
    const clusterOf = new Map(bundle.events.map((e) => [e.id, e.clusterId]));
    const story = bundle.clusters.find((c) => c.id === clusterOf.get('gdelt-e101'))!;
    expect(story.eventIds).toEqual(['gdelt-e101', 'gdelt-e102', 'gdelt-e103']);
    expect(story.outletIds).toEqual(['associated-press', 'kyiv-example-net', 'reuters']);
    for (const other of ['gdelt-e104', 'gdelt-e105', 'gdelt-e106']) expect(clusterOf.get(other)).not.toBe(story.id);
    expect(bundle.clusters).toHaveLength(4);
  });

  it('runs the comparison stages on the empty texts without inventing terms or reuse', () => {
    const { bundle } = buildGdeltBundle([{ file: 'test.export.CSV', text: fixture() }], resources);
    expect(bundle.loadedTerms).toEqual([]);
    expect(bundle.reuse).toEqual([]);
    expect(bundle.quotes).toEqual([]);
    for (const c of bundle.clusters) {
      expect(c.independentOutletIds).toEqual(c.outletIds);
      expect(c.derived).toEqual([]);
    }
  });

  it('gives the same bytes for the same exports', () => {
    const once = JSON.stringify(buildGdeltBundle([{ file: 'a', text: fixture() }], resources).bundle);
    expect(JSON.stringify(buildGdeltBundle([{ file: 'a', text: fixture() }], resources).bundle)).toBe(once);
  });
});

describe('the schema and imported events', () => {
  it('refuses an event coded by GDELT that claims a sentence', () => {
    const { bundle } = buildGdeltBundle([{ file: 'test.export.CSV', text: fixture() }], resources);
    const [first, ...rest] = bundle.events;
    const claimed = { ...bundle, events: [{ ...first!, evidence: { text: 'x', start: 0, end: 1 } }, ...rest] };
    const result = parseBundle(claimed);
    expect(result.ok).toBe(false);
  });
});
