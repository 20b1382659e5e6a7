/**
 * The check id: a hash of the atlas's sources and locked dependencies. The build writes it into
 * the page (import.meta.env.VITE_ATLAS_CHECK_ID) and into each dataset's fingerprint, so a
 * checked.json is only ever taken by the code that made it: validation is code (vocabularies,
 * country names, the Dataset's shape) as much as data.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

export function checkId(root = "."): string {
  const hash = createHash("sha256");
  const lock = join(root, "package-lock.json");
  for (const path of [...filesUnder(join(root, "src")), ...(existsSync(lock) ? [lock] : [])]) {
    hash.update(`${path}\0`);
    hash.update(readFileSync(path));
  }
  return hash.digest("hex").slice(0, 20);
}
