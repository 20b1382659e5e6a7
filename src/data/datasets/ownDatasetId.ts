/** Random, unguessable and never derived from a file name: ids travel in shared links. */
export function newDatasetId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `own-${[...bytes].map((b) => b.toString(36).padStart(2, "0")).join("").slice(0, 10)}`;
}

/** A dataset of the user's own (kept in this browser), as opposed to one bundled with the atlas. */
export const isOwnDatasetId = (id: string): boolean => id.startsWith("own-");
