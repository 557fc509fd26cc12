import { describe, expect, it } from "vitest";
import {
  chipsOf,
  displayOf,
  filterChoices,
  findByDisplay,
  indexOfValue,
  matchRange,
  moveActive,
  normalizeChoices,
  type Choice,
} from "./choices";

const fruits: Choice[] = [
  ["Banana", "banana"],
  ["Apple", "apple"],
  ["Pineapple", "pineapple"],
  ["Red apple", "red-apple"],
  ["Crème brûlée", "creme"],
];

describe("normalizeChoices", () => {
  it("keeps [display, value] pairs", () => {
    expect(normalizeChoices([["One", 1], ["Two", "2"]])).toEqual([["One", 1], ["Two", "2"]]);
  });
  it("turns plain values and one-element pairs into pairs", () => {
    expect(normalizeChoices(["a", 3, ["b"]])).toEqual([["a", "a"], ["3", 3], ["b", "b"]]);
  });
  it("gives nothing for a missing or malformed prop", () => {
    expect(normalizeChoices(undefined)).toEqual([]);
    expect(normalizeChoices("abc")).toEqual([]);
    expect(normalizeChoices([null, []])).toEqual([]);
  });
});

describe("values and display text", () => {
  it("finds a value's choice, strictly", () => {
    expect(indexOfValue([["One", 1], ["Two", "2"]], 1)).toBe(0);
    expect(indexOfValue([["One", 1], ["Two", "2"]], 2)).toBe(-1);
  });
  it("shows a choice's display text, or a custom value as itself", () => {
    expect(displayOf(fruits, "apple")).toBe("Apple");
    expect(displayOf(fruits, "kiwi")).toBe("kiwi");
    expect(displayOf(fruits, null)).toBe("");
  });
});

describe("filterChoices", () => {
  it("keeps every choice, in order, for an empty query", () => {
    expect(filterChoices(fruits, "")).toEqual([0, 1, 2, 3, 4]);
    expect(filterChoices(fruits, "   ")).toEqual([0, 1, 2, 3, 4]);
  });
  it("ranks prefix matches, then word starts, then the rest", () => {
    expect(filterChoices(fruits, "apple")).toEqual([1, 3, 2]);
    expect(filterChoices(fruits, "APP")).toEqual([1, 3, 2]);
  });
  it("ignores case and accents", () => {
    expect(filterChoices(fruits, "creme brulee")).toEqual([4]);
    expect(filterChoices(fruits, "BRÛ")).toEqual([4]);
  });
  it("finds nothing when nothing matches", () => {
    expect(filterChoices(fruits, "kiwi")).toEqual([]);
  });
});

describe("matchRange", () => {
  it("finds the match in the original text", () => {
    expect(matchRange("Red apple", "APP")).toEqual([4, 7]);
    expect(matchRange("Crème brûlée", "brul")).toEqual([6, 10]);
    expect(matchRange("Crème", "eme")).toEqual([2, 5]);
  });
  it("has nothing to highlight without a query or a match", () => {
    expect(matchRange("Apple", "")).toBeNull();
    expect(matchRange("Apple", "kiwi")).toBeNull();
  });
  it("copes with characters that fold to several", () => {
    const [start, end] = matchRange("한국어", "국")!;
    expect("한국어".slice(start, end)).toBe("국");
  });
});

describe("findByDisplay", () => {
  it("prefers the exact display text, then a case- and accent-insensitive one", () => {
    expect(findByDisplay(fruits, "Apple")).toBe(1);
    expect(findByDisplay(fruits, "  red APPLE ")).toBe(3);
    expect(findByDisplay(fruits, "creme brulee")).toBe(4);
  });
  it("answers -1 for text that is no choice", () => {
    expect(findByDisplay(fruits, "App")).toBe(-1);
    expect(findByDisplay(fruits, "")).toBe(-1);
  });
});

describe("moveActive", () => {
  const visible = [3, 1, 2];
  it("starts at the first or the last", () => {
    expect(moveActive(null, visible, 1)).toBe(3);
    expect(moveActive(null, visible, -1)).toBe(2);
  });
  it("moves through the visible order and wraps", () => {
    expect(moveActive(3, visible, 1)).toBe(1);
    expect(moveActive(2, visible, 1)).toBe(3);
    expect(moveActive(3, visible, -1)).toBe(2);
  });
  it("restarts when the highlighted option was filtered out", () => {
    expect(moveActive(0, visible, 1)).toBe(3);
  });
  it("highlights nothing in an empty list", () => {
    expect(moveActive(1, [], 1)).toBeNull();
  });
});

describe("chipsOf", () => {
  it("shows choices by their display text, in the value's order", () => {
    expect(chipsOf(fruits, ["apple", "banana"], false)).toEqual([
      { value: "apple", display: "Apple", index: 1 },
      { value: "banana", display: "Banana", index: 0 },
    ]);
  });
  it("keeps custom values only when allowed", () => {
    expect(chipsOf(fruits, ["kiwi"], false)).toEqual([]);
    expect(chipsOf(fruits, ["kiwi"], true)).toEqual([{ value: "kiwi", display: "kiwi", index: -1 }]);
  });
  it("takes a single or missing value", () => {
    expect(chipsOf(fruits, "apple", false)).toHaveLength(1);
    expect(chipsOf(fruits, null, false)).toEqual([]);
  });
});
