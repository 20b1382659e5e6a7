/**
 * The one-file atlas's twin of dataText.ts: the bundled files are embedded in the page, since a
 * page opened from file:// may not fetch anything (Chromium refuses fetches of file: URLs).
 */
import { embeddedFiles } from "virtual:atlas-embedded-files";
import { HttpError } from "./httpError.ts";

export function dataText(path: string): Promise<string> {
  const text = embeddedFiles[path];
  return text === undefined ? Promise.reject(new HttpError(path, 404)) : Promise.resolve(text);
}

const hrefs = new Map<string, string>();

/** A blob: address of the embedded text: there is no file beside the page to link to. */
export function dataFileHref(path: string): string {
  let href = hrefs.get(path);
  if (!href) {
    href = URL.createObjectURL(new Blob([embeddedFiles[path] ?? ""], { type: "text/plain;charset=utf-8" }));
    hrefs.set(path, href);
  }
  return href;
}
