import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readdirSync, existsSync } from "node:fs";
import { checkedJson, fingerprint, reviveChecked } from "../../src/data/datasets/checkedDataset.ts";
import { parseDatasetIndex } from "../../src/data/datasets/bundledDatasets.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { readDatasetFiles } from "../../scripts/readDatasetFiles.ts";
import { checkedDatasets } from "../../scripts/vite/checkedDatasets.ts";
import { datasetIndex } from "../../scripts/vite/dataFilesPlugin.ts";
import { ROOT, bundled, bundledFiles } from "./bundledDataset.ts";

const DATA = join(ROOT, "data");
const bundledIds = readdirSync(DATA).filter((id) => existsSync(join(DATA, id, "dataset.json")));

describe("the build's check of a bundled dataset (checked.json)", () => {
  it("gives back, for the very files, what validating them gives, for every bundled dataset", async () => {
    const checked = await checkedDatasets(DATA);
    expect([...checked.keys()].sort()).toEqual([...bundledIds].sort());
    for (const id of bundledIds) {
      const files = readDatasetFiles(join(DATA, id));
      const revived = reviveChecked(checked.get(id) ?? "", await fingerprint(files));
      expect(revived, id).toEqual(validateDataset(files).dataset);
      expect(revived?.memberStates, id).toBeInstanceOf(Map);
    }
  });

  it("is not taken for files that differ in any way from those it was made from", async () => {
    const text = checkedJson(bundled.dataset, (await fingerprint(bundledFiles)) ?? "");
    const partnerships = String(bundledFiles.partnerships);
    const changes = [
      { ...bundledFiles, partnerships: partnerships.replace("bilateral", "bilaterall") },
      { ...bundledFiles, partnerships: partnerships.split("\n").slice(0, -2).join("\n") },
      { ...bundledFiles, memberStates: undefined },
      { ...bundledFiles, sourceText: `${bundledFiles.sourceText ?? ""} ` },
      { ...bundledFiles, expectedId: "another-folder" },
    ];
    for (const files of changes) expect(reviveChecked(text, await fingerprint(files))).toBeUndefined();
    expect(reviveChecked(text, await fingerprint(bundledFiles))).toBeDefined();
  });

  it("reads the files as a fetch does: a byte-order mark makes no difference", async () => {
    const withMark = { ...bundledFiles, manifest: `\uFEFF${bundledFiles.manifest ?? ""}` };
    expect(await fingerprint(withMark)).toBe(await fingerprint(bundledFiles));
  });

  it("is ignored when broken, of another format, or with no fingerprint to compare", async () => {
    const print = (await fingerprint(bundledFiles)) ?? "";
    const good = JSON.parse(checkedJson(bundled.dataset, print)) as Record<string, unknown>;
    expect(reviveChecked("{", print)).toBeUndefined();
    expect(reviveChecked(JSON.stringify({ ...good, format: "atlas-checked-0" }), print)).toBeUndefined();
    expect(reviveChecked(JSON.stringify({ ...good, dataset: [] }), print)).toBeUndefined();
    expect(reviveChecked(JSON.stringify(good), undefined)).toBeUndefined();
  });

  it("is named in the index for the datasets that have one", () => {
    const { datasets } = parseDatasetIndex(JSON.parse(datasetIndex("data", new Set(["emn-ahq-2010"]))));
    expect(datasets.find((d) => d.id === "emn-ahq-2010")?.checked).toBe("checked.json");
    expect(datasets.find((d) => d.id !== "emn-ahq-2010")).not.toHaveProperty("checked");
  });
});
