import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import { describe, expect, it } from "vitest";
import { cleanText, stripFormatting } from "../../src/present/cleanText.ts";
import {
  MAX_NOTE,
  MAX_QUERY,
  MAX_SLIDES,
  MAX_TITLE,
  encodeDeck,
  type Deck,
  type Slide,
} from "../../src/present/deck.ts";
import {
  MAIL_SAFE_LENGTH,
  MAX_LINK_JSON,
  MAX_LINK_TEXT,
  decodeDeckLink,
  decodeLegacyDeckLink,
  encodeDeckLink,
} from "../../src/present/deckLink.ts";
import { decompressLink } from "../../src/present/decompressLink.ts";
import { DEFAULT_STATE, serializeUrlState } from "../../src/state/urlState.ts";
import { at } from "../support/at.ts";

/** Tiny seeded PRNG, so a failing fuzz case can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Ids are renumbered s1… on opening a link: compare what a reader sees. */
const seen = (d: Deck) => ({
  title: d.title,
  slides: d.slides.map(({ title, note, query }) => ({ title, note, query })),
});
const opened = (text: string) => {
  const r = decodeDeckLink(text);
  if (!r.ok) throw new Error(`not opened: ${r.reason}`);
  return r;
};
const slide = (i: number, extra: Partial<Slide> = {}): Slide => ({
  id: `s${i}`,
  title: `Slide ${i}`,
  note: "",
  query: "",
  ...extra,
});

const MS = ["DEU", "FRA", "ITA", "ESP", "POL", "NLD", "BEL", "SWE", "AUT", "PRT"];
const PARTNERS = ["GEO", "MDA", "CPV", "ARM", "MAR", "TUN", "SEN", "NGA", "UKR", "TUR"];
const THEMES = ["return", "readmission", "trafficking", "labour_migration", "asylum"];
/**
 * What a policy officer builds: a title of their own, the note the atlas fills in (its status line)
 * or a sentence of their own on every third slide, and a view with filters, a selection and a camera.
 */
const realisticDeck = (n: number): Deck => ({
  title: "Mobility partnerships — Council briefing",
  slides: Array.from({ length: n }, (_, i) =>
    slide(i + 1, {
      title: `${at(MS, i % 10)} and ${at(PARTNERS, (i * 3) % 10)}: ${at(THEMES, i % 5).replace("_", " ")} since ${2008 + (i % 7)}`,
      note:
        i % 3 === 2
          ? `Check the ${2010 + (i % 5)} agreement before the meeting.`
          : `${12 + i * 3} links · ${3 + (i % 9)} Member States · ${5 + (i % 11)} partners`,
      query: serializeUrlState({
        ...DEFAULT_STATE,
        filters: {
          ...DEFAULT_STATE.filters,
          themes: [at(THEMES, i % 5)],
          memberStates: [at(MS, i % 10), at(MS, (i + 4) % 10)],
        },
        select: at(PARTNERS, (i * 3) % 10),
        at: i % 3 === 0 ? `${2010 + (i % 6)}` : null,
        camera: i % 2 ? { lon: 10 + i * 1.37, lat: 40 + i * 0.71, zoom: 3 + (i % 4) * 0.5 } : null,
      }),
    }),
  ),
});

describe("encodeDeckLink / decodeDeckLink", () => {
  it("round-trips a deck with non-ASCII text and queries with commas and percent signs", () => {
    const deck: Deck = {
      title: "Géorgie – Mobilität 🌍",
      slides: [
        slide(1, { title: '日本語 ‘quotes’ "and" \\', note: "Ελλάδα", query: "partner=GE&select=%25odd%2C&ms=DE,FR" }),
        slide(2),
      ],
    };
    const r = opened(encodeDeckLink(deck));
    expect(seen(r.deck)).toEqual(seen(deck));
    expect(r.deck.slides.map((s) => s.id)).toEqual(["s1", "s2"]);
    expect({ dropped: r.dropped, shortened: r.shortened }).toEqual({ dropped: 0, shortened: 0 });
  });

  it("writes what lz-string's own decompressor reads back, in characters safe in a fragment", () => {
    const text = encodeDeckLink(realisticDeck(3));
    expect(text).toMatch(/^[A-Za-z0-9+$-]+$/);
    expect(JSON.parse(decompressFromEncodedURIComponent(text))[0]).toBe(1);
  });

  it(`keeps 20 realistic slides under ${MAIL_SAFE_LENGTH} characters of link`, () => {
    const deck = realisticDeck(20);
    const link = `https://atlas.example.europa.eu/partnership-atlas/?present=1&slide=1#deck=${encodeDeckLink(deck)}`;
    const old = `https://atlas.example.europa.eu/partnership-atlas/?present=1&slide=1&deck=${encodeDeck(deck)}`;
    // Measured when decks moved to the fragment: 1,892 characters, where the old `?deck=` link took 4,780.
    expect(link.length).toBeLessThan(MAIL_SAFE_LENGTH);
    expect(link.length).toBeLessThan(old.length / 2);
    expect(seen(opened(new URL(link).hash.slice("#deck=".length)).deck)).toEqual(seen(deck));
  });

  it("opens the largest valid deck, even of incompressible text, within the caps", () => {
    const rnd = mulberry32(7);
    const noise = (n: number) =>
      Array.from({ length: n }, () => String.fromCharCode(0x4e00 + Math.floor(rnd() * 20000))).join("");
    const big: Deck = {
      title: noise(MAX_TITLE),
      slides: Array.from({ length: MAX_SLIDES }, (_, i) =>
        slide(i + 1, { title: noise(MAX_TITLE), note: noise(MAX_NOTE), query: `a=${noise(MAX_QUERY / 9 - 1)}` }),
      ),
    };
    const text = encodeDeckLink(big);
    expect(text.length).toBeLessThan(MAX_LINK_TEXT);
    expect(seen(opened(text).deck)).toEqual(seen(big));
  });

  it("strips formatting characters and cuts over-long text, counting what it cut", () => {
    const hostile = compressToEncodedURIComponent(
      JSON.stringify([
        1,
        "\u202eOfficial\u202c",
        [
          ["Mi\u200bnis\u2066try\u2069 \ufeffposition", "line one\nline two\u200e", "ms=DEU"],
          ["x".repeat(MAX_TITLE + 10), "y".repeat(MAX_NOTE + 1), ""],
        ],
      ]),
    );
    const r = opened(hostile);
    expect(r.deck.title).toBe("Official");
    expect(r.deck.slides[0]).toMatchObject({ title: "Ministry position", note: "line one line two", query: "ms=DEU" });
    expect(at(r.deck.slides, 1).title).toHaveLength(MAX_TITLE);
    expect(at(r.deck.slides, 1).note).toHaveLength(MAX_NOTE);
    expect(r.shortened).toBe(2);
  });

  it("keeps the first MAX_SLIDES and the valid slides, counting the rest", () => {
    const rows = Array.from({ length: MAX_SLIDES + 5 }, (_, i) => [
      `T${i}`,
      "",
      i === 1 ? "present=1" : i === 2 ? 42 : "",
    ]);
    const r = opened(
      compressToEncodedURIComponent(
        JSON.stringify([1, "Deck", [...rows.slice(0, 3), "not a slide", ...rows.slice(3)]]),
      ),
    );
    expect(r.deck.slides).toHaveLength(MAX_SLIDES);
    expect(r.deck.slides.slice(0, 2).map((s) => s.title)).toEqual(["T0", "T3"]);
    expect(r.dropped).toBe(rows.length + 1 - MAX_SLIDES);
  });

  it("refuses a link that is too long or expands past the cap, without decompressing it all", () => {
    expect(decodeDeckLink("A".repeat(MAX_LINK_TEXT + 1))).toEqual({ ok: false, reason: "tooLong" });
    const bomb = compressToEncodedURIComponent('[1,"' + "a".repeat(MAX_LINK_JSON) + '",[]]');
    expect(bomb.length).toBeLessThan(5_000);
    expect(decompressLink(bomb, MAX_LINK_JSON)).toBeNull();
    expect(decodeDeckLink(bomb)).toEqual({ ok: false, reason: "unreadable" });
  });

  it("never throws on random or mutated text, and never returns an invalid deck", () => {
    const rnd = mulberry32(2024);
    const valid = encodeDeckLink(realisticDeck(4));
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$%=#&é ";
    for (let i = 0; i < 400; i++) {
      let text: string;
      if (i % 2 === 0)
        text = Array.from({ length: Math.floor(rnd() * 300) }, () =>
          at(alphabet, Math.floor(rnd() * alphabet.length)),
        ).join("");
      else {
        const chars = [...valid];
        for (let k = 0; k < 1 + Math.floor(rnd() * 4); k++)
          chars[Math.floor(rnd() * chars.length)] = at(alphabet, Math.floor(rnd() * 66));
        text = rnd() < 0.3 ? chars.slice(0, Math.floor(rnd() * chars.length)).join("") : chars.join("");
      }
      const r = decodeDeckLink(text);
      if (r.ok) {
        expect(r.deck.slides.length, text).toBeLessThanOrEqual(MAX_SLIDES);
        for (const s of r.deck.slides)
          expect(stripFormatting(s.title) === s.title && cleanText(s.note, MAX_NOTE) === s.note, text).toBe(true);
      }
      // Where lz-string itself reads the text, the capped port reads the same.
      // (lz-string itself can throw on damaged text, one more reason the link is read by the port.)
      let lib: string | null | undefined;
      try {
        lib = decompressFromEncodedURIComponent(text);
      } catch {
        lib = undefined;
      }
      const ours = decompressLink(text, MAX_LINK_JSON);
      if (ours !== null && lib !== undefined) expect(ours, text).toBe(lib);
    }
    for (const bad of ["", "!!!", "%", undefined as unknown as string]) expect(decodeDeckLink(bad).ok).toBe(false);
  });
});

describe("decodeLegacyDeckLink (old ?deck= links)", () => {
  it("opens a deck as encodeDeck wrote it", () => {
    const deck = realisticDeck(3);
    const r = decodeLegacyDeckLink(encodeDeck(deck));
    expect(r.ok && r.deck).toEqual(deck);
  });
  it("keeps the valid slides of an old link and strips formatting characters it carried", () => {
    const raw = {
      title: "Old",
      slides: [slide(1, { title: "A\u202eB" }), { id: "s2", title: 5 }, slide(3, { query: "deck=x" }), slide(4)],
    };
    const r = decodeLegacyDeckLink(Buffer.from(JSON.stringify(raw)).toString("base64url"));
    expect(r.ok && r.deck.slides.map((s) => s.title)).toEqual(["AB", "Slide 4"]);
    expect(r.ok && r.dropped).toBe(2);
  });
  it("refuses what is not an old deck", () => {
    for (const bad of ["", "!!!", "abc=", Buffer.from("[]").toString("base64url")])
      expect(decodeLegacyDeckLink(bad).ok, bad).toBe(false);
  });
});
