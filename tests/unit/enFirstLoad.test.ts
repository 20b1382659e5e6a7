import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/messages/en.ts";
import { enFirstLoad } from "../../src/i18n/messages/enFirstLoad.ts";
import { enParts } from "../../src/i18n/messages/enParts.ts";

/**
 * The first screen must never show a key: every message used by a module of the first load (what
 * src/main.tsx imports statically, not `import type` nor `import()`) must be in enFirstLoad.ts,
 * since enParts.ts only comes with the parts loaded on demand.
 */
function firstLoadModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [resolve(entry)];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    // `import … from "./x"` and `export … from "./x"` (not `import type`), and bare `import "./x"`.
    const specs = [
      ...code.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+"(\.[^"]+)"/gm),
      ...code.matchAll(/^import\s+"(\.[^"]+\.tsx?)"/gm),
    ].map((m) => m[1] ?? "");
    for (const spec of specs) if (/\.tsx?$/.test(spec)) queue.push(resolve(dirname(file), spec));
  }
  return seen;
}

describe("the English catalogue in two", () => {
  it("has every key once, in one of the two halves", () => {
    const first = Object.keys(enFirstLoad);
    const parts = Object.keys(enParts);
    expect(first.filter((k) => parts.includes(k))).toEqual([]);
    expect(Object.keys(en).length).toBe(first.length + parts.length);
  });

  it("has every message of the first load's modules in enFirstLoad", () => {
    const modules = firstLoadModules("src/main.tsx");
    // Sanity: the walk reaches deep into the page (the map, the sidebar), not only main.tsx.
    expect([...modules].some((m) => m.endsWith("src/components/FilterPanel.tsx"))).toBe(true);
    expect([...modules].some((m) => m.endsWith("src/components/TableView.tsx"))).toBe(false);
    const missing: string[] = [];
    for (const file of modules) {
      const code = readFileSync(file, "utf8");
      for (const key of Object.keys(enParts)) if (code.includes(`"${key}"`)) missing.push(`${key} (${file})`);
    }
    expect(missing).toEqual([]);
  });
});
