/**
 * The shareable state of the atlas and its one parse/serialize pair. Parsing never throws:
 * values it does not know are dropped and reported, so a mangled link still opens a view.
 */
import { EMPTY_FILTERS, type Filters } from "../data/filters.ts";
import { CONTRACT_VOCABULARY, type DatasetVocabulary } from "../data/datasets/datasetVocabulary.ts";
import { MEMBER_STATES_2010, isOneOf } from "../data/vocabulary.ts";
import { endOfPeriod, isPartialDate } from "../data/time.ts";
import { LOCALES, type Locale } from "../i18n/countryNames.ts";
import { DEFAULT_TABLE_SORT, SORT_KEYS, type Sort } from "../data/tableSort.ts";

export const VIEWS = ["map", "table", "matrix"] as const;
export type View = (typeof VIEWS)[number];

/** Matrix order: by name (default) or by number of links. */
export const SORTS = ["name", "links"] as const;
export type ViewSort = (typeof SORTS)[number];

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export interface UrlState {
  /** The dataset shown; null is the default one (emn-ahq-2010), so old links keep their meaning. */
  dataset: string | null;
  filters: Filters;
  select: string | null;
  view: View;
  sort: ViewSort;
  /** Table order: `tsort` (a column) and `tdir` (asc|desc); the matrix's `sort` is apart, so old links keep their meaning. */
  tableSort: Sort;
  /** "Who has no link on this?": Member States without a link on the chosen focus areas. */
  gaps: boolean;
  /** The links in place on this date (YYYY, YYYY-MM or YYYY-MM-DD, each its last day); null: no date filter. */
  at: string | null;
  /** With `at`: what is new since this date. */
  since: string | null;
  /** A second dataset to compare with, matched by Member State and partner. */
  compare: string | null;
  /** For an <iframe>: the map (or table or matrix), its title, legend and source line only. */
  embed: boolean;
  /** null: not chosen in the link, so each reader gets their browser's language. */
  lang: Locale | null;
  present: boolean;
  /** 1-based slide of the deck in meeting mode. */
  slide: number | null;
  /** A deck from a link, as deckLink.ts encodes it; null: the story. In the fragment (see locationState.ts). */
  deck: string | null;
  camera: Camera | null;
}

export const DEFAULT_STATE: UrlState = {
  dataset: null,
  filters: EMPTY_FILTERS,
  select: null,
  view: "map",
  sort: "name",
  tableSort: DEFAULT_TABLE_SORT,
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
};

export interface DroppedValue {
  param: string;
  value: string;
}

export interface ParseContext {
  /** Countries and regions the app can show: valid for `partner` and `select`. */
  isKnownPlace(id: string): boolean;
  /** Datasets this browser can show: bundled ones and the user's own. Absent: any well-formed id. */
  isDataset?(id: string): boolean;
  /** The loaded dataset's vocabularies and Member States; absent: the contract's and those of 2010. */
  vocabulary?: Pick<DatasetVocabulary, "frameworks" | "statuses" | "themes">;
  origins?: readonly string[];
  /** Regions that stand as origin in the dataset (an EU-level `eu`): valid in `ms`. */
  isOriginRegion?(id: string): boolean;
}

const PARAMS = [
  "dataset",
  "theme",
  "match",
  "ms",
  "partner",
  "framework",
  "status",
  "select",
  "view",
  "sort",
  "tsort",
  "tdir",
  "gaps",
  "at",
  "since",
  "compare",
  "embed",
  "lang",
  "present",
  "slide",
  "deck",
  "camera",
] as const;

/** More values than any list can mean (there are fewer than 300 countries): the rest is ignored, and said so. */
export const MAX_LIST_VALUES = 300;

/** A comma list; `accept` returns the canonical value or undefined for one the app does not know. */
function list<T extends string>(
  raw: string | null,
  param: string,
  accept: (v: string) => T | undefined,
  dropped: DroppedValue[],
): T[] {
  if (raw === null) return [];
  const out = new Set<T>();
  const parts = raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const part of parts.slice(0, MAX_LIST_VALUES)) {
    const v = accept(part);
    if (v === undefined) dropped.push({ param, value: part });
    else out.add(v);
  }
  if (parts.length > MAX_LIST_VALUES) dropped.push({ param, value: `${parts.length - MAX_LIST_VALUES} more values` });
  return [...out];
}

const member =
  <T extends string>(values: readonly T[]) =>
  (v: string): T | undefined =>
    isOneOf(values, v) ? v : undefined;

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

function parseCamera(raw: string): Camera | null {
  const texts = raw.split(",").map((t) => t.trim());
  if (texts.length !== 3 || !texts.every((t) => DECIMAL.test(t))) return null;
  const [lon = NaN, lat = NaN, zoom = NaN] = texts.map(Number);
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 12) return null;
  // Rounded as serializeUrlState writes it, so parse ∘ serialize is the identity.
  return { lon: roundTo(lon, 3), lat: roundTo(lat, 3), zoom: roundTo(zoom, 2) };
}

const roundTo = (n: number, digits: number) => Number(n.toFixed(digits));

export function parseUrlState(search: string, ctx: ParseContext): { state: UrlState; dropped: DroppedValue[] } {
  const params = new URLSearchParams(search);
  const dropped: DroppedValue[] = [];
  // One pass over the entries: params.get per key would scan them all again (quadratic on a long link).
  const unknown = new Set<string>();
  for (const [key, value] of params) {
    if (!unknown.has(key) && !isOneOf(PARAMS, key)) {
      unknown.add(key);
      dropped.push({ param: key, value });
    }
  }
  // A list given twice (theme=a&theme=b) means both; a single value given twice keeps the first.
  const q = { get: (key: string): string | null => (params.has(key) ? params.getAll(key).join(",") : null) };
  const one = <T>(param: (typeof PARAMS)[number], fallback: T, accept: (v: string) => T | undefined): T => {
    const all = params.getAll(param).filter((v) => v !== "");
    for (const extra of all.slice(1)) dropped.push({ param, value: extra });
    const raw = all[0];
    if (raw === undefined) return fallback;
    const v = accept(raw.trim());
    if (v === undefined) dropped.push({ param, value: raw });
    return v ?? fallback;
  };
  // Region ids are lowercase slugs, country codes uppercase: accept any case for a code.
  const place = (v: string): string | undefined =>
    ctx.isKnownPlace(v) ? v : ctx.isKnownPlace(v.toUpperCase()) ? v.toUpperCase() : undefined;
  const vocabulary = ctx.vocabulary ?? CONTRACT_VOCABULARY;
  const origins = ctx.origins ?? MEMBER_STATES_2010;
  const state: UrlState = {
    dataset: one("dataset", null as string | null, (v) =>
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v) && v.length <= 64 && (ctx.isDataset?.(v) ?? true) ? v : undefined,
    ),
    filters: {
      themes: list(q.get("theme"), "theme", member(vocabulary.themes), dropped),
      match: one("match", "any" as const, (v) => (v === "all" || v === "any" ? v : undefined)),
      // A Member State, or an EU-level origin (a region id such as `eu`) where the dataset has one.
      memberStates: list(
        q.get("ms"),
        "ms",
        (v) => (isOneOf(origins, v.toUpperCase()) ? v.toUpperCase() : ctx.isOriginRegion?.(v) ? v : undefined),
        dropped,
      ),
      partners: list(
        q.get("partner"),
        "partner",
        (v) => {
          const p = place(v);
          return p && !isOneOf(origins, p) ? p : undefined;
        },
        dropped,
      ),
      frameworks: list(q.get("framework"), "framework", member(vocabulary.frameworks), dropped),
      statuses: list(q.get("status"), "status", member(vocabulary.statuses), dropped),
    },
    select: one("select", null as string | null, place),
    view: one<View>("view", "map", member(VIEWS)),
    sort: one<ViewSort>("sort", "name", member(SORTS)),
    tableSort: {
      key: one("tsort", DEFAULT_TABLE_SORT.key, member(SORT_KEYS)),
      dir: one("tdir", DEFAULT_TABLE_SORT.dir, (v) => (v === "asc" || v === "desc" ? v : undefined)),
    },
    gaps: one("gaps", false, (v) => (v === "1" ? true : v === "0" ? false : undefined)),
    at: one("at", null as string | null, (v) => (isPartialDate(v) ? v : undefined)),
    since: one("since", null as string | null, (v) => (isPartialDate(v) ? v : undefined)),
    embed: one("embed", false, (v) => (v === "1" ? true : v === "0" ? false : undefined)),
    compare: one("compare", null as string | null, (v) =>
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v) && v.length <= 64 && (ctx.isDataset?.(v) ?? true) ? v : undefined,
    ),
    lang: one("lang", null as Locale | null, member(LOCALES)),
    present: one("present", false, (v) => (v === "1" ? true : v === "0" ? false : undefined)),
    slide: one("slide", null as number | null, (v) => (/^[1-9]\d{0,2}$/.test(v) ? Number(v) : undefined)),
    // An old link's `deck` is known but read by parseLocation, which also reads the fragment's.
    deck: null,
    camera: one("camera", null as Camera | null, (v) => parseCamera(v) ?? undefined),
  };
  // `since` compares two dates of one dataset: without `at` it has nothing to compare.
  if (state.at === null || (state.since !== null && endOfPeriod(state.since) >= endOfPeriod(state.at)))
    state.since = null;
  // Two datasets, or two dates of one: one comparison at a time, the datasets' first.
  if (state.compare !== null) state.since = null;
  // Slide and deck only mean something in meeting mode; outside it they are ignored.
  if (!state.present) {
    state.slide = null;
    state.deck = null;
  }
  return { state, dropped };
}

/** Canonical query string (without "?"): fixed parameter order, defaults left out; the deck goes in the fragment. */
export function serializeUrlState(s: UrlState): string {
  const q: [string, string][] = [];
  if (s.dataset) q.push(["dataset", s.dataset]);
  const f = s.filters;
  if (f.themes.length) q.push(["theme", f.themes.join(",")]);
  if (f.match !== "any") q.push(["match", f.match]);
  if (f.memberStates.length) q.push(["ms", f.memberStates.join(",")]);
  if (f.partners.length) q.push(["partner", f.partners.join(",")]);
  if (f.frameworks.length) q.push(["framework", f.frameworks.join(",")]);
  if (f.statuses.length) q.push(["status", f.statuses.join(",")]);
  if (s.select) q.push(["select", s.select]);
  if (s.view !== "map") q.push(["view", s.view]);
  if (s.sort !== "name") q.push(["sort", s.sort]);
  if (s.tableSort.key !== DEFAULT_TABLE_SORT.key) q.push(["tsort", s.tableSort.key]);
  if (s.tableSort.dir !== DEFAULT_TABLE_SORT.dir) q.push(["tdir", s.tableSort.dir]);
  if (s.gaps) q.push(["gaps", "1"]);
  if (s.at) q.push(["at", s.at]);
  if (s.at && s.since) q.push(["since", s.since]);
  if (s.compare) q.push(["compare", s.compare]);
  if (s.embed) q.push(["embed", "1"]);
  if (s.lang) q.push(["lang", s.lang]);
  if (s.present) q.push(["present", "1"]);
  if (s.present && s.slide !== null) q.push(["slide", String(s.slide)]);
  if (s.camera)
    q.push(["camera", [roundTo(s.camera.lon, 3), roundTo(s.camera.lat, 3), roundTo(s.camera.zoom, 2)].join(",")]);
  // Commas stay readable in shared links; URLSearchParams would encode them as %2C.
  return q.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ",")}`).join("&");
}
