/**
 * Where the atlas's own files come from: fetched from beside the page. The one-file build swaps
 * this module for dataText.single.ts (scripts/vite/singleTwinsPlugin.ts), which reads the same
 * files from inside the page; everything after the text (parsing, zod checks) is shared.
 * `path` is relative to the page: "data/index.json", "geo/world.topo.json".
 */
import { HttpError } from "./httpError.ts";

const base = import.meta.env.BASE_URL;
const urlOf = (path: string) => `${base}${path}`;

export async function dataText(path: string): Promise<string> {
  const url = urlOf(path);
  const response = await fetch(url);
  if (!response.ok) throw new HttpError(url, response.status);
  return response.text();
}

/** An address a link can open the file at, e.g. a dataset's source text. */
export function dataFileHref(path: string): string {
  return urlOf(path);
}
