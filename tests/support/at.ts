/** The item at `i`, or a failed test naming what was missing: indexing in tests without `!`. */
export function at<T>(list: ArrayLike<T> | undefined, i: number): T {
  const v = list?.[i];
  if (v === undefined) throw new Error(`expected an item at index ${i} of a list of ${list?.length ?? 0}`);
  return v;
}

export type LonLat = [number, number];

/** A GeoJSON position as [lon, lat]; fails the test when there is none. */
export function lonLat(p: readonly number[] | undefined): LonLat {
  const [lon, lat] = p ?? [];
  if (lon === undefined || lat === undefined)
    throw new Error(`expected a [lon, lat] position, got ${JSON.stringify(p)}`);
  return [lon, lat];
}
