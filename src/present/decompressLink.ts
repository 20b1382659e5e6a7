/**
 * lz-string's decompressFromEncodedURIComponent with a ceiling on the output. A link is untrusted:
 * LZ codes can each repeat the previous phrase plus one character, so a few kilobytes of link can
 * expand to tens of megabytes before any schema gets to refuse it. This port of lz-string's
 * `_decompress` (MIT; same bit layout, tested against the library) stops at `maxChars` instead.
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
const VALUE = new Map([...ALPHABET].map((ch, i) => [ch, i]));

/** The decompressed text, or null when `input` is not lz-string output or would exceed `maxChars`. */
export function decompressLink(input: string, maxChars: number): string | null {
  // The library maps unknown characters to 0 and decodes on; a link that has any is damaged.
  if (input.length === 0 || ![...input].every((ch) => VALUE.has(ch))) return null;
  let position = 32;
  let value = VALUE.get(input[0] ?? "") ?? 0;
  let index = 1;
  /** The next `n` bits, least significant first, as the compressor wrote them; null past the end. */
  const read = (n: number): number | null => {
    let bits = 0;
    for (let power = 1; power !== 1 << n; power <<= 1) {
      if (index > input.length) return null;
      if (value & position) bits |= power;
      position >>= 1;
      if (position === 0) {
        position = 32;
        value = VALUE.get(input[index++] ?? "") ?? 0;
      }
    }
    return bits;
  };
  const dictionary: string[] = ["", "", ""];
  let enlargeIn = 4;
  let numBits = 3;
  const first = read(2);
  if (first === 2) return "";
  if (first === null || first === 3) return null;
  const firstChar = read(first === 0 ? 8 : 16);
  if (firstChar === null) return null;
  let w = String.fromCharCode(firstChar);
  dictionary[3] = w;
  const result: string[] = [w];
  let length = w.length;
  for (;;) {
    if (index > input.length) return null;
    let code = read(numBits);
    if (code === null) return null;
    if (code === 0 || code === 1) {
      const ch = read(code === 0 ? 8 : 16);
      if (ch === null) return null;
      dictionary.push(String.fromCharCode(ch));
      code = dictionary.length - 1;
      if (--enlargeIn === 0) enlargeIn = 1 << numBits++;
    } else if (code === 2) {
      return result.join("");
    }
    const entry =
      code < dictionary.length ? dictionary[code] : code === dictionary.length ? w + w.charAt(0) : undefined;
    if (entry === undefined) return null;
    length += entry.length;
    if (length > maxChars) return null;
    result.push(entry);
    dictionary.push(w + entry.charAt(0));
    w = entry;
    if (--enlargeIn === 0) enlargeIn = 1 << numBits++;
  }
}
