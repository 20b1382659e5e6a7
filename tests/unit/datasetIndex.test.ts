import { describe, expect, it } from "vitest";
import { parseDatasetIndex } from "../../src/data/datasets/bundledDatasets.ts";
import { parseWorld } from "../../src/geo/worldLayer.ts";

describe("the dataset index, checked without zod", () => {
  it("keeps the known fields of each entry, as a schema would", () => {
    const json = { datasets: [{ id: "a", title: { en: "A", fr: "A fr" }, files: ["x.csv"], extra: 1 }], more: true };
    expect(parseDatasetIndex(json)).toEqual({
      datasets: [{ id: "a", title: { en: "A", fr: "A fr" }, files: ["x.csv"] }],
    });
  });

  it("keeps the source text the manifest names, so the app asks for it with the files", () => {
    const json = { datasets: [{ id: "a", title: "A", files: ["dataset.json"], source_text: "source/a.txt" }] };
    expect(parseDatasetIndex(json).datasets[0]?.sourceText).toBe("source/a.txt");
    expect(parseDatasetIndex({ datasets: [{ id: "a", title: "A", files: [] }] }).datasets[0]).not.toHaveProperty(
      "sourceText",
    );
  });

  it.each([
    [null, /lists no datasets/],
    [{ datasets: [] }, /lists no datasets/],
    [{ datasets: [{ title: "A", files: [] }] }, /datasets\[0\] has no id/],
    [{ datasets: [{ id: "a", title: "A", files: [1] }] }, /datasets\[0\] has no list of files/],
    [{ datasets: [{ id: "a", title: { en: 2 }, files: [] }] }, /datasets\[0\] has no title/],
  ])("refuses %j", (json, message) => {
    expect(() => parseDatasetIndex(json)).toThrow(message);
  });
});

describe("the world layer's shape check", () => {
  it("refuses what is not a topology with countries and anchors", () => {
    const collection = { type: "GeometryCollection", geometries: [] };
    expect(() => parseWorld({ type: "Topology", arcs: [], objects: { countries: collection } })).toThrow(
      /not a TopoJSON/,
    );
    expect(() => parseWorld([])).toThrow(/not a TopoJSON/);
    expect(
      parseWorld({ type: "Topology", arcs: [], objects: { countries: collection, anchors: collection } }).anchors.size,
    ).toBe(0);
  });
});

describe("the build's dataset index (scripts/vite/dataFilesPlugin.ts)", () => {
  it("names each bundled dataset's source text, as its manifest does", async () => {
    const { datasetIndex } = await import("../../scripts/vite/dataFilesPlugin.ts");
    const { datasets } = parseDatasetIndex(JSON.parse(datasetIndex("data")));
    const emn = datasets.find((d) => d.id === "emn-ahq-2010");
    expect(emn?.sourceText).toBe("source/emn-ahq-2010-migration-partnerships.txt");
  });
});
