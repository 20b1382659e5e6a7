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
    transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" }],
  };
}
