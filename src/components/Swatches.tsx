import { useId } from "react";
import { useDatasetStyle } from "../app/DatasetStyleContext.tsx";
import type { Swatch } from "../legend/legendModel.ts";

/** Line sample in a framework's colour: the same encoding as the arcs. */
export function LineSwatch({ framework, status }: { framework?: string; status?: string }) {
  const style = useDatasetStyle();
  const dotted = status !== undefined && (style.isParticipation?.(status) ?? false);
  const dashed = status !== undefined && style.isTentative(status);
  const color = framework !== undefined ? style.colorOf(framework) : "#333";
  return <LineSample swatch={{ kind: "line", color, dash: dotted ? "dotted" : dashed ? "dashed" : "solid" }} />;
}

export function FillSwatch({ color, hatched }: { color: string; hatched?: boolean }) {
  const id = useId();
  return (
    <svg className="swatch" width="18" height="14" aria-hidden="true">
      <defs>
        <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="4" stroke="#9a9a9a" strokeWidth="1.5" />
        </pattern>
      </defs>
      <rect x="0.5" y="0.5" width="17" height="13" fill={color} stroke="#8a8a8a" />
      {hatched && <rect x="0.5" y="0.5" width="17" height="13" fill={`url(#${CSS.escape(id)})`} />}
    </svg>
  );
}

/** A legend model's swatch (src/legend/legendModel.ts) as SVG: the same sample the PNG draws. */
export function ModelSwatch({ swatch }: { swatch: Swatch }) {
  if (swatch.kind === "fill") return <FillSwatch color={swatch.color} hatched={swatch.hatched} />;
  if (swatch.kind === "outline") {
    return (
      <svg className="swatch" width="18" height="14" aria-hidden="true">
        <rect
          x="1.25"
          y="1.25"
          width="15.5"
          height="11.5"
          fill="none"
          stroke={swatch.color}
          strokeWidth="2.5"
          strokeDasharray="4 2"
        />
      </svg>
    );
  }
  return <LineSample swatch={swatch} />;
}

/** The one SVG line every line swatch draws: screen legend, filters, table and details alike. */
function LineSample({ swatch }: { swatch: Extract<Swatch, { kind: "line" }> }) {
  const dash = swatch.dash === "dotted" ? "0.1 5" : swatch.dash === "dashed" ? "5 3" : undefined;
  return (
    <svg className="swatch" width="26" height="10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="25"
        y2="5"
        stroke={swatch.color}
        strokeWidth={swatch.width ?? 3}
        strokeDasharray={dash}
        strokeLinecap={swatch.dash === "dashed" ? "butt" : "round"}
      />
    </svg>
  );
}
