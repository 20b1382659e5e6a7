import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "../../src/data/filters.ts";
import { FRAMEWORKS, MEMBER_STATES_2010, STATUSES, THEMES, isOneOf } from "../../src/data/vocabulary.ts";
import { LOCALES, isKnownCountry } from "../../src/i18n/countryNames.ts";
import { SORT_KEYS } from "../../src/data/sortLinks.ts";
import {
  DEFAULT_STATE,
  VIEWS,
  parseUrlState,
  serializeUrlState,
  type ParseContext,
  type UrlState,
} from "../../src/state/urlState.ts";
import { at } from "../support/at.ts";

const REGIONS = ["black-sea-cooperation-platform", "building-migration-partnerships"];
const ctx: ParseContext = { isKnownPlace: (id) => isKnownCountry(id) || REGIONS.includes(id) };
const parse = (q: string) => parseUrlState(q, ctx);
const stateOf = (q: string) => parse(q).state;
const withFilters = (f: Partial<UrlState["filters"]>): UrlState => ({
  ...DEFAULT_STATE,
  filters: { ...EMPTY_FILTERS, ...f },
});

/** Tiny seeded PRNG, so a failing fuzz case can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("parseUrlState: each parameter", () => {
  it("returns the defaults for an empty query, with or without '?'", () => {
    expect(parse("")).toEqual({ state: DEFAULT_STATE, dropped: [] });
    expect(parse("?")).toEqual({ state: DEFAULT_STATE, dropped: [] });
    expect(DEFAULT_STATE).toEqual({
      dataset: null,
      filters: EMPTY_FILTERS,
      select: null,
      view: "map",
      sort: "name",
      tableSort: { key: "member_state", dir: "asc" },
      gaps: false,
      at: null,
      since: null,
      compare: null,
      embed: false,
      lang: null,
      present: false,
      slide: null,
      deck: null,
      camera: null,
    });
  });
  it.each<[string, UrlState]>([
    ["theme=trafficking,readmission", withFilters({ themes: ["trafficking", "readmission"] })],
    ["match=all", withFilters({ match: "all" })],
    ["match=any", withFilters({ match: "any" })],
    ["ms=FRA,ESP", withFilters({ memberStates: ["FRA", "ESP"] })],
    [
      "partner=GEO,black-sea-cooperation-platform",
      withFilters({ partners: ["GEO", "black-sea-cooperation-platform"] }),
    ],
    ["framework=bilateral,eu_project", withFilters({ frameworks: ["bilateral", "eu_project"] })],
    ["status=planned,interest", withFilters({ statuses: ["planned", "interest"] })],
    ["select=GEO", { ...DEFAULT_STATE, select: "GEO" }],
    ["select=building-migration-partnerships", { ...DEFAULT_STATE, select: "building-migration-partnerships" }],
    ["view=table", { ...DEFAULT_STATE, view: "table" }],
    ["lang=fr", { ...DEFAULT_STATE, lang: "fr" }],
    ["lang=de", { ...DEFAULT_STATE, lang: "de" }],
    ["lang=en", { ...DEFAULT_STATE, lang: "en" }],
    ["present=1&slide=3", { ...DEFAULT_STATE, present: true, slide: 3 }],
    // An old link's `deck` is known here but read, with the fragment's, by parseLocation (locationState.test.ts).
    ["present=1&deck=eyJ0aXRsZSI6IngifQ", { ...DEFAULT_STATE, present: true }],
    ["slide=3&deck=eyJ0aXRsZSI6IngifQ", DEFAULT_STATE],
    ["present=1", { ...DEFAULT_STATE, present: true }],
    ["present=0", DEFAULT_STATE],
    ["camera=12.5,45.25,3.5", { ...DEFAULT_STATE, camera: { lon: 12.5, lat: 45.25, zoom: 3.5 } }],
    ["camera=-180,-85,0", { ...DEFAULT_STATE, camera: { lon: -180, lat: -85, zoom: 0 } }],
    ["camera=180,85,12", { ...DEFAULT_STATE, camera: { lon: 180, lat: 85, zoom: 12 } }],
  ])("%s", (q, expected) => {
    expect(parse(q)).toEqual({ state: expected, dropped: [] });
  });
  it("accepts lower-case country codes but keeps region slugs as written", () => {
    expect(stateOf("select=geo").select).toBe("GEO");
    expect(stateOf("ms=fra,Esp").filters.memberStates).toEqual(["FRA", "ESP"]);
    expect(stateOf("partner=mda,black-sea-cooperation-platform").filters.partners).toEqual([
      "MDA",
      "black-sea-cooperation-platform",
    ]);
    expect(parse("select=Black-Sea-Cooperation-Platform").dropped).toEqual([
      { param: "select", value: "Black-Sea-Cooperation-Platform" },
    ]);
  });
  it("removes duplicates, keeping the first occurrence's order", () => {
    expect(stateOf("theme=asylum,trafficking,asylum").filters.themes).toEqual(["asylum", "trafficking"]);
    expect(stateOf("ms=FRA,fra,ESP,FRA").filters.memberStates).toEqual(["FRA", "ESP"]);
    expect(stateOf("partner=geo,GEO").filters.partners).toEqual(["GEO"]);
  });
  it("ignores blanks around and between list items", () => {
    expect(stateOf("theme=%20trafficking%20,,asylum,").filters.themes).toEqual(["trafficking", "asylum"]);
    expect(parse("theme=&select=&camera=").dropped).toEqual([]);
  });
});

describe("parseUrlState: unknown values are dropped and reported", () => {
  it.each([
    ["theme=nonsense", "theme", "nonsense"],
    ["theme=Trafficking", "theme", "Trafficking"],
    ["match=some", "match", "some"],
    ["ms=XXX", "ms", "XXX"],
    ["ms=CHE", "ms", "CHE"],
    ["ms=HRV", "ms", "HRV"],
    ["partner=ZZZ", "partner", "ZZZ"],
    ["framework=treaty", "framework", "treaty"],
    ["status=done", "status", "done"],
    ["select=atlantis", "select", "atlantis"],
    ["view=globe", "view", "globe"],
    ["sort=size", "sort", "size"],
    ["tsort=country", "tsort", "country"],
    ["tsort=links", "tsort", "links"],
    ["tdir=down", "tdir", "down"],
    ["gaps=yes", "gaps", "yes"],
    ["at=2013-13", "at", "2013-13"],
    ["at=2013-02-30", "at", "2013-02-30"],
    ["at=13", "at", "13"],
    ["lang=es", "lang", "es"],
    ["slide=0", "slide", "0"],
    ["slide=two", "slide", "two"],
    ["present=yes", "present", "yes"],
    ["camera=abc", "camera", "abc"],
    ["camera=1,2", "camera", "1,2"],
    ["camera=1,2,3,4", "camera", "1,2,3,4"],
    ["camera=181,0,2", "camera", "181,0,2"],
    ["camera=0,86,2", "camera", "0,86,2"],
    ["camera=0,0,13", "camera", "0,0,13"],
    ["camera=0,0,-1", "camera", "0,0,-1"],
    ["camera=Infinity,0,1", "camera", "Infinity,0,1"],
  ])("%s", (q, param, value) => {
    expect(parse(q)).toEqual({ state: DEFAULT_STATE, dropped: [{ param, value }] });
  });
  it("keeps the known values of a list beside the dropped ones", () => {
    const { state, dropped } = parse("theme=trafficking,nonsense,asylum&ms=FRA,CHE&lang=es&view=table");
    expect(state).toEqual({
      ...withFilters({ themes: ["trafficking", "asylum"], memberStates: ["FRA"] }),
      view: "table",
    });
    expect(dropped).toEqual([
      { param: "theme", value: "nonsense" },
      { param: "ms", value: "CHE" },
      { param: "lang", value: "es" },
    ]);
  });
});

describe("table order: tsort and tdir", () => {
  it("reads a column and a direction, each on its own", () => {
    expect(parse("view=table&tsort=partner&tdir=desc").state).toMatchObject({
      view: "table",
      tableSort: { key: "partner", dir: "desc" },
    });
    expect(parse("tsort=start").state.tableSort).toEqual({ key: "start", dir: "asc" });
    expect(parse("tdir=desc").state.tableSort).toEqual({ key: "member_state", dir: "desc" });
  });
  it("keeps the good half of a half-bad pair, and the matrix's sort apart", () => {
    expect(parse("tsort=partner&tdir=sideways")).toEqual({
      state: { ...DEFAULT_STATE, tableSort: { key: "partner", dir: "asc" } },
      dropped: [{ param: "tdir", value: "sideways" }],
    });
    expect(parse("sort=links&tsort=status").state).toMatchObject({
      sort: "links",
      tableSort: { key: "status", dir: "asc" },
    });
  });
  it("opens old links, without a table order, on the first order", () => {
    expect(parse("view=table&sort=links").state).toEqual({ ...DEFAULT_STATE, view: "table", sort: "links" });
  });
  it("writes only what differs from the first order", () => {
    expect(serializeUrlState({ ...DEFAULT_STATE, tableSort: { key: "member_state", dir: "desc" } })).toBe("tdir=desc");
    expect(serializeUrlState({ ...DEFAULT_STATE, tableSort: { key: "themes", dir: "asc" } })).toBe("tsort=themes");
  });
});

describe("serializeUrlState", () => {
  it("writes nothing for the default state", () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe("");
    expect(serializeUrlState({ ...DEFAULT_STATE, filters: { ...EMPTY_FILTERS, match: "any" }, present: false })).toBe(
      "",
    );
  });
  it("uses the fixed parameter order and readable commas", () => {
    const s: UrlState = {
      dataset: "emn-ahq-2010",
      filters: {
        themes: ["trafficking", "asylum"],
        match: "all",
        memberStates: ["FRA", "ESP"],
        partners: ["CPV", "black-sea-cooperation-platform"],
        frameworks: ["bilateral"],
        statuses: ["signed", "ongoing"],
      },
      select: "CPV",
      view: "matrix",
      sort: "links",
      tableSort: { key: "partner", dir: "desc" },
      gaps: true,
      at: "2013-06",
      since: "2010",
      compare: "eu-mobility-partnerships",
      embed: true,
      lang: "de",
      present: true,
      slide: 2,
      deck: null,
      camera: { lon: -12.34567, lat: 40.1, zoom: 3.456 },
    };
    expect(serializeUrlState(s)).toBe(
      "dataset=emn-ahq-2010&theme=trafficking,asylum&match=all&ms=FRA,ESP&partner=CPV,black-sea-cooperation-platform&framework=bilateral" +
        "&status=signed,ongoing&select=CPV&view=matrix&sort=links&tsort=partner&tdir=desc&gaps=1&at=2013-06&since=2010&compare=eu-mobility-partnerships&embed=1&lang=de&present=1&slide=2&camera=-12.346,40.1,3.46",
    );
  });
  it("leaves out each default on its own", () => {
    expect(serializeUrlState({ ...DEFAULT_STATE, lang: "fr" })).toBe("lang=fr");
    expect(serializeUrlState(withFilters({ match: "all" }))).toBe("match=all");
    expect(serializeUrlState({ ...DEFAULT_STATE, camera: { lon: 0, lat: 0, zoom: 0 } })).toBe("camera=0,0,0");
  });
});

const pick = <T>(rnd: () => number, xs: readonly T[]): T => at(xs, Math.floor(rnd() * xs.length));
const subset = <T>(rnd: () => number, xs: readonly T[]): T[] => xs.filter(() => rnd() < 0.2);
const PLACES = ["GEO", "MDA", "CPV", "XKX", "RUS", "TLS", ...REGIONS];

/** `since` exists only with `at`. */
function dates(rnd: () => number): Pick<UrlState, "at" | "since"> {
  if (rnd() < 0.6) return { at: null, since: null };
  return {
    at: pick(rnd, ["2013", "2013-06", "2016-12-31"]),
    since: rnd() < 0.5 ? null : pick(rnd, ["2008", "2010-02"]),
  };
}

/** One comparison at a time: another dataset, or an earlier date. */
function datesAndCompare(rnd: () => number): Pick<UrlState, "at" | "since" | "compare"> {
  const d = dates(rnd);
  return { ...d, compare: d.since === null && rnd() < 0.2 ? "eu-mobility-partnerships" : null };
}

/** Slide exists only in meeting mode; the deck travels in the fragment (locationState.test.ts). */
function presenting(rnd: () => number): Pick<UrlState, "present" | "slide" | "deck"> {
  if (rnd() < 0.5) return { present: false, slide: null, deck: null };
  return { present: true, slide: rnd() < 0.5 ? null : 1 + Math.floor(rnd() * 20), deck: null };
}

function randomState(rnd: () => number): UrlState {
  const r3 = (min: number, max: number, d: number) => Number((min + rnd() * (max - min)).toFixed(d));
  return {
    dataset: rnd() < 0.7 ? null : pick(rnd, ["emn-ahq-2010", "own-a1b2c3d4e5"]),
    filters: {
      themes: subset(rnd, THEMES),
      match: pick(rnd, ["any", "all"] as const),
      memberStates: subset(rnd, MEMBER_STATES_2010),
      partners: subset(rnd, PLACES),
      frameworks: subset(rnd, FRAMEWORKS),
      statuses: subset(rnd, STATUSES),
    },
    select: rnd() < 0.5 ? null : pick(rnd, PLACES),
    view: pick(rnd, VIEWS),
    sort: pick(rnd, ["name", "links"] as const),
    tableSort: { key: pick(rnd, SORT_KEYS), dir: pick(rnd, ["asc", "desc"] as const) },
    gaps: rnd() < 0.3,
    ...datesAndCompare(rnd),
    embed: rnd() < 0.2,
    lang: rnd() < 0.3 ? null : pick(rnd, LOCALES),
    ...presenting(rnd),
    camera: rnd() < 0.5 ? null : { lon: r3(-180, 180, 3), lat: r3(-85, 85, 3), zoom: r3(0, 12, 2) },
  };
}

describe("round trip and fuzz", () => {
  it("parse(serialize(s)) gives back s for 300 generated states", () => {
    const rnd = mulberry32(2010);
    for (let i = 0; i < 300; i++) {
      const s = randomState(rnd);
      expect(parse(serializeUrlState(s)), serializeUrlState(s)).toEqual({ state: s, dropped: [] });
    }
  });

  const KEYS = [
    "theme",
    "match",
    "ms",
    "partner",
    "framework",
    "status",
    "select",
    "view",
    "tsort",
    "tdir",
    "lang",
    "present",
    "camera",
    "foo",
    "THEME",
    "",
    "ms[]",
  ];
  const VALUES = [
    ...THEMES,
    ...FRAMEWORKS,
    ...STATUSES,
    ...MEMBER_STATES_2010,
    ...PLACES,
    ...VIEWS,
    ...LOCALES,
    "any",
    "all",
    "1",
    "0",
    "fra",
    "geo",
    "matrix",
    "es",
    "yes",
    "XXX",
    "CHE",
    "",
    " ",
    ",",
    ",,",
    "%",
    "%ZZ",
    "%2C",
    "a=b",
    "&",
    "+",
    "\u00e9",
    "\ud83c\udf0d",
    "12.5,45.25,3.5",
    "-180,85,0",
    "181,0,1",
    "1e2,0,1",
    "NaN,1,1",
    "1,2",
    "abc",
    "null",
    "undefined",
    "__proto__",
    "constructor",
  ];
  const SINGLE = ["match", "select", "view", "tsort", "tdir", "lang", "present"];
  /** Mostly-valid values per key, so that the fuzz reaches non-default states. */
  const OWN: Record<string, readonly string[]> = {
    theme: THEMES,
    match: ["all", "any", "ALL"],
    ms: [...MEMBER_STATES_2010, "fra", "CHE"],
    partner: [...PLACES, "geo", "ZZZ"],
    framework: FRAMEWORKS,
    status: STATUSES,
    select: [...PLACES, "mda"],
    view: [...VIEWS, "matrix"],
    tsort: [...SORT_KEYS, "Partner"],
    tdir: ["asc", "desc", "up"],
    lang: [...LOCALES, "es"],
    present: ["1", "0", "yes"],
  };
  /** Three numbers, some out of range, with up to five decimals. */
  const randomCamera = (rnd: () => number) =>
    [200, 100, 14].map((m) => (rnd() * 2 * m - (m === 14 ? 1 : m)).toFixed(Math.floor(rnd() * 6))).join(",");
  const encode = (rnd: () => number, v: string) => (rnd() < 0.5 ? encodeURIComponent(v) : v);

  it("parses 500 random query strings without throwing, to valid and stable states", () => {
    const rnd = mulberry32(42);
    for (let i = 0; i < 500; i++) {
      const pairs = Array.from({ length: Math.floor(rnd() * 8) }, () => {
        const key = pick(rnd, KEYS);
        const n = SINGLE.includes(key) && rnd() < 0.8 ? 1 : 1 + Math.floor(rnd() * 3);
        const values =
          key === "camera" && rnd() < 0.7
            ? randomCamera(rnd)
            : Array.from({ length: n }, () => pick(rnd, rnd() < 0.5 ? (OWN[key] ?? VALUES) : VALUES)).join(",");
        return rnd() < 0.1 ? encode(rnd, key) : `${encode(rnd, key)}=${encode(rnd, values)}`;
      });
      const q = (rnd() < 0.3 ? "?" : "") + pairs.join("&");
      const { state, dropped } = parse(q);
      const f = state.filters;
      expect(f.themes.every((t) => isOneOf(THEMES, t)) && new Set(f.themes).size === f.themes.length, q).toBe(true);
      expect(
        f.memberStates.every((m) => isOneOf(MEMBER_STATES_2010, m)) &&
          new Set(f.memberStates).size === f.memberStates.length,
        q,
      ).toBe(true);
      expect(f.partners.every((p) => ctx.isKnownPlace(p)) && new Set(f.partners).size === f.partners.length, q).toBe(
        true,
      );
      expect(
        f.frameworks.every((x) => isOneOf(FRAMEWORKS, x)) && f.statuses.every((x) => isOneOf(STATUSES, x)),
        q,
      ).toBe(true);
      expect(["any", "all"]).toContain(f.match);
      expect(state.select === null || ctx.isKnownPlace(state.select), q).toBe(true);
      expect(VIEWS).toContain(state.view);
      if (state.lang !== null) expect(LOCALES).toContain(state.lang);
      expect(typeof state.present).toBe("boolean");
      if (state.camera) {
        const { lon, lat, zoom } = state.camera;
        expect(
          [lon, lat, zoom].every(Number.isFinite) &&
            Math.abs(lon) <= 180 &&
            Math.abs(lat) <= 85 &&
            zoom >= 0 &&
            zoom <= 12,
          q,
        ).toBe(true);
      }
      // A known parameter is dropped for its value; an unknown one is reported even when empty.
      const known = new Set([
        "theme",
        "match",
        "ms",
        "partner",
        "framework",
        "status",
        "select",
        "view",
        "lang",
        "present",
        "slide",
        "deck",
        "camera",
      ]);
      for (const d of dropped)
        expect(
          typeof d.param === "string" && typeof d.value === "string" && (d.value !== "" || !known.has(d.param)),
          q,
        ).toBe(true);

      // Idempotence: the canonical form re-parses to the same state, with nothing left to drop.
      const canonical = serializeUrlState(state);
      const again = parse(canonical);
      expect(again.dropped, q).toEqual([]);
      expect({ ...again.state, camera: null }, q).toEqual({ ...state, camera: null });
      expect(again.state.camera === null, q).toBe(state.camera === null);
      if (state.camera && again.state.camera) {
        expect(Math.abs(again.state.camera.lon - state.camera.lon), q).toBeLessThanOrEqual(0.0005);
        expect(Math.abs(again.state.camera.lat - state.camera.lat), q).toBeLessThanOrEqual(0.0005);
        expect(Math.abs(again.state.camera.zoom - state.camera.zoom), q).toBeLessThanOrEqual(0.005);
      }
      expect(serializeUrlState(again.state), q).toBe(canonical);
    }
  });
});

describe("parameters a hand-edited link may repeat or misspell", () => {
  it("takes a repeated list parameter as one list", () => {
    expect(stateOf("theme=trafficking&theme=asylum").filters.themes).toEqual(["trafficking", "asylum"]);
  });
  it("keeps the first of a repeated single value and reports the rest", () => {
    expect(parse("view=table&view=map")).toEqual({
      state: { ...DEFAULT_STATE, view: "table" },
      dropped: [{ param: "view", value: "map" }],
    });
  });
  it("reports parameters it does not know", () => {
    expect(parse("foo=1").dropped).toEqual([{ param: "foo", value: "1" }]);
  });
  it("drops a camera with empty or non-decimal parts", () => {
    expect(parse("camera=,,").state.camera).toBeNull();
    expect(parse("camera=0x10,1e1,2").state.camera).toBeNull();
  });
  it("does not take a Member State as a partner", () => {
    expect(parse("partner=FRA").dropped).toEqual([{ param: "partner", value: "FRA" }]);
  });
});

describe("since", () => {
  const ctx = { isKnownPlace: () => true };
  it("keeps an earlier date, and drops one that is not before `at`, or any with a dataset comparison", () => {
    expect(parseUrlState("at=2014&since=2011", ctx).state.since).toBe("2011");
    expect(parseUrlState("at=2009&since=2013", ctx).state.since).toBeNull();
    expect(parseUrlState("at=2013-06&since=2013", ctx).state.since).toBeNull();
    expect(parseUrlState("at=2014&since=2011&compare=emn-ahq-2010", ctx).state.since).toBeNull();
  });
});

describe("dataset parameter (format 2)", () => {
  const ctx = {
    isKnownPlace: (id: string) => /^[A-Z]{3}$/.test(id) || id === "eu",
    isOriginRegion: (id: string) => id === "eu",
    isDataset: (id: string) => ["emn-ahq-2010", "own-a1b2c3d4e5"].includes(id),
  };
  it("is the default dataset when absent, so old links keep their meaning", () => {
    expect(parseUrlState("theme=asylum", ctx).state.dataset).toBeNull();
  });
  it("keeps a dataset this browser has, and writes it first", () => {
    const { state, dropped } = parseUrlState("dataset=own-a1b2c3d4e5&theme=asylum", ctx);
    expect(dropped).toEqual([]);
    expect(state.dataset).toBe("own-a1b2c3d4e5");
    expect(serializeUrlState(state)).toBe("dataset=own-a1b2c3d4e5&theme=asylum");
  });
  it("drops a dataset this browser does not have, and a malformed one", () => {
    expect(parseUrlState("dataset=own-zzzzzzzzzz", ctx)).toEqual({
      state: DEFAULT_STATE,
      dropped: [{ param: "dataset", value: "own-zzzzzzzzzz" }],
    });
    expect(parseUrlState("dataset=../etc", ctx).dropped).toEqual([{ param: "dataset", value: "../etc" }]);
  });
  it("accepts the loaded dataset's own vocabulary and origins", () => {
    const own = {
      ...ctx,
      vocabulary: { frameworks: ["bilateral", "eu_camm"], statuses: ["signed"], themes: ["asylum"] },
      origins: ["FRA", "HRV"],
    };
    const { state, dropped } = parseUrlState("framework=eu_camm,eu_project&ms=HRV,eu,AUT", own);
    expect(state.filters.frameworks).toEqual(["eu_camm"]);
    expect(state.filters.memberStates).toEqual(["HRV", "eu"]);
    expect(dropped).toEqual([
      { param: "ms", value: "AUT" },
      { param: "framework", value: "eu_project" },
    ]);
  });
});
