/**
 * A label's lines: one when it fits `maxWidth`, else broken at spaces into lines of about equal
 * width, as MapLibre's text-max-width does, so "Bosnia and Herzegovina" reads as two even lines
 * rather than a long one and a stub. Pure (the text is measured by the caller), so it is unit-tested.
 */
export function wrapLabel(text: string, measure: (s: string) => number, maxWidth: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= 1 || measure(text) <= maxWidth) return [words.join(" ")];
  const lines = Math.ceil(measure(text) / maxWidth);
  const target = measure(text) / lines;
  const width = (from: number, to: number) => measure(words.slice(from, to).join(" "));
  // best[i]: the least badness of breaking words[0..i) into lines; each line's badness is its
  // distance from the target width, squared, and a line past maxWidth costs much more.
  const best: number[] = [0];
  const cut: number[] = [0];
  for (let to = 1; to <= words.length; to++) {
    best[to] = Infinity;
    for (let from = 0; from < to; from++) {
      const w = width(from, to);
      const over = Math.max(0, w - maxWidth);
      const cost = best[from]! + (w - target) ** 2 + 100 * over ** 2;
      if (cost < best[to]!) {
        best[to] = cost;
        cut[to] = from;
      }
    }
  }
  const out: string[] = [];
  for (let to = words.length; to > 0; to = cut[to]!) out.unshift(words.slice(cut[to], to).join(" "));
  return out;
}
