import { describe, expect, it } from "vitest";
import { crc32, readPngText, withPngText } from "../../src/export/pngText.ts";

// A 1×1 transparent PNG.
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  ),
);

describe("PNG description", () => {
  it("computes the PNG CRC-32", () => {
    expect(crc32(new TextEncoder().encode("IEND"))).toBe(0xae426082);
  });
  it("writes the summary into the image and reads it back, accents included", () => {
    const text = "La vue montre 8 liens entre 8 États membres et 2 partenaires.";
    const out = withPngText(PNG, "Description", text);
    expect(out.length).toBeGreaterThan(PNG.length);
    expect([...out.subarray(0, 33)]).toEqual([...PNG.subarray(0, 33)]);
    expect(readPngText(out, "Description")).toBe(text);
    expect(readPngText(PNG, "Description")).toBeNull();
    // The file still ends with the image's own IEND chunk.
    expect(Buffer.from(out.subarray(-12)).equals(Buffer.from(PNG.subarray(-12)))).toBe(true);
  });
});
