import { readdirSync } from "node:fs";
import "fake-indexeddb/auto";
import { createStore } from "idb-keyval";
import { describe, expect, it } from "vitest";
import { isOwnDatasetId, newDatasetId } from "../../src/data/datasets/ownDatasetId.ts";
import { createOwnDatasetStore, type OwnDatasetRecord } from "../../src/data/datasets/ownDatasetStore.ts";

const record = (id: string, savedAt = "2026-11-28T10:00:00.000Z"): OwnDatasetRecord => ({
  id,
  title: `Data ${id}`,
  citation: `${id}.csv, opened 2026-11-28`,
  savedAt,
  partial: false,
  files: [{ name: `${id}.csv`, bytes: new TextEncoder().encode("member_state,partner\nFRA,MAR\n").buffer }],
});
let n = 0;
const fresh = () => createOwnDatasetStore(createStore(`test-${++n}`, "own-datasets"));

describe("ownDatasetStore in IndexedDB", () => {
  it("keeps a dataset's files and lists it, newest first", async () => {
    const store = fresh();
    expect(await store.put(record("own-a", "2026-11-27T10:00:00.000Z"))).toBe(true);
    expect(await store.put(record("own-b"))).toBe(true);
    expect((await store.list()).map((s) => s.id)).toEqual(["own-b", "own-a"]);
    const back = await store.get("own-a");
    expect(new TextDecoder().decode(back?.files[0]?.bytes)).toBe("member_state,partner\nFRA,MAR\n");
  });
  it("survives a new page: a second store on the same database sees it", async () => {
    const db = createStore(`test-${++n}`, "own-datasets");
    await createOwnDatasetStore(db).put(record("own-kept"));
    expect((await createOwnDatasetStore(db).list()).map((s) => s.id)).toEqual(["own-kept"]);
  });
  it("keeps the user's title and source line", async () => {
    const store = fresh();
    await store.put(record("own-a"));
    await store.update("own-a", {
      title: "Labour agreements",
      overrides: { title: "Labour agreements", citation: "Ministry list, 2025" },
    });
    expect((await store.list())[0]).toMatchObject({
      title: "Labour agreements",
      overrides: { citation: "Ministry list, 2025" },
    });
    expect((await store.get("own-a"))?.overrides?.title).toBe("Labour agreements");
  });
  it("keeps both of two edits made at once (title, then source line)", async () => {
    const store = fresh();
    await store.put(record("own-a"));
    await Promise.all([
      store.update("own-a", { overrides: { title: "T" } }),
      store.update("own-a", { overrides: { citation: "C" } }),
    ]);
    expect((await store.get("own-a"))?.overrides).toEqual({ title: "T", citation: "C" });
  });
  it("removes one, and forgets all", async () => {
    const store = fresh();
    await store.put(record("own-a"));
    await store.put(record("own-b"));
    await store.remove("own-a");
    expect((await store.list()).map((s) => s.id)).toEqual(["own-b"]);
    expect(await store.get("own-a")).toBeUndefined();
    await store.clear();
    expect(await store.list()).toEqual([]);
    expect(await store.get("own-b")).toBeUndefined();
  });
});

describe("ownDatasetStore without storage", () => {
  it("says it could not keep the data, and keeps it for the session", async () => {
    const store = createOwnDatasetStore(null);
    expect(await store.put(record("own-a"))).toBe(false);
    expect((await store.list()).map((s) => s.id)).toEqual(["own-a"]);
    expect((await store.get("own-a"))?.title).toBe("Data own-a");
    await store.clear();
    expect(await store.list()).toEqual([]);
  });
});

describe("newDatasetId", () => {
  it("is random and never made from a file name", () => {
    const ids = new Set(Array.from({ length: 200 }, newDatasetId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^own-[0-9a-z]{10}$/);
  });

  it("is told apart from the bundled datasets' ids, which a link opens without waiting for this browser's list", () => {
    expect(isOwnDatasetId(newDatasetId())).toBe(true);
    for (const bundled of readdirSync("data", { withFileTypes: true }).filter((d) => d.isDirectory()))
      expect(isOwnDatasetId(bundled.name), bundled.name).toBe(false);
  });
});
