import { describe, expect, it } from "vitest";
import { presenterAction, type PresenterAction } from "../../src/present/meetingNavigation.ts";

describe("presenterAction", () => {
  it.each<[string, PresenterAction]>([
    ["ArrowRight", "next"],
    ["PageDown", "next"],
    [" ", "next"],
    ["Spacebar", "next"],
    ["ArrowLeft", "previous"],
    ["PageUp", "previous"],
    ["Home", "first"],
    ["End", "last"],
    ["Escape", "leave"],
  ])("%j → %s", (key, action) => {
    expect(presenterAction(key)).toBe(action);
  });

  it.each([
    "ArrowUp",
    "ArrowDown",
    "Enter",
    "Tab",
    "Esc",
    "arrowright",
    "escape",
    "home",
    "",
    "  ",
    "Space",
    "n",
    "p",
    "f",
    "Backspace",
  ])("%j → null", (key) => {
    expect(presenterAction(key)).toBeNull();
  });
});
