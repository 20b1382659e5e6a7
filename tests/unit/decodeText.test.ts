import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/data/import/decodeText.ts";

const TEXT = "member_state;partner\r\nFrance;Sénégal\r\nAllemagne;Géorgie – « test »\r\n";

describe("decodeText", () => {
  it("reads UTF-8 without a byte order mark", () => {
    expect(decodeText(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: "utf-8" });
  });
  it("reads UTF-8 with a byte order mark, and drops the mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: "utf-8" });
  });
  it("reads Windows-1252, as Excel saves CSV in Western Europe", () => {
    const bytes = new Uint8Array(Buffer.from("France;S\xe9n\xe9gal;G\xe9orgie \x96 \xabtest\xbb;\x80", "latin1"));
    expect(decodeText(bytes)).toEqual({ text: "France;Sénégal;Géorgie – «test»;€", encoding: "windows-1252" });
  });
  it("reads UTF-16 with its byte order mark (Excel's Unicode text)", () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(TEXT, "utf16le")]);
    expect(decodeText(le)).toEqual({ text: TEXT, encoding: "utf-16le" });
  });
  it("keeps pure ASCII as UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("a,b\n")).encoding).toBe("utf-8");
  });
});
