/**
 * A bundled dataset as the build found it valid (data/<id>/checked.json), bound to the exact files
 * it was read from by a SHA-256 fingerprint. The page fetches the files as before; when their
 * fingerprint is the one the build recorded, it takes the checked dataset as it stands instead of
 * parsing and validating the files again in the import worker, so the first screen needs neither
 * the worker nor its parser and schemas (issue #9). Any other file on the server (edited after the
 * build, broken, missing) has another fingerprint, and is validated and reported as before.
 */
import type { Dataset, DatasetFiles } from "../dataset.ts";

/** The file the build writes beside a bundled dataset's own files. */
export const CHECKED_FILE = "checked.json";

/**
 * Changes whenever the shape of Dataset (or what validation makes of the same files) changes, so
 * that a checked.json from another build of the atlas, kept in a cache, never matches.
 */
const CHECKED_FORMAT = "atlas-checked-1";

/** As a fetch decodes text (Response.text() drops a byte-order mark), so disk and page agree. */
const decoded = (text: string | string[][] | undefined): string | null =>
  typeof text === "string" ? text.replace(/^\uFEFF/, "") : text === undefined ? null : JSON.stringify(text);

/**
 * SHA-256 of every file validation reads, in hex. Undefined where the platform has no Web Crypto
 * (a page served over plain http from another host): the files are then validated as any others.
 */
export async function fingerprint(files: DatasetFiles): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (!subtle) return undefined;
  const canonical = JSON.stringify([
    CHECKED_FORMAT,
    files.expectedId ?? null,
    decoded(files.manifest),
    decoded(files.partnerships),
    decoded(files.memberStates),
    decoded(files.regions),
    decoded(files.sources),
    decoded(files.sourceText),
  ]);
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

interface CheckedJson {
  format: string;
  fingerprint: string;
  dataset: Omit<Dataset, "memberStates" | "regions" | "sources"> & {
    memberStates: [string, unknown][];
    regions: [string, unknown][];
    sources: [string, unknown][];
  };
}

/** checked.json's text, for a dataset validation passed with no issue. */
export function checkedJson(dataset: Dataset, print: string): string {
  const json: CheckedJson = {
    format: CHECKED_FORMAT,
    fingerprint: print,
    dataset: {
      ...dataset,
      memberStates: [...dataset.memberStates],
      regions: [...dataset.regions],
      sources: [...dataset.sources],
    },
  };
  return JSON.stringify(json);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The dataset checked.json holds, when it was made from files with this fingerprint; else
 * undefined, and the caller validates the files. Past its format and fingerprint it is trusted as
 * it stands: the build wrote it from the same files, through validateDataset.
 */
export function reviveChecked(text: string, print: string | undefined): Dataset | undefined {
  if (print === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(json) || json.format !== CHECKED_FORMAT || json.fingerprint !== print || !isRecord(json.dataset))
    return undefined;
  const { memberStates, regions, sources, ...rest } = (json as unknown as CheckedJson).dataset;
  return {
    ...rest,
    memberStates: new Map(memberStates) as Dataset["memberStates"],
    regions: new Map(regions) as Dataset["regions"],
    sources: new Map(sources) as Dataset["sources"],
  };
}
