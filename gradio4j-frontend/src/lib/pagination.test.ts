import { describe, expect, it } from "vitest";
import { clampPage, pageCount, pageItems, visiblePages } from "./pagination";

describe("pagination", () => {
  it("counts pages", () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(10, 10)).toBe(1);
    expect(pageCount(11, 10)).toBe(2);
    expect(pageCount(25, 0)).toBe(1);
  });
  it("slices a page and tells its offset", () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    expect(pageItems(items, 0, 10)).toEqual({ items: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], offset: 0 });
    expect(pageItems(items, 2, 10)).toEqual({ items: [20, 21, 22, 23, 24], offset: 20 });
    expect(pageItems(items, 9, 10).offset).toBe(20);
    expect(pageItems(items, 0, 0).items.length).toBe(25);
  });
  it("clamps pages", () => {
    expect(clampPage(-3, 4)).toBe(0);
    expect(clampPage(7, 4)).toBe(3);
    expect(clampPage(NaN, 4)).toBe(0);
    expect(clampPage(2, 0)).toBe(0);
  });
  it("shows every page when there are few", () => {
    expect(visiblePages(0, 1)).toEqual([0]);
    expect(visiblePages(2, 5)).toEqual([0, 1, 2, 3, 4]);
  });
  it("elides far pages", () => {
    expect(visiblePages(9, 20)).toEqual([0, 1, 2, null, 7, 8, 9, 10, 11, null, 17, 18, 19]);
    expect(visiblePages(0, 20)).toEqual([0, 1, 2, null, 17, 18, 19]);
  });
  it("shows a single hidden page rather than a gap", () => {
    expect(visiblePages(6, 20)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, null, 17, 18, 19]);
  });
});
