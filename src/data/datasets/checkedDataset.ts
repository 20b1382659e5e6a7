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

/** The layout of checked.json itself. */
const CHECKED_FORMAT = "atlas-checked-2";

/** As a fetch decodes text (Response.text() drops a byte-order mark), so disk and page agree. */
const decoded = (text: string | string[][] | undefined): string | null =>
  typeof text === "string" ? text.replace(/^\uFEFF/, "") : text === undefined ? null : JSON.stringify(text);

/** Web Crypto's digests; missing where the page is served over plain http from another host. */
export const webCrypto = (): SubtleCrypto | undefined => globalThis.crypto?.subtle;

/**
 * SHA-256, in hex, of every file validation reads and of the code that validates (`check`).
 * Undefined without Web Crypto: the files are then validated as any others.
 */
export async function fingerprint(files: DatasetFiles, check: string): Promise<string | undefined> {
  const subtle = webCrypto();
  if (!subtle) return undefined;
  const canonical = JSON.stringify([
    CHECKED_FORMAT,
    check,
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
  /** The check id it was made with: the benchmark reads it to check datasets of its own alike. */
  check: string;
  fingerprint: string;
  dataset: Omit<Dataset, "memberStates" | "regions" | "sources"> & {
    memberStates: [string, unknown][];
    regions: [string, unknown][];
    sources: [string, unknown][];
  };
}

/** checked.json's text, for a dataset validation passed with no issue. */
export function checkedJson(dataset: Dataset, print: string, check: string): string {
  const json: CheckedJson = {
    format: CHECKED_FORMAT,
    check,
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

/** The check id a checked.json was made with, if it names one. */
export function checkIdOf(text: string): string | undefined {
  try {
    const json: unknown = JSON.parse(text);
    return isRecord(json) && typeof json.check === "string" ? json.check : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The dataset checked.json holds, when it was made from files with this fingerprint; else
 * undefined, and the caller validates the files. Past its format, fingerprint and outline it is
 * trusted as it stands: the build wrote it from the same files, through validateDataset.
 */
export function reviveChecked(text: string, print: string | undefined): Dataset | undefined {
  if (print === undefined) return undefined;
  try {
    const json: unknown = JSON.parse(text);
    if (!isRecord(json) || json.format !== CHECKED_FORMAT || json.fingerprint !== print) return undefined;
    const d = json.dataset;
    const lists = isRecord(d) ? [d.links, d.origins, d.memberStates, d.regions, d.sources] : [];
    if (!isRecord(d) || !lists.every(Array.isArray) || !isRecord(d.manifest) || !isRecord(d.vocabulary)) return undefined;
    const { memberStates, regions, sources, ...rest } = d as unknown as CheckedJson["dataset"];
    return {
      ...rest,
      memberStates: new Map(memberStates) as Dataset["memberStates"],
      regions: new Map(regions) as Dataset["regions"],
      sources: new Map(sources) as Dataset["sources"],
    };
  } catch {
    // Entries that are not pairs: a broken build's file, validated instead.
    return undefined;
  }
}
