/**
 * For the one-file atlas: puts the built script and stylesheet inside the HTML page, names it
 * `fileName`, and gives it a Content-Security-Policy of its own that admits exactly those inline
 * blocks by their sha256 hashes (no 'unsafe-inline'). The build fails if anything else would be
 * left beside the page, since a file:// page could not load it.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { OutputAsset, OutputChunk } from "rolldown";
import type { Plugin } from "vite";
import { singleFilePolicy } from "./cspPlugin.ts";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

// The HTML parser ends a <script> at the first "</script" whatever the JS means by it, and after
// a "<!--" it may read a later "<script" as nesting; written "<\/script" and "<\!--" they are the
// same strings and templates to the JS engine (both occur only in strings in today's bundle; in a
// /u regular expression "\!" would be a syntax error, which the browser test would catch).
const safeScript = (code: string) => code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
// Vite marks each dynamic import with __VITE_PRELOAD__ and fills in the files to preload, but
// finds no import() to pair the markers with once Rolldown has inlined them all, and leaves them
// undefined. Nothing needs preloading here: no list (undefined) says exactly that.
const withoutPreloadMarkers = (code: string) => code.replaceAll("__VITE_PRELOAD__", "void 0");
const safeStyle = (css: string) => css.replace(/<\/(style)/gi, "<\\/$1");

const asText = (file: OutputAsset | OutputChunk) =>
  file.type === "chunk"
    ? file.code
    : typeof file.source === "string"
      ? file.source
      : new TextDecoder().decode(file.source);

export function singleFilePlugin(fileName: string): Plugin {
  return {
    name: "atlas-single-file",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const page = bundle["index.html"];
      if (!page || page.type !== "asset") this.error("No index.html in the bundle.");
      let html = asText(page);
      const scripts: string[] = [];
      const styles: string[] = [];
      const inlined = new Set<string>(["index.html"]);
      // Vite writes `<script type="module" crossorigin src="./assets/…js">` and `<link rel="stylesheet" … href="./assets/…css">`.
      html = html.replace(/<script type="module" crossorigin src="\.\/([^"]+)"><\/script>/g, (_tag, name: string) => {
        const file = bundle[name];
        if (!file) this.error(`The page refers to ${name}, which the bundle lacks.`);
        inlined.add(name);
        const code = safeScript(withoutPreloadMarkers(asText(file)));
        scripts.push(code);
        return `<script type="module">${code}</script>`;
      });
      html = html.replace(/<link rel="stylesheet" crossorigin href="\.\/([^"]+)">/g, (_tag, name: string) => {
        const file = bundle[name];
        if (!file) this.error(`The page refers to ${name}, which the bundle lacks.`);
        inlined.add(name);
        const css = safeStyle(asText(file));
        styles.push(css);
        return `<style>${css}</style>`;
      });
      // The tab's icon too: beside a file:// page there is no favicon.svg to fetch.
      html = html.replace(/<link rel="icon" href="[^"]*favicon\.svg"/, () => {
        const svg = readFileSync("public/favicon.svg");
        return `<link rel="icon" href="data:image/svg+xml;base64,${svg.toString("base64")}"`;
      });
      const leftOver = Object.keys(bundle).filter((name) => !inlined.has(name));
      if (leftOver.length > 0)
        this.error(`These files would be left beside the one-file atlas, out of its reach: ${leftOver.join(", ")}`);
      if (scripts.length === 0) this.error("No script was inlined: the page's tags did not look as expected.");
      const policy = singleFilePolicy(scripts.map(sha256), styles.map(sha256));
      html = html.replace(
        "<head>",
        () => `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      );
      for (const name of inlined) delete bundle[name];
      this.emitFile({ type: "asset", fileName, source: html });
    },
  };
}
