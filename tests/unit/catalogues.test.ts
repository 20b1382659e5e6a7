import { describe, expect, it } from "vitest";
import { de, deLabels } from "../../src/i18n/messages/de.ts";
import {
  en,
  enLabels,
  type MessageKey,
  type Messages,
  type Template,
  type VocabularyLabels,
} from "../../src/i18n/messages/en.ts";
import { fr, frLabels } from "../../src/i18n/messages/fr.ts";

/**
 * Messages whose translation may equal the English text, because the word really is the same.
 * Keep this minimal: every entry must still be identical (checked below), and each needs a reason.
 */
const SAME_AS_ENGLISH: Record<"fr" | "de", ReadonlySet<MessageKey>> = {
  // "Instrument" is the French term of EU texts for a legal or policy instrument ("Dispositif" would blur it).
  // "Date" and "Pause" are the French words too.
  fr: new Set<MessageKey>(["table.instrument", "time.label", "time.pause"]),
  de: new Set<MessageKey>([
    // Only a year and a list: "{year}: {list}".
    "story.year.title",
    // Same word in German; "Partnerland" would be wrong for the regional groups and processes.
    "filters.partner",
    "table.partner",
    // "Instrument" is the German term of EU texts, as in French.
    "table.instrument",
  ]),
};

/** Vocabulary labels that may equal the English label: none so far. Entries are "group.key". */
const LABELS_SAME_AS_ENGLISH: Record<"fr" | "de", ReadonlySet<string>> = {
  fr: new Set(),
  de: new Set(),
};

const CATALOGUES = [
  { locale: "fr" as const, messages: fr, labels: frLabels },
  { locale: "de" as const, messages: de, labels: deLabels },
];

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ""))].sort();

/** The forms of a template by name: "" for a plain string, "one"/"other" for a plural object. */
function forms(template: Template): Record<string, string> {
  return typeof template === "string" ? { "": template } : { one: template.one, other: template.other };
}

const keys = (o: object) => Object.keys(o).sort();

describe.each(CATALOGUES)("$locale catalogue", ({ locale, messages, labels }) => {
  const enKeys = keys(en) as MessageKey[];

  it("has exactly the keys of the English catalogue", () => {
    expect(keys(messages)).toEqual(enKeys);
  });

  it("is a plural object exactly where English has one, with only the forms one and other", () => {
    const mismatched = enKeys.filter((k) => typeof en[k] !== typeof messages[k]);
    expect(mismatched).toEqual([]);
    for (const k of enKeys) {
      const t = messages[k];
      if (typeof t !== "string") expect(keys(t), k).toEqual(["one", "other"]);
    }
  });

  it("uses the same placeholders as English in every message and plural form", () => {
    const wrong: string[] = [];
    for (const k of enKeys) {
      const enForms = forms(en[k]);
      const ownForms = forms(messages[k]);
      for (const [form, text] of Object.entries(ownForms)) {
        const expected = placeholders(enForms[form] ?? "");
        const actual = placeholders(text);
        if (JSON.stringify(actual) !== JSON.stringify(expected))
          wrong.push(`${k}${form && `.${form}`}: ${actual.join(",")} ≠ ${expected.join(",")}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("has no stray braces, empty values or untrimmed values", () => {
    const bad: string[] = [];
    for (const k of enKeys) {
      for (const [form, text] of Object.entries(forms(messages[k]))) {
        const withoutPlaceholders = text.replace(/\{\w+\}/g, "");
        if (text.trim() === "" || text !== text.trim() || /[{}]/.test(withoutPlaceholders))
          bad.push(`${k}${form && `.${form}`}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("translates every message: none equal to English outside the allow-list", () => {
    const same: string[] = [];
    for (const k of enKeys) {
      if (SAME_AS_ENGLISH[locale].has(k)) continue;
      const enForms = forms(en[k]);
      for (const [form, text] of Object.entries(forms(messages[k]))) {
        if (text === enForms[form]) same.push(`${k}${form && `.${form}`}`);
      }
    }
    expect(same).toEqual([]);
  });

  it("keeps the allow-list minimal: every entry is really identical to English", () => {
    const stale = [...SAME_AS_ENGLISH[locale]].filter((k) => JSON.stringify(messages[k]) !== JSON.stringify(en[k]));
    expect(stale).toEqual([]);
  });

  it("keeps the product name and the literal command", () => {
    expect(messages["app.documentTitle"]).toMatch(/^Partnership Atlas · /);
    expect(messages["error.more"]).toContain("npm run validate");
  });

  it("has labels for the same vocabulary entries as English, none left in English", () => {
    const groups = keys(enLabels) as (keyof VocabularyLabels)[];
    expect(keys(labels)).toEqual(groups);
    const same: string[] = [];
    for (const g of groups) {
      expect(keys(labels[g]), g).toEqual(keys(enLabels[g]));
      for (const [k, text] of Object.entries<string>(labels[g])) {
        const english = (enLabels[g] as Record<string, string>)[k];
        expect(text.trim(), `${g}.${k}`).not.toBe("");
        if (text === english && !LABELS_SAME_AS_ENGLISH[locale].has(`${g}.${k}`)) same.push(`${g}.${k}`);
      }
    }
    expect(same).toEqual([]);
  });
});

describe("typography", () => {
  const texts = (messages: Messages) => Object.values(messages).flatMap((t) => Object.values(forms(t)));

  it("French uses « » with narrow no-break spaces and no-break spaces before : and ;", () => {
    const all = texts(fr);
    expect(all.filter((t) => /[“”"]/.test(t))).toEqual([]);
    expect(all.filter((t) => /«(?!\u202f)|(?<!\u202f)»/.test(t))).toEqual([]);
    expect(all.filter((t) => /[ \t][:;!?]/.test(t))).toEqual([]);
    expect(fr["search.none"]).toBe("Aucun pays ne correspond à «\u202f{query}\u202f».");
  });

  it("German uses „ “ and no English or French quotes", () => {
    const all = texts(de);
    expect(all.filter((t) => /[”«»"]/.test(t))).toEqual([]);
    expect(all.filter((t) => t.includes("“") && !t.includes("„"))).toEqual([]);
    expect(de["search.none"]).toBe("Kein Land passt zu „{query}“.");
  });
});

describe("anchor translations", () => {
  it("French", () => {
    expect(fr["view.map"]).toBe("Carte");
    expect(fr["view.table"]).toBe("Tableau");
    expect(fr["filters.memberState"]).toBe("État membre");
    expect(fr["status.memberStates"]).toEqual({ one: "{count} État membre", other: "{count} États membres" });
    expect(frLabels.frameworks.eu_mobility_partnership).toBe("Partenariat pour la mobilité de l’UE");
    expect(frLabels.themes.readmission).toBe("Réadmission");
    expect(frLabels.themes.trafficking).toBe("Traite des êtres humains");
    expect(frLabels.themes.voluntary_return).toBe("Retour volontaire assisté");
  });

  it("German", () => {
    expect(de["view.map"]).toBe("Karte");
    expect(de["view.table"]).toBe("Tabelle");
    expect(de["filters.memberState"]).toBe("Mitgliedstaat");
    expect(de["status.memberStates"]).toEqual({ one: "{count} Mitgliedstaat", other: "{count} Mitgliedstaaten" });
    expect(deLabels.frameworks.eu_mobility_partnership).toBe("EU-Mobilitätspartnerschaft");
    expect(deLabels.themes.readmission).toBe("Rückübernahme");
    expect(deLabels.themes.trafficking).toBe("Menschenhandel");
    expect(deLabels.themes.voluntary_return).toBe("Unterstützte freiwillige Rückkehr");
  });

  it("keeps the keyboard keys in the meeting-mode help", () => {
    expect(fr["present.keys"]).toMatch(/→.*Espace.*←.*Début\/Fin.*Échap/);
    expect(de["present.keys"]).toMatch(/→.*Leertaste.*←.*Pos1\/Ende.*Esc/);
  });
});
