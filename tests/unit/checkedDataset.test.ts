import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { checkIdOf, checkedJson, fingerprint, reviveChecked } from "../../src/data/datasets/checkedDataset.ts";
import { parseDatasetIndex } from "../../src/data/datasets/bundledDatasets.ts";
import type { DatasetFiles } from "../../src/data/dataset.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { readDatasetFiles } from "../../scripts/readDatasetFiles.ts";
import { checkedDatasets } from "../../scripts/vite/checkedDatasets.ts";
import { checkId } from "../../scripts/vite/checkId.ts";
import { datasetIndex } from "../../scripts/vite/dataFilesPlugin.ts";
import { ROOT, bundled, bundledFiles } from "./bundledDataset.ts";

const DATA = join(ROOT, "data");
const CHECK = "test-check";
const bundledIds = readdirSync(DATA).filter((id) => existsSync(join(DATA, id, "dataset.json")));
const printOf = async (files: DatasetFiles, check = CHECK) => (await fingerprint(files, check)) ?? "";
const textOf = async (files: DatasetFiles) => checkedJson(validateDataset(files).dataset, await printOf(files), CHECK);

describe("the build's check of a bundled dataset (checked.json)", () => {
  it("gives back, for the very files, exactly what validating them gives, for every bundled dataset", async () => {
    const checked = await checkedDatasets(DATA, CHECK);
    expect([...checked.keys()].sort()).toEqual([...bundledIds].sort());
    for (const id of bundledIds) {
      const files = readDatasetFiles(join(DATA, id));
      const text = checked.get(id) ?? "";
      expect(checkIdOf(text), id).toBe(CHECK);
      const revived = reviveChecked(text, await printOf(files));
      expect(revived, id).toStrictEqual(validateDataset(files).dataset);
    }
  });

  it("is not taken for files that differ in any way from those it was made from", async () => {
    const text = await textOf(bundledFiles);
    const touch = (s: string | string[][] | undefined) => `${String(s ?? "")}\n`;
    const changes: DatasetFiles[] = [
      { ...bundledFiles, manifest: touch(bundledFiles.manifest) },
      { ...bundledFiles, partnerships: String(bundledFiles.partnerships).replace("bilateral", "bilaterall") },
      { ...bundledFiles, memberStates: undefined },
      { ...bundledFiles, regions: touch(bundledFiles.regions) },
      { ...bundledFiles, sources: touch(bundledFiles.sources) },
      { ...bundledFiles, sourceText: touch(bundledFiles.sourceText) },
      { ...bundledFiles, expectedId: "another-folder" },
    ];
    for (const files of changes) expect(reviveChecked(text, await printOf(files))).toBeUndefined();
    expect(reviveChecked(text, await printOf(bundledFiles))).toBeDefined();
  });

  it("is not taken by code other than the code that made it (another check id)", async () => {
    const text = await textOf(bundledFiles);
    expect(reviveChecked(text, await printOf(bundledFiles, "another-build"))).toBeUndefined();
  });

  it("reads the files as a fetch does: a byte-order mark makes no difference", async () => {
    const withMark = { ...bundledFiles, manifest: `\uFEFF${bundledFiles.manifest ?? ""}` };
    expect(await printOf(withMark)).toBe(await printOf(bundledFiles));
  });

  it("is ignored, never thrown, when broken, of another format, or with no fingerprint to compare", async () => {
    const print = await printOf(bundledFiles);
    const good = JSON.parse(checkedJson(bundled.dataset, print, CHECK)) as { dataset: Record<string, unknown> };
    const variants = [
      "{",
      JSON.stringify({ ...good, format: "atlas-checked-1" }),
      JSON.stringify({ ...good, dataset: [] }),
      JSON.stringify({ ...good, dataset: { ...good.dataset, links: undefined } }),
      JSON.stringify({ ...good, dataset: { ...good.dataset, regions: [5] } }),
      JSON.stringify({ ...good, dataset: { ...good.dataset, sources: {} } }),
    ];
    for (const text of variants) expect(reviveChecked(text, print)).toBeUndefined();
    expect(reviveChecked(JSON.stringify(good), undefined)).toBeUndefined();
  });

  it("is named in the index for the datasets that have one", () => {
    const { datasets } = parseDatasetIndex(JSON.parse(datasetIndex("data", new Set(["emn-ahq-2010"]))));
    expect(datasets.find((d) => d.id === "emn-ahq-2010")?.checked).toBe("checked.json");
    expect(datasets.find((d) => d.id !== "emn-ahq-2010")).not.toHaveProperty("checked");
  });

  it("takes its check id from the code: a change to any source or to the locked packages gives another", () => {
    expect(checkId(ROOT)).toMatch(/^[0-9a-f]{20}$/);
    const root = mkdtempSync(join(tmpdir(), "atlas-check-id-"));
    try {
      mkdirSync(join(root, "src/data"), { recursive: true });
      writeFileSync(join(root, "src/data/schemas.ts"), "export const A = 1;\n");
      writeFileSync(join(root, "package-lock.json"), "{}\n");
      const first = checkId(root);
      expect(checkId(root)).toBe(first);
      writeFileSync(join(root, "src/data/schemas.ts"), "export const A = 2;\n");
      const second = checkId(root);
      expect(second).not.toBe(first);
      writeFileSync(join(root, "package-lock.json"), '{"lockfileVersion": 3}\n');
      expect(checkId(root)).not.toBe(second);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
