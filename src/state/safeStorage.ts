import type { KeyValueStore } from "../present/deckStore.ts";

/**
 * localStorage, or an in-memory stand-in where the browser blocks site storage (reading the
 * property itself throws there), so a locked-down meeting-room PC still gets a working atlas.
 * The stand-in says it is not persistent, so a save into it can be reported as not kept.
 */
export function safeStorage(): KeyValueStore {
  try {
    const storage = window.localStorage;
    storage.getItem("");
    // A wrapper, not the Storage itself: on Storage, `persistent` would read a stored item of that name.
    return { getItem: (k) => storage.getItem(k), setItem: (k, v) => storage.setItem(k, v), persistent: true };
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), persistent: false };
  }
}
