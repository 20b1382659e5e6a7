/**
 * The one-file build's seam: wherever the app imports a module of src/ that has a twin named
 * <name>.single.ts beside it, the build takes the twin. The few things that differ in a page
 * opened from file:// (where its files and workers come from) live in those twins, and the app
 * code around them stays one path for both builds.
 */
import { existsSync } from "node:fs";
import { resolve, sep } from "node:path";
import type { Plugin } from "vite";

export function singleTwinsPlugin(srcDir = "src"): Plugin {
  const src = resolve(srcDir) + sep;
  return {
    name: "atlas-single-twins",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (source.includes("?")) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (
        !resolved ||
        !resolved.id.startsWith(src) ||
        !resolved.id.endsWith(".ts") ||
        resolved.id.endsWith(".single.ts")
      )
        return resolved;
      const twin = resolved.id.replace(/\.ts$/, ".single.ts");
      return existsSync(twin) ? twin : resolved;
    },
  };
}
