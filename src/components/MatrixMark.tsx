import { useDatasetStyle } from "../app/DatasetStyleContext.tsx";

/** A cell's mark: its framework's colour, split when several; dashed and hollow when nothing is in place. */
export function MatrixMark({ frameworks, tentative }: { frameworks: string[]; tentative: boolean }) {
  const style = useDatasetStyle();
  const w = 14 / Math.max(frameworks.length, 1);
  return (
    <svg className="matrix-mark" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {frameworks.map((f, i) => (
        <rect key={f} x={1 + i * w} y="1" width={w} height="14" fill={tentative ? "none" : style.colorOf(f)} />
      ))}
      <rect
        x="1"
        y="1"
        width="14"
        height="14"
        fill="none"
        stroke={tentative ? style.colorOf(frameworks[0] ?? "") : "#1c1c1c"}
        strokeWidth={tentative ? 2 : 0.6}
        strokeDasharray={tentative ? "3 2" : undefined}
      />
    </svg>
  );
}
