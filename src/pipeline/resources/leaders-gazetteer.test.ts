import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GazetteerActor, gazetteerFileSchema, type Office, type Role } from './resource-schemas.ts';

// data/gazetteer/leaders.json: office holders 2015-2025, loaded before the curated actors.json,
// which shares ids with it (same id = same person; the curated record wins on conflicting fields).
const root = resolve(import.meta.dirname, '../../..');
const readGazetteer = (name: string) =>
  gazetteerFileSchema.parse(JSON.parse(readFileSync(resolve(root, 'data/gazetteer', name), 'utf8'))).actors;
const leaders = readGazetteer('leaders.json');
const curated = readGazetteer('actors.json');
const curatedById = new Map(curated.map((a) => [a.id, a]));

/** Same ids merged as the loader does: the union of both files' roles. */
function merged(): GazetteerActor[] {
  const byId = new Map<string, GazetteerActor>();
  for (const actor of [...leaders, ...curated]) {
    const before = byId.get(actor.id);
    byId.set(actor.id, before ? { ...before, ...actor, roles: [...before.roles, ...actor.roles] } : actor);
  }
  return [...byId.values()];
}

const CHECKED_OFFICES: Office[] = ['head-of-state', 'head-of-government', 'foreign-minister', 'defence-minister'];
/**
 * Offices that legitimately have several holders at once: Bosnia's three-member presidency, and Libya's
 * rival governments (the Tripoli-based GNA/GNU and the eastern government backed by the House of Representatives).
 */
const CO_HELD = new Set(['head-of-state|BIH', 'head-of-government|LBY']);

const isActive = (role: Role, day: string) =>
  (role.from === null || role.from <= day) && (role.to === null || day < role.to);
const overlaps = (a: Role, b: Role) =>
  (a.from === null || b.to === null || a.from < b.to) && (b.from === null || a.to === null || b.from < a.to);
const isCalendarDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
};

function holders(office: Office, of: string, day: string): string[] {
  return merged()
    .filter((actor) =>
      actor.roles.some((r) => r.office === office && (r.of ?? actor.affiliation) === of && isActive(r, day)),
    )
    .map((actor) => actor.id);
}

describe('the leaders gazetteer (data/gazetteer/leaders.json)', () => {
  it('parses with the gazetteer schema and covers several hundred people', () => {
    expect(leaders.length).toBeGreaterThan(300);
    expect(leaders.every((a) => a.kind === 'person')).toBe(true);
  });

  it('has unique ids that are ASCII slugs', () => {
    const ids = leaders.map((a) => a.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('gives each role real days with from before to', () => {
    const bad = leaders.flatMap((a) =>
      a.roles
        .filter(
          (r) =>
            (r.from !== null && !isCalendarDay(r.from)) ||
            (r.to !== null && !isCalendarDay(r.to)) ||
            (r.from !== null && r.to !== null && r.from >= r.to),
        )
        .map((r) => `${a.id}: ${r.title} ${r.from} - ${r.to}`),
    );
    expect(bad).toEqual([]);
  });

  it('does not duplicate curated people under another id, and adds only roles the curated file lacks', () => {
    const curatedNames = new Map<string, string>();
    for (const a of curated) if (a.kind === 'person') for (const n of [a.name, ...a.aliases]) curatedNames.set(n, a.id);
    const duplicates = leaders.flatMap((a) =>
      [a.name, ...a.aliases]
        .filter((n) => curatedNames.has(n) && curatedNames.get(n) !== a.id)
        .map((n) => `${a.id}: ${n}`),
    );
    expect(duplicates).toEqual([]);
    const repeated = leaders.flatMap((a) => {
      const known = curatedById.get(a.id)?.roles ?? [];
      return a.roles
        .filter((r) => known.some((k) => k.office === r.office && k.of === r.of && k.from === r.from))
        .map((r) => `${a.id}: ${r.title}`);
    });
    expect(repeated).toEqual([]);
  });

  it('gives no name or alias to two people', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of leaders)
      for (const n of new Set([a.name, ...a.aliases])) {
        const other = owner.get(n);
        if (other !== undefined && other !== a.id) clashes.push(`${n}: ${other}, ${a.id}`);
        owner.set(n, a.id);
      }
    expect(clashes).toEqual([]);
  });

  it('never has two holders of one office of one state at once (after merging with actors.json)', () => {
    const byKey = new Map<string, { id: string; role: Role }[]>();
    for (const actor of merged())
      for (const role of actor.roles) {
        if (!CHECKED_OFFICES.includes(role.office)) continue;
        const key = `${role.office}|${role.of ?? actor.affiliation}`;
        byKey.set(key, [...(byKey.get(key) ?? []), { id: actor.id, role }]);
      }
    const clashes: string[] = [];
    for (const [key, entries] of byKey) {
      if (CO_HELD.has(key)) continue;
      for (let i = 0; i < entries.length; i++)
        for (let j = i + 1; j < entries.length; j++) {
          const [a, b] = [entries[i]!, entries[j]!];
          if (a.id !== b.id && overlaps(a.role, b.role))
            clashes.push(`${key}: ${a.id} ${a.role.from}-${a.role.to} / ${b.id} ${b.role.from}-${b.role.to}`);
        }
    }
    expect(clashes).toEqual([]);
  });

  it.each([
    ['head-of-government', 'PAK', '2025-05-10', 'shehbaz-sharif'],
    ['head-of-state', 'UKR', '2022-03-01', 'volodymyr-zelensky'],
    ['foreign-minister', 'IND', '2025-05-10', 'subrahmanyam-jaishankar'],
    ['foreign-minister', 'USA', '2025-03-01', 'marco-rubio'],
    ['head-of-government', 'PAK', '2019-02-27', 'imran-khan'],
    ['head-of-state', 'USA', '2016-06-01', 'barack-obama'],
    ['head-of-state', 'USA', '2019-06-01', 'donald-trump'],
    ['foreign-minister', 'USA', '2019-06-01', 'mike-pompeo'],
    ['head-of-government', 'GBR', '2019-01-15', 'theresa-may'],
    ['head-of-government', 'ISR', '2021-12-01', 'naftali-bennett'],
    ['defence-minister', 'ISR', '2017-06-01', 'avigdor-liberman'],
    ['head-of-government', 'ARM', '2020-10-01', 'nikol-pashinyan'],
    ['foreign-minister', 'AZE', '2020-10-01', 'jeyhun-bayramov'],
    ['head-of-state', 'AFG', '2022-01-01', 'hibatullah-akhundzada'],
    ['head-of-state', 'SDN', '2023-06-01', 'abdel-fattah-al-burhan'],
    ['head-of-government', 'THA', '2025-07-25', 'phumtham-wechayachai'],
    ['head-of-government', 'JPN', '2025-11-01', 'sanae-takaichi'],
    ['head-of-state', 'KOR', '2025-01-15', 'choi-sang-mok'],
    ['leader', 'european-commission', '2016-01-01', 'jean-claude-juncker'],
    ['secretary-general', 'un', '2015-06-01', 'ban-ki-moon'],
    // States added in the second pass (South-East and Central Asia, Europe, Africa, Latin America, the Gulf).
    ['head-of-state', 'PHL', '2024-06-01', 'ferdinand-marcos-jr'],
    ['head-of-state', 'PHL', '2019-06-01', 'rodrigo-duterte'],
    ['foreign-minister', 'PHL', '2020-06-01', 'teodoro-locsin-jr'],
    ['head-of-government', 'VNM', '2024-01-30', 'pham-minh-chinh'],
    ['leader', 'VNM', '2023-01-01', 'nguyen-phu-trong'],
    ['head-of-state', 'VNM', '2024-12-01', 'luong-cuong'],
    ['head-of-state', 'KAZ', '2018-01-01', 'nursultan-nazarbayev'],
    ['head-of-state', 'KAZ', '2022-01-10', 'kassym-jomart-tokayev'],
    ['foreign-minister', 'KEN', '2021-03-01', 'raychelle-omamo'],
    ['head-of-state', 'NGA', '2024-01-01', 'bola-tinubu'],
    ['head-of-state', 'TCD', '2022-01-01', 'mahamat-deby'],
    ['head-of-state', 'TCD', '2020-01-01', 'idriss-deby'],
    ['head-of-government', 'AUT', '2022-06-01', 'karl-nehammer'],
    ['head-of-government', 'GRC', '2023-06-01', 'ioannis-sarmas'],
    ['foreign-minister', 'DNK', '2023-06-01', 'lars-lokke-rasmussen'],
    ['head-of-state', 'FIN', '2023-06-01', 'sauli-niinisto'],
    ['monarch', 'KWT', '2022-01-01', 'nawaf-al-ahmad-al-sabah'],
    ['head-of-state', 'CHL', '2020-01-01', 'sebastian-pinera'],
    ['head-of-state', 'CUB', '2019-01-01', 'miguel-diaz-canel'],
    ['leader', 'CUB', '2019-01-01', 'raul-castro'],
    ['head-of-government', 'HRV', '2020-01-01', 'andrej-plenkovic'],
    ['head-of-state', 'HRV', '2021-01-01', 'zoran-milanovic'],
    ['head-of-state', 'MNE', '2020-01-01', 'milo-djukanovic'],
    ['head-of-government', 'TUN', '2022-06-01', 'najla-bouden'],
    ['foreign-minister', 'DZA', '2022-01-01', 'ramtane-lamamra'],
    ['foreign-minister', 'GHA', '2016-01-01', 'hanna-tetteh'],
    ['foreign-minister', 'SVK', '2019-01-01', 'miroslav-lajcak'],
    ['head-of-state', 'SVK', '2024-07-01', 'peter-pellegrini'],
    ['head-of-government', 'LUX', '2020-01-01', 'xavier-bettel'],
    ['head-of-state', 'ZMB', '2022-01-01', 'hakainde-hichilema'],
    ['head-of-state', 'MWI', '2022-01-01', 'lazarus-chakwera'],
  ] as const)('%s of %s on %s is %s', (office, of, day, id) => {
    expect(holders(office, of, day)).toEqual([id]);
  });
});
