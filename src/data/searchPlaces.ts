/** Finding a place by name as a user types it. Pure. */

export interface PlaceOption {
  id: string;
  name: string;
  /** Other names that find it too, e.g. the English name under a French UI. */
  aliases: string[];
  /** e.g. "3 links" or "no links reported" */
  hint: string;
}

/** Case- and accent-insensitive form, so "geo" finds Géorgie and "sao" São Tomé. */
export function searchKey(s: string): string {
  return s.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLocaleLowerCase();
}

export function matchPlaces(places: PlaceOption[], query: string, limit = 8): PlaceOption[] {
  const q = searchKey(query.trim());
  if (!q) return [];
  const keys = (p: PlaceOption) => [p.name, ...p.aliases].map(searchKey);
  const starts = places.filter((p) => keys(p).some((k) => k.startsWith(q)));
  const contains = places.filter((p) => !starts.includes(p) && keys(p).some((k) => k.includes(q)));
  return [...starts, ...contains].slice(0, limit);
}
