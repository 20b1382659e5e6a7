// Generates public/geo/world.topo.json (git-ignored) from the world-atlas package.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import type { Topology } from "topojson-specification";
import { buildWorld } from "./world/buildWorld.ts";
import { englishNames } from "./world/englishNames.ts";

const require = createRequire(import.meta.url);
const source = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
// The English names travel with the world layer (worldNames in src/geo/worldLayer.ts): the first
// screen needs both, and one file is one request.
const world = { ...buildWorld(source, (id) => countries.numericToAlpha3(id)), names: englishNames() };
mkdirSync("public/geo", { recursive: true });
const out = "public/geo/world.topo.json";
writeFileSync(out, JSON.stringify(world));
console.log(`world layer: ${out} (${(JSON.stringify(world).length / 1024).toFixed(0)} KB)`);
