/** Ids for rows that came without one: the same content always gets the same id, so links stay shareable. */

/** FNV-1a, 32 bits: a short, stable fingerprint of a row (not a security hash). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, "0");
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** `fra-mar-1x2y3z4`: the pair, readable, and a fingerprint of the row's cells; repeats get -2, -3… */
export function generateIds<T extends { id: string; member_state: string; partner: string }>(rows: T[], cellsOf: (row: T) => string, taken: Set<string>): T[] {
  return rows.map((row) => {
    if (row.id) return row;
    const base = `${slug(row.member_state)}-${slug(row.partner)}-${fingerprint(cellsOf(row))}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { ...row, id };
  });
}
