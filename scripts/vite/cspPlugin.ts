/**
 * A strict Content-Security-Policy in the built page: scripts, workers, styles and data only from
 * the atlas's own origin; images also from data: and blob: (the hatch pattern, exports). Not in
 * dev, where Vite's live reload needs inline scripts and a socket. `frame-ancestors` cannot be set
 * in a <meta>: the host sends it as a header (README, "Embed").
 */
import type { Plugin } from "vite";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export function cspPlugin(): Plugin {
  return {
    name: "atlas-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

/**
 * The one-file atlas's policy, for a page opened from file:// that can reach nothing beside
 * itself: its inline script and stylesheet by hash, workers from blob: addresses it makes itself,
 * images and fonts from data: and blob:, and no request to any origin ('self' is left out: from
 * file:// it would admit the reader's other local files).
 * MapLibre, on a page of opaque origin, reads its worker's script back from the blob: address it
 * is given and starts it from a data: address instead (Chromium starts no module worker from a
 * blob: address there): hence `connect-src blob:` and `worker-src data:`, both local to the page.
 */
export function singleFilePolicy(scriptHashes: string[], styleHashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(" ")}`,
    "worker-src blob: data:",
    "connect-src blob:",
    `style-src ${styleHashes.join(" ")}`,
    "img-src data: blob:",
    "font-src data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}
