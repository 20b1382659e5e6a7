import { useMemo } from "react";
import type { Dataset, Link } from "../data/dataset.ts";
import { filterLinks, summarize, themeCounts } from "../data/filterLinks.ts";
import type { Filters } from "../data/filters.ts";
import { placeName } from "../data/places.ts";
import { linksAt, yearSpan } from "../data/time.ts";
import type { PlaceOption } from "../data/searchPlaces.ts";
import { anchorResolver } from "../geo/buildMapModel.ts";
import type { WorldLayer } from "../geo/worldLayer.ts";
import { countryName, namesOf, type Locale } from "../i18n/countryNames.ts";
import type { Translate } from "../i18n/translate.ts";
import type { UrlState } from "../state/urlState.ts";

const NONE: Link[] = [];

/** Everything the atlas shows for a URL state, memoised: the filtered links and what is drawn of them. */
export function useAtlasView(args: {
  dataset: Dataset;
  world: WorldLayer;
  state: UrlState;
  locale: Locale;
  t: Translate;
}) {
  const { dataset, world, state, locale, t } = args;
  const filtered = useMemo(() => filterLinks(dataset.links, state.filters), [dataset, state.filters]);
  // With a date, only the links in place then; undated links are kept apart, never dropped silently.
  const timed = useMemo(() => (state.at ? linksAt(filtered, state.at) : null), [filtered, state.at]);
  const shown = timed ? timed.inPlace : filtered;
  const undated = timed?.undated ?? NONE;
  const inTime = useMemo(
    () => (state.at ? linksAt(dataset.links, state.at).inPlace : dataset.links),
    [dataset, state.at],
  );
  // The manifest may widen the span (2015–2026) beyond the first and last dates in the data.
  const span = useMemo((): [number, number] | null => {
    const fromData = yearSpan(dataset.links, dataset.manifest.as_of);
    const years = dataset.manifest.years;
    return fromData && years ? [Math.min(fromData[0], years[0]), Math.max(fromData[1], years[1])] : fromData;
  }, [dataset]);
  // The counts beside the focus areas leave the chosen areas out, so a click on one (the commonest
  // filter) does not recount them: at 100,000 links that is a pass over every link saved.
  const othersKey = JSON.stringify({ ...state.filters, themes: [], match: "any" });
  const otherFilters = useMemo(() => JSON.parse(othersKey) as Filters, [othersKey]);
  const counts = useMemo(() => themeCounts(inTime, otherFilters), [inTime, otherFilters]);
  const nameOf = useMemo(() => (id: string) => placeName(id, dataset, locale), [dataset, locale]);

  // Links per place, counted once per dataset: beside filter options and in search hints.
  const linkCounts = useMemo(() => {
    const m = new Map<string, number>();
    for (const l of dataset.links) for (const id of [l.member_state, l.partner]) m.set(id, (m.get(id) ?? 0) + 1);
    return m;
  }, [dataset]);

  const lists = useMemo(() => {
    const named = (ids: Iterable<string>) =>
      [...ids]
        .map((id) => ({ id, name: nameOf(id), count: linkCounts.get(id) ?? 0 }))
        .sort((a, b) => a.name.localeCompare(b.name, locale));
    // The answers' Member States where the dataset has them (so "no partnership" can be chosen); else those with links.
    const origins = dataset.hasResponses
      ? dataset.memberStates.keys()
      : new Set(dataset.links.map((l) => l.member_state));
    return { memberStates: named(origins), partners: named(new Set(dataset.links.map((l) => l.partner))) };
  }, [dataset, linkCounts, nameOf, locale]);

  const searchPlaces = useMemo((): PlaceOption[] => {
    const ids = new Set<string>([...world.anchors.keys(), ...dataset.regions.keys()]);
    return [...ids]
      .flatMap((id) => {
        const name = dataset.regions.get(id)?.name ?? countryName(id, locale);
        if (!name) return [];
        // Found by its other names too, in the UI language and in English ("America", "Russland").
        const aliases = [...namesOf(id, locale), ...namesOf(id, "en")].filter(
          (a, i, all) => a !== name && all.indexOf(a) === i,
        );
        const n = linkCounts.get(id) ?? 0;
        return [
          {
            id,
            name,
            aliases,
            hint: n === 0 ? t("search.noLinks") : t("search.links", { count: n }),
          },
        ];
      })
      .sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [world, dataset, linkCounts, locale, t]);

  const usedThemes = useMemo(() => new Set(dataset.links.flatMap((l) => l.themes)), [dataset]);

  /** Bounds of what is shown, for meeting mode's camera: [west, south, east, north]. */
  const shownBounds = useMemo((): [number, number, number, number] | null => {
    const anchorOf = anchorResolver(world, dataset);
    // A loop, not Math.min(...points): spreading 200,000 numbers overflows the call stack.
    let bounds: [number, number, number, number] | null = null;
    // Bounds of the links whatever the date, so that playing through the years never moves the camera.
    for (const l of filtered) {
      for (const p of [anchorOf(l.member_state), anchorOf(l.partner)]) {
        const [lon, lat] = p ?? [];
        if (lon === undefined || lat === undefined) continue;
        bounds = bounds
          ? [Math.min(bounds[0], lon), Math.min(bounds[1], lat), Math.max(bounds[2], lon), Math.max(bounds[3], lat)]
          : [lon, lat, lon, lat];
      }
    }
    return bounds;
  }, [world, dataset, filtered]);

  // Memoised: a hover re-renders the atlas, and with 100,000 links each pass over them shows.
  const shownFacts = useMemo(
    () => ({
      summary: summarize(shown, (id) => dataset.regions.has(id)),
      shownFrameworks: inUse(["", ...dataset.vocabulary.frameworks], shown, (l) => l.framework),
      shownStatuses: inUse(["", ...dataset.vocabulary.statuses], shown, (l) => l.status),
    }),
    [shown, dataset],
  );
  /** Values a filter can offer: those the dataset uses, in the vocabulary's order. */
  const offered = useMemo(
    () => ({
      themes: dataset.vocabulary.themes.filter((th) => usedThemes.has(th)),
      frameworks: inUse(["", ...dataset.vocabulary.frameworks], dataset.links, (l) => l.framework).filter(Boolean),
      statuses: inUse(["", ...dataset.vocabulary.statuses], dataset.links, (l) => l.status).filter(Boolean),
    }),
    [dataset, usedThemes],
  );

  return { shown, undated, span, inTime, counts, nameOf, ...lists, searchPlaces, shownBounds, ...shownFacts, offered };
}

function inUse(values: string[], links: readonly Link[], key: (l: Link) => string): string[] {
  const used = new Set(links.map(key));
  return values.filter((v) => used.has(v));
}
