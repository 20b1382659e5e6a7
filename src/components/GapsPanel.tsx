import type { Gap } from "../data/gaps.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import "./GapsPanel.css";

/**
 * "No link on readmission": the Member States in view without a link on the chosen focus areas,
 * each with its answer to the query, so that "did not answer" is never read as "has none".
 */
export function GapsPanel(props: {
  themes: string[];
  gaps: Gap[];
  partnerGaps: { partner: string; memberStates: string[] } | null;
  nameOf(id: string): string;
  onSelect(id: string): void;
}) {
  const { t, vocab, list, locale } = useI18n();
  // "No link on readmission": lowercase inside the sentence, except in German, where nouns keep their capital.
  const inSentence = (label: string) => (locale === "de" ? label : label.toLocaleLowerCase(locale));
  const title = t("gaps.title", { themes: list(props.themes.map((th) => inSentence(vocab("themes", th)))) });
  const pg = props.partnerGaps;
  return (
    <section className="gaps-panel" role="region" aria-label={title}>
      <h2 className="panel-title">{title}</h2>
      {props.gaps.length === 0 ? (
        <p className="muted">{t("gaps.none")}</p>
      ) : (
        <>
          <p>{t("gaps.count", { count: props.gaps.length })}</p>
          <ul className="gaps-list">
            {props.gaps.map((g) => (
              <li key={g.id}>
                <button type="button" className="link-button" onClick={() => props.onSelect(g.id)}>
                  {props.nameOf(g.id)}
                </button>
                {g.response && <span className="muted"> · {vocab("responses", g.response)}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {pg && (
        <p>
          {pg.memberStates.length
            ? t("gaps.partner", { name: props.nameOf(pg.partner), list: list(pg.memberStates.map(props.nameOf)) })
            : t("gaps.partnerNone", { name: props.nameOf(pg.partner) })}
        </p>
      )}
    </section>
  );
}
