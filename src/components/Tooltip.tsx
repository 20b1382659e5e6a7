export function Tooltip({ x, y, lines }: { x: number; y: number; lines: string[] }) {
  return (
    <div className="tooltip" role="tooltip" style={{ left: x + 14, top: y + 14 }}>
      {lines.map((l, i) => (i === 0 ? <strong key={i}>{l}</strong> : <div key={i}>{l}</div>))}
    </div>
  );
}
