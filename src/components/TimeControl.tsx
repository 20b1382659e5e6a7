import { useEffect, useRef, useState } from "react";
import { endOfPeriod } from "../data/time.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import "./TimeControl.css";

const STEP_MS = 1400;

/**
 * The year slider under the map: no date (every link, as the dataset reports it) or the links in
 * place at the end of a year. Play steps through the years; the camera stays where it is.
 */
export function TimeControl({
  span,
  at,
  since,
  onAt,
  onSince,
}: {
  span: [number, number];
  at: string | null;
  since: string | null;
  onAt(at: string | null, mode: "push" | "replace"): void;
  onSince(since: string | null): void;
}) {
  const { t, date } = useI18n();
  const [playing, setPlaying] = useState(false);
  // Held in a ref: a new callback from a re-render (a hover) must not restart the step timer.
  const onAtRef = useRef(onAt);
  onAtRef.current = onAt;
  const year = at ? Number(at.slice(0, 4)) : span[1];
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      if (year >= span[1]) return setPlaying(false);
      onAtRef.current(String(year + 1), "replace");
    }, STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, year, span]);
  const play = () => {
    // From the start when at the end (or with no date yet), else from the year shown.
    if (!at || year >= span[1]) onAt(String(span[0]), "replace");
    setPlaying(true);
  };
  const label = at ? t("time.asOf", { date: date(endOfPeriod(at)) }) : t("time.allLinks");
  return (
    <div className="time-control" role="group" aria-label={t("time.label")}>
      <button
        type="button"
        className="button secondary"
        aria-pressed={at === null}
        onClick={() => {
          setPlaying(false);
          onAt(null, "push");
        }}
      >
        {t("time.all")}
      </button>
      <button type="button" className="button" onClick={() => (playing ? setPlaying(false) : play())}>
        {playing ? t("time.pause") : t("time.play")}
      </button>
      <input
        type="range"
        min={span[0]}
        max={span[1]}
        step={1}
        value={year}
        aria-label={t("time.year")}
        aria-valuetext={label}
        className={at ? undefined : "is-idle"}
        onChange={(e) => {
          setPlaying(false);
          onAt(e.target.value, "replace");
        }}
      />
      <output className="time-label" aria-live="polite">
        {label}
      </output>
      {at && (
        <label className="select-label">
          {t("compare.since")}{" "}
          <select value={since ?? ""} onChange={(e) => onSince(e.target.value || null)}>
            <option value="">{t("compare.sinceNone")}</option>
            {Array.from({ length: Math.max(year - span[0], 0) }, (_, i) => String(span[0] + i)).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      )}
      <span className="time-ends" aria-hidden="true">
        {span[0]}–{span[1]}
      </span>
    </div>
  );
}
