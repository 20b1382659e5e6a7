/** The benchmark's table: medians per size, the atlas against the bare page, and the long task. */
import type { RunResult } from "./measureRuns.ts";

export interface SizeResult {
  links: number;
  atlas: (RunResult | Error)[];
  bare: (RunResult | Error)[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

const ok = (runs: (RunResult | Error)[]): RunResult[] => runs.filter((r): r is RunResult => !(r instanceof Error));
const ms = (v: number): string => (Number.isFinite(v) ? v.toFixed(0) : "fail");
const ratio = (a: number, b: number): string =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "–";

/**
 * The median of each round's own ratio, atlas over bare. A round's two runs are taken back to
 * back, so a machine that slows down or speeds up over the run slows both alike; the ratio of the
 * two columns' medians mixes rounds, and moved by ±0.1 between runs on a busy host.
 */
function pairedRatio(
  atlas: (RunResult | Error)[],
  bare: (RunResult | Error)[],
  pick: (r: RunResult) => number,
): string {
  const ratios = atlas.flatMap((a, i) => {
    const b = bare[i];
    return a instanceof Error || !b || b instanceof Error || pick(b) <= 0 ? [] : [pick(a) / pick(b)];
  });
  return ratios.length ? `${median(ratios).toFixed(2)}×` : "–";
}

export function printReport(results: SizeResult[]): void {
  const header = [
    "links",
    "load atlas ms",
    "load bare ms",
    "ratio of medians",
    "per-round ratio",
    "filter atlas ms",
    "filter bare ms",
    "ratio of medians",
    "per-round ratio",
    "atlas longest task in filter ms",
  ];
  const rows = results.map((r) => {
    const a = ok(r.atlas);
    const b = ok(r.bare);
    const [la, lb, fa, fb] = [
      median(a.map((x) => x.loadMs)),
      median(b.map((x) => x.loadMs)),
      median(a.map((x) => x.filterMs)),
      median(b.map((x) => x.filterMs)),
    ];
    const failures = r.atlas.length - a.length + r.bare.length - b.length;
    const longest = a.length ? Math.max(...a.map((x) => x.longestTaskMs)) : NaN;
    return [
      r.links.toLocaleString("en"),
      ms(la),
      ms(lb),
      ratio(la, lb),
      pairedRatio(r.atlas, r.bare, (x) => x.loadMs),
      ms(fa),
      ms(fb),
      ratio(fa, fb),
      pairedRatio(r.atlas, r.bare, (x) => x.filterMs),
      `${ms(longest)}${failures ? ` (${failures} runs failed)` : ""}`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(" | ")} |`;
  console.log(
    `\nMedians of ${Math.max(...results.map((r) => r.atlas.length))} rounds; load is from navigation start to the first idle with the links drawn. Per-round ratio: the median of each round's atlas / bare, the two runs of a round taken back to back.`,
  );
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));

  const largest = results.reduce<SizeResult | undefined>((m, r) => (!m || r.links > m.links ? r : m), undefined);
  if (!largest) return;
  const runs = ok(largest.atlas);
  const crashed = [...largest.atlas, ...largest.bare].some((x) => !(x instanceof Error) && x.crashed);
  const failed = [...largest.atlas, ...largest.bare].filter((x): x is Error => x instanceof Error);
  const errors = [...new Set(runs.flatMap((x) => x.errors))];
  console.log(
    `\nAt ${largest.links.toLocaleString("en")} links, atlas filter: longest main-thread task ${runs.length ? `${ms(Math.max(...runs.map((x) => x.longestTaskMs)))} ms (worst of ${runs.length} runs; median ${ms(median(runs.map((x) => x.longestTaskMs)))} ms)` : "not measured"}; crashed: ${crashed ? "YES" : "no"}; failed runs: ${failed.length}${failed.length ? ` (${failed[0]?.message})` : ""}; console errors: ${errors.length ? errors.slice(0, 3).join(" / ") : "none"}.`,
  );
}
