/**
 * `<link rel="modulepreload">` for every chunk the entry imports statically (MapLibre first of
 * all), so they download beside the entry rather than after it has been parsed. Vite's own
 * preloading is off (vite.config.ts): it wraps every lazy import in a helper and a list of its
 * dependencies, which the first load would carry only to speed up parts that the idle prefetch
 * fetches anyway.
 */
import type { HtmlTagDescriptor, Plugin } from "vite";

export function modulePreloadPlugin(): Plugin {
  return {
    name: "atlas-module-preload",
    apply: "build",
    transformIndexHtml(_html, ctx): HtmlTagDescriptor[] {
      const seen = new Set<string>();
      const visit = (file: string) => {
        const chunk = ctx.bundle?.[file];
        if (!chunk || chunk.type !== "chunk") return;
        for (const dep of chunk.imports) {
          if (seen.has(dep)) continue;
          seen.add(dep);
          visit(dep);
        }
      };
      if (ctx.chunk) visit(ctx.chunk.fileName);
      return [...seen].map((file) => ({
        tag: "link",
        attrs: { rel: "modulepreload", crossorigin: "", href: `./${file}` },
        injectTo: "head",
      }));
    },
  };
}
