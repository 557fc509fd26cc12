import { describe, expect, it } from "vitest";
import { findNode, nextTab, resolveSelected, tabInfo, tabKey, type TabInfo } from "./tabs";

const tab = (blockId: number, label: string, extra: Partial<TabInfo> = {}): TabInfo => ({
  blockId, id: null, label, visible: true, interactive: true, elemId: null, ...extra,
});

describe("tabs", () => {
  it("finds a node in the layout tree", () => {
    const layout = { id: 0, children: [{ id: 1, children: [{ id: 2 }, { id: 3, children: [{ id: 4 }] }] }] };
    expect(findNode(layout, 3)).toEqual({ id: 3, children: [{ id: 4 }] });
    expect(findNode(layout, 9)).toBeNull();
  });
  it("reads a Tab's props", () => {
    expect(tabInfo(5, { label: "One", id: "first", visible: true, interactive: false, elem_id: "t1" }, 0)).toEqual({
      blockId: 5, id: "first", label: "One", visible: true, interactive: false, elemId: "t1",
    });
    expect(tabInfo(6, { visible: "hidden" }, 1)).toMatchObject({ label: "Tab 2", visible: false, interactive: true, id: null });
    expect(tabKey(tabInfo(6, {}, 0))).toBe(6);
    expect(tabKey(tabInfo(6, { id: 0 }, 0))).toBe(0);
  });
  it("resolves `selected` by id, label or block id", () => {
    const tabs = [tab(10, "Text"), tab(11, "Image", { id: "img" }), tab(12, "More", { id: 2 })];
    expect(resolveSelected(tabs, null)).toBe(10);
    expect(resolveSelected(tabs, "img")).toBe(11);
    expect(resolveSelected(tabs, "More")).toBe(12);
    expect(resolveSelected(tabs, 2)).toBe(12);
    expect(resolveSelected(tabs, "2")).toBe(12);
    expect(resolveSelected(tabs, 10)).toBe(10);
    expect(resolveSelected(tabs, "nope")).toBe(10);
  });
  it("never shows a hidden tab, and starts on an enabled one", () => {
    const tabs = [tab(10, "A", { interactive: false }), tab(11, "B", { visible: false }), tab(12, "C")];
    expect(resolveSelected(tabs, null)).toBe(12);
    expect(resolveSelected(tabs, "B")).toBe(12);
    expect(resolveSelected(tabs, "A")).toBe(10);
    expect(resolveSelected([tab(1, "X", { visible: false })], null)).toBeNull();
  });
  it("moves with the arrow keys over enabled tabs, wrapping", () => {
    const tabs = [tab(1, "A"), tab(2, "B", { interactive: false }), tab(3, "C"), tab(4, "D", { visible: false })];
    expect(nextTab(tabs, 1, "ArrowRight")).toBe(3);
    expect(nextTab(tabs, 3, "ArrowRight")).toBe(1);
    expect(nextTab(tabs, 1, "ArrowLeft")).toBe(3);
    expect(nextTab(tabs, 3, "Home")).toBe(1);
    expect(nextTab(tabs, 1, "End")).toBe(3);
    expect(nextTab(tabs, 1, "a")).toBeNull();
  });
});
