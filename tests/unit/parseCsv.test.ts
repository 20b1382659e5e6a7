import { describe, expect, it } from "vitest";
import { MAX_CELL, columnKey, detectDelimiter, parseCsv } from "../../src/data/parseCsv.ts";
import { at } from "../support/at.ts";

const COLUMNS = ["id", "name", "notes"] as const;
const parse = (text: string) => parseCsv("data/test.csv", text, { columns: COLUMNS, required: COLUMNS });

describe("parseCsv", () => {
  it("reads cells by column name and numbers rows as a spreadsheet does (header = 1)", () => {
    const { table, issues } = parse("id,name,notes\na,Alpha,x\nb,Beta,y\n");
    expect(issues).toEqual([]);
    expect(table.file).toBe("data/test.csv");
    expect(table.rows).toEqual([
      { line: 2, cells: { id: "a", name: "Alpha", notes: "x" } },
      { line: 3, cells: { id: "b", name: "Beta", notes: "y" } },
    ]);
  });

  it("reads columns in any order", () => {
    const { table, issues } = parse("notes,id,name\nx,a,Alpha\n");
    expect(issues).toEqual([]);
    expect(at(table.rows, 0).cells).toEqual({ id: "a", name: "Alpha", notes: "x" });
  });

  it("unquotes cells with embedded commas, doubled quotes and newlines", () => {
    const text = 'id,name,notes\na,"Guinea, Conakry","He said ""the first six"", then\nstopped."\nb,Beta,\n';
    const { table, issues } = parse(text);
    expect(issues).toEqual([]);
    expect(at(table.rows, 0).cells).toEqual({
      id: "a",
      name: "Guinea, Conakry",
      notes: 'He said "the first six", then\nstopped.',
    });
    // A newline inside quotes does not start a new spreadsheet row.
    expect(table.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(at(table.rows, 1).cells.notes).toBe("");
  });

  it("keeps quoted leading and trailing spaces", () => {
    const { table } = parse('id,name,notes\na," Alpha ",\n');
    expect(at(table.rows, 0).cells.name).toBe(" Alpha ");
  });

  it("ignores a byte order mark before the header", () => {
    const { table, issues } = parse("\uFEFFid,name,notes\na,Alpha,x\n");
    expect(issues).toEqual([]);
    expect(Object.keys(at(table.rows, 0).cells)).toEqual(["id", "name", "notes"]);
    expect(at(table.rows, 0).cells.id).toBe("a");
  });

  it("reads CRLF line endings as a spreadsheet saves them", () => {
    const { table, issues } = parse("id,name,notes\r\na,Alpha,x\r\nb,Beta,y\r\n");
    expect(issues).toEqual([]);
    expect(table.rows.map((r) => [r.line, r.cells.notes])).toEqual([
      [2, "x"],
      [3, "y"],
    ]);
  });

  it("ignores empty and blank trailing lines", () => {
    for (const tail of ["\n\n\n", "\r\n\r\n", "\n  \n", ""]) {
      const { table, issues } = parse(`id,name,notes\na,Alpha,x${tail}`);
      expect(issues).toEqual([]);
      expect(table.rows).toHaveLength(1);
    }
  });

  it("trims spaces around header names", () => {
    const { table, issues } = parse("id , name,notes\na,Alpha,x\n");
    expect(issues).toEqual([]);
    expect(at(table.rows, 0).cells.name).toBe("Alpha");
  });

  it("reports a missing column on row 1", () => {
    const { issues } = parse("id,notes\na,x\n");
    expect(issues).toEqual([
      { file: "data/test.csv", row: 1, column: "name", value: "", expected: 'a column named "name"' },
    ]);
  });

  it("reports an extra column on row 1, naming it", () => {
    const { issues } = parse("id,name,notes,colour\na,Alpha,x,red\n");
    expect(issues).toEqual([
      {
        file: "data/test.csv",
        row: 1,
        column: "colour",
        value: "colour",
        expected: "only the columns id, name, notes",
      },
    ]);
  });

  it("reports a row with fewer cells than the header and leaves it out", () => {
    const { table, issues } = parse("id,name,notes\na,Alpha\nb,Beta,y\n");
    expect(table.rows.map((r) => r.line)).toEqual([3]);
    expect(issues).toEqual([
      {
        file: "data/test.csv",
        row: 2,
        column: "notes",
        value: "",
        expected: "3 cells, as many as the header has (this row has 2)",
      },
    ]);
  });

  it("reports a row with more cells than the header and leaves it out", () => {
    const { table, issues } = parse("id,name,notes\na,Alpha,x,extra\n");
    expect(table.rows).toEqual([]);
    expect(issues[0]).toMatchObject({ row: 2, value: "extra", expected: expect.stringContaining("at most 3 cells") });
  });

  it("reports a column named twice and reads no row, rather than let one copy win", () => {
    const { table, issues } = parse("id,name,notes,Name\na,Alpha,x,Beta\n");
    expect(table.rows).toEqual([]);
    expect(issues).toEqual([
      {
        file: "data/test.csv",
        row: 1,
        column: "name",
        value: "Name",
        expected: 'each column once (columns B and D are both "name")',
      },
    ]);
  });

  it("reports a cell over 10,000 characters and leaves its row out", () => {
    const { table, issues } = parse(`id,name,notes\na,Alpha,${"x".repeat(MAX_CELL + 1)}\nb,Beta,y\n`);
    expect(table.rows.map((r) => r.cells.id)).toEqual(["b"]);
    expect(issues).toEqual([
      expect.objectContaining({
        row: 2,
        column: "notes",
        expected: expect.stringContaining("at most 10,000 characters"),
      }),
    ]);
  });

  it("matches column names whatever their case and spacing", () => {
    expect(columnKey(" Member State ")).toBe("member_state");
    expect(columnKey("OTHER-ACTORS")).toBe("other_actors");
    const { table, issues } = parse("ID,Name,NOTES\na,Alpha,x\n");
    expect(issues).toEqual([]);
    expect(at(table.rows, 0).cells).toEqual({ id: "a", name: "Alpha", notes: "x" });
  });

  it("reads ;- and tab-separated files, choosing the separator from the header", () => {
    expect(detectDelimiter("id;name;notes\na;b,c;d")).toBe(";");
    expect(detectDelimiter("id\tname\tnotes\n")).toBe("\t");
    // Semicolons inside the data (lists of themes) do not fool it.
    expect(detectDelimiter('id,name,notes\na,"x;y;z;w",b\n')).toBe(",");
    expect(detectDelimiter("id\n")).toBe(",");
    for (const text of [
      "id;name;notes\r\na;Alpha;x\r\n",
      "id\tname\tnotes\na\tAlpha\tx\n",
      'id;name;notes\na;"Guinea; Conakry";x\n',
    ]) {
      const { table, issues } = parse(text);
      expect(issues, text).toEqual([]);
      expect(at(table.rows, 0).cells.id).toBe("a");
    }
  });

  it("reports an unterminated quote as malformed CSV on the row where it starts", () => {
    const { issues } = parse('id,name,notes\na,Alpha,x\nb,"Beta,y\nc,Gamma,z\n');
    expect(issues).toHaveLength(1);
    // The quote opened in the name column and swallowed the rest: that column is named.
    expect(issues[0]).toMatchObject({ file: "data/test.csv", row: 3, column: "name" });
    expect(at(issues, 0).expected).toMatch(/^well-formed CSV \(.*Quoted field unterminated.*\)$/);
  });

  it("reports an empty file as lacking its header", () => {
    const { table, issues } = parse("");
    expect(table.rows).toEqual([]);
    expect(issues).toEqual([
      {
        file: "data/test.csv",
        row: 1,
        column: "A",
        value: "",
        expected: "a header row naming the columns, at least id and name and notes",
      },
    ]);
  });
});
