import type { KeyValueStore } from "../present/deckStore.ts";

/**
 * localStorage, or an in-memory stand-in where the browser blocks site storage (reading the
 * property itself throws there), so a locked-down meeting-room PC still gets a working atlas.
 */
export function safeStorage(): KeyValueStore {
  try {
    const storage = window.localStorage;
    storage.getItem("");
    return storage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) };
  }
}
