/**
 * What a source's `url` may be: a web address (http or https) or a path inside the dataset's
 * folder. Anything else (javascript:, data:, file:, a path climbing out of the folder) would
 * either run in the atlas's page or point nowhere, so the validator rejects it. Pure.
 */
export type SourceUrl = { kind: "web"; href: string } | { kind: "relative"; path: string } | { kind: "none" };

export const SOURCE_URL_EXPECTED = "an http:// or https:// address, or a path inside the dataset's folder such as source/report.txt (or empty)";

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function classifySourceUrl(raw: string): SourceUrl | null {
  const url = raw.trim();
  if (url === "") return { kind: "none" };
  if (SCHEME.test(url)) {
    if (!/^https?:\/\//i.test(url)) return null;
    try {
      const parsed = new URL(url);
      return parsed.hostname ? { kind: "web", href: parsed.href } : null;
    } catch {
      return null;
    }
  }
  // "//host/x" is a web address in disguise; "/x" leaves the dataset; "\" and ".." climb out of it.
  if (url.startsWith("/") || url.includes("\\") || url.split("/").some((part) => part === ".." || part === "")) return null;
  if ([...url].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) return null;
  return { kind: "relative", path: url };
}

/**
 * Where a source opens: web addresses as they are; a relative path through `fileHref`, which
 * knows where a bundled dataset's files are (beside the page, or inside the one-file atlas). A
 * dataset opened from the user's files has no folder (null), so no link.
 */
export function sourceHref(raw: string, fileHref: ((path: string) => string) | null): string | null {
  const url = classifySourceUrl(raw);
  if (!url || url.kind === "none") return null;
  if (url.kind === "web") return url.href;
  return fileHref ? fileHref(url.path) : null;
}
