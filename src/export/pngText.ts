/**
 * Writes text into a PNG as an iTXt chunk (UTF-8), so the image carries its own description:
 * the written summary travels with the picture as its alternative text (PNG keyword "Description",
 * which image viewers and many CMSs read as the alt text). Pure: bytes in, bytes out.
 */

let table: Uint32Array | undefined;
export function crc32(bytes: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let c = 0xffffffff;
  for (const b of bytes) c = (table[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Inserts an iTXt chunk right after IHDR (the first chunk, 8 + 25 bytes into the file). */
export function withPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const enc = new TextEncoder();
  // keyword, NUL, compression flag 0, method 0, language tag "", NUL, translated keyword "", NUL, text
  const data = new Uint8Array([...enc.encode(keyword), 0, 0, 0, 0, 0, ...enc.encode(text)]);
  const type = enc.encode("iTXt");
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(type, 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  const at = 8 + 25;
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, at));
  out.set(chunk, at);
  out.set(png.subarray(at), at + chunk.length);
  return out;
}

/** Reads back the iTXt text for a keyword; for tests and for anyone checking an exported image. */
export function readPngText(png: Uint8Array, keyword: string): string | null {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const dec = new TextDecoder();
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = dec.decode(png.subarray(at + 4, at + 8));
    if (type === "iTXt") {
      const data = png.subarray(at + 8, at + 8 + length);
      const nul = data.indexOf(0);
      if (dec.decode(data.subarray(0, nul)) === keyword) {
        // Skip flag, method, then the two NUL-terminated fields.
        let p = nul + 3;
        p = data.indexOf(0, p) + 1;
        p = data.indexOf(0, p) + 1;
        return dec.decode(data.subarray(p));
      }
    }
    at += 12 + length;
  }
  return null;
}
