import { describe, expect, it } from "vitest";
import { childEntries, childPath, initialExpanded, isBranch, kindOf, openDepthOf, preview } from "./json-tree";

describe("kinds and children", () => {
  it("tells the kinds apart", () => {
    expect([{}, [], "s", 1, true, null].map(kindOf)).toEqual(["object", "array", "string", "number", "boolean", "null"]);
    expect(isBranch([])).toBe(true);
    expect(isBranch("x")).toBe(false);
  });
  it("lists children, up to a limit", () => {
    expect(childEntries({ a: 1, b: 2 })).toEqual([["a", 1], ["b", 2]]);
    expect(childEntries([5, 6, 7], 2)).toEqual([[0, 5], [1, 6]]);
    expect(childEntries(3)).toEqual([]);
  });
  it("escapes keys in paths", () => {
    expect(childPath("", "a/b~c")).toBe("/a~1b~0c");
    expect(childPath("/x", 0)).toBe("/x/0");
  });
  it("summarises collapsed nodes", () => {
    expect(preview([1, 2, 3])).toBe("3 items");
    expect(preview([1])).toBe("1 item");
    expect(preview({ a: 1 })).toBe("1 key");
    expect(preview({})).toBe("0 keys");
  });
});

describe("openDepthOf", () => {
  it("reads a depth, true, or falls back to the default", () => {
    expect(openDepthOf(2)).toBe(2);
    expect(openDepthOf(0)).toBe(0);
    expect(openDepthOf(true)).toBe(Infinity);
    expect(openDepthOf(false)).toBe(3);
    expect(openDepthOf(undefined)).toBe(3);
  });
});

describe("initialExpanded", () => {
  const value = { a: { b: { c: { d: 1 } } }, list: [1, 2] };

  it("expands the first levels", () => {
    expect([...initialExpanded(value, 2)].sort()).toEqual(["", "/a", "/list"]);
    expect([...initialExpanded(value, 1)]).toEqual([""]);
    expect([...initialExpanded(value, 0)]).toEqual([]);
    expect(initialExpanded(value, Infinity).has("/a/b/c")).toBe(true);
  });
  it("stays within the line budget, shallowest first", () => {
    const wide = { x: Array.from({ length: 50 }, (_, i) => i), y: Array.from({ length: 50 }, (_, i) => i) };
    const expanded = initialExpanded(wide, Infinity, 60);
    expect(expanded.has("")).toBe(true);
    expect(expanded.has("/x")).toBe(true);
    expect(expanded.has("/y")).toBe(false);
  });
  it("expands a subtree under its own path", () => {
    expect([...initialExpanded({ b: { c: 1 } }, Infinity, 100, 100, "/a")].sort()).toEqual(["/a", "/a/b"]);
  });
  it("always expands the root, of which only a page shows", () => {
    const huge = Array.from({ length: 100_000 }, (_, i) => ({ i }));
    const started = performance.now();
    const expanded = initialExpanded(huge, Infinity, 1000, 100);
    expect(performance.now() - started).toBeLessThan(500);
    expect(expanded.has("")).toBe(true);
    expect(expanded.size).toBeLessThanOrEqual(101);
  });
});
