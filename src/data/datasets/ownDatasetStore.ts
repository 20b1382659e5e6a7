/**
 * The user's own datasets, kept in this browser's IndexedDB (through idb-keyval) and nowhere else.
 * What is kept is the files as opened, so a dataset reloads through the same checks as on the
 * first day. Where storage is blocked or full, datasets live in memory for the session and the
 * caller is told so.
 */
import { clear, createStore, del, get, set, type UseStore } from "idb-keyval";
import type { OpenedFile } from "../import/importFiles.ts";

export interface OwnDatasetSummary {
  id: string;
  title: string;
  /** The source line under the map and on every export; the user may edit it. */
  citation: string;
  savedAt: string;
  /** Opened with "Load the N valid rows": the rows with problems stay out on every reload. */
  partial: boolean;
  /** What the user typed over the file's own title and source line. */
  overrides?: { title?: string; citation?: string };
}

export interface OwnDatasetRecord extends OwnDatasetSummary {
  files: OpenedFile[];
}

export interface OwnDatasetStore {
  list(): Promise<OwnDatasetSummary[]>;
  get(id: string): Promise<OwnDatasetRecord | undefined>;
  /** Resolves false when the browser would not keep it: it is then kept for this session only. */
  put(record: OwnDatasetRecord): Promise<boolean>;
  update(id: string, patch: Partial<Pick<OwnDatasetSummary, "title" | "citation" | "overrides">>): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}

const INDEX_KEY = "index";

export function createOwnDatasetStore(idb: UseStore | null = openIdb()): OwnDatasetStore {
  const memory = new Map<string, OwnDatasetRecord>();
  const summary = ({ files: _files, ...rest }: OwnDatasetRecord): OwnDatasetSummary => rest;
  const readIndex = async (): Promise<OwnDatasetSummary[]> => {
    if (!idb) return [];
    try {
      return (await get<OwnDatasetSummary[]>(INDEX_KEY, idb)) ?? [];
    } catch {
      return [];
    }
  };
  const writeIndex = async (list: OwnDatasetSummary[]) => {
    if (idb) await set(INDEX_KEY, list, idb);
  };
  // Writes read, change and write the index: one at a time, or two quick edits would lose one.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const store: OwnDatasetStore = {
    async list() {
      const stored = await readIndex();
      const session = [...memory.values()].map(summary).filter((m) => !stored.some((s) => s.id === m.id));
      return [...stored, ...session].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async get(id) {
      if (memory.has(id)) return memory.get(id);
      if (!idb) return undefined;
      try {
        return await get<OwnDatasetRecord>(id, idb);
      } catch {
        return undefined;
      }
    },
    put: (record) => serial(async () => {
      memory.set(record.id, record);
      if (!idb) return false;
      try {
        await set(record.id, record, idb);
        await writeIndex([...(await readIndex()).filter((s) => s.id !== record.id), summary(record)]);
        // Kept on disk: the memory copy would only double what the page holds.
        memory.delete(record.id);
        return true;
      } catch {
        return false;
      }
    }),
    update: (id, patch) => serial(async () => {
      const mem = memory.get(id);
      if (mem) memory.set(id, { ...mem, ...patch, overrides: { ...mem.overrides, ...patch.overrides } });
      if (!idb) return;
      try {
        const rec = await get<OwnDatasetRecord>(id, idb);
        if (!rec) return;
        const merged = { ...patch, overrides: { ...rec.overrides, ...patch.overrides } };
        await set(id, { ...rec, ...merged }, idb);
        await writeIndex((await readIndex()).map((s) => (s.id === id ? { ...s, ...merged } : s)));
      } catch {
        // Not kept: the edit still shows for this session.
      }
    }),
    remove: (id) => serial(async () => {
      memory.delete(id);
      if (!idb) return;
      await del(id, idb).catch(() => undefined);
      await writeIndex((await readIndex()).filter((s) => s.id !== id)).catch(() => undefined);
    }),
    clear: () => serial(async () => {
      memory.clear();
      if (idb) await clear(idb).catch(() => undefined);
    }),
  };
  return store;
}

function openIdb(): UseStore | null {
  try {
    if (typeof indexedDB === "undefined") return null;
    return createStore("partnership-atlas", "own-datasets");
  } catch {
    return null;
  }
}
