/** The bundled datasets' manifests say what they are. Manifest parsing is tested in tests/unit/datasetManifest.test.ts. */
import { describe, expect, it } from "vitest";
import { localize } from "../../src/data/datasets/manifest.ts";
import { bundled } from "../unit/bundledDataset.ts";

describe("the bundled 2010 dataset's manifest", () => {
  it("describes the bundled 2010 dataset", () => {
    expect(bundled.dataset.manifest).toMatchObject({
      format: 2,
      id: "emn-ahq-2010",
      as_of: "2010-10-08",
      source_text: "source/emn-ahq-2010-migration-partnerships.txt",
      story: "emn-ahq-2010",
    });
    expect(bundled.dataset.origins).toHaveLength(27);
    expect(localize(bundled.dataset.manifest.citation, "de")).toContain("Europäisches Migrationsnetzwerk");
  });
});
