import { describe, expect, it } from "vitest";
import { splitTabs } from "./tab-overflow";

describe("splitTabs", () => {
  it("shows every tab when they fit, with no menu", () => {
    expect(splitTabs([90, 60, 110], 260, 40, 0)).toEqual({ shown: [0, 1, 2], overflow: [] });
    // Before anything is measured (widths and room 0) nothing moves.
    expect(splitTabs([0, 0, 0], 0, 0, 1)).toEqual({ shown: [0, 1, 2], overflow: [] });
  });

  it("moves the tabs past the first that does not fit into the menu, keeping room for its button", () => {
    // 390 px phone: 92 + 64 + 109 = 265 fit beside the 40 px button; the 156 px tab does not.
    expect(splitTabs([92, 64, 109, 156], 374, 40, 0)).toEqual({ shown: [0, 1, 2], overflow: [3] });
    // Without the button's room the third would have fitted: 92 + 64 + 109 + 40 > 300.
    expect(splitTabs([92, 64, 109, 156], 300, 40, 0)).toEqual({ shown: [0, 1], overflow: [2, 3] });
  });

  it("always shows the selected tab, giving it the room of those before the menu", () => {
    expect(splitTabs([92, 64, 109, 156], 374, 40, 3)).toEqual({ shown: [0, 1, 3], overflow: [2] });
    expect(splitTabs([100, 100, 100, 100], 250, 40, 2)).toEqual({ shown: [0, 2], overflow: [1, 3] });
  });

  it("keeps the selected tab even when it alone is too wide, and works with none selected", () => {
    expect(splitTabs([400, 50], 300, 40, 0)).toEqual({ shown: [0], overflow: [1] });
    expect(splitTabs([100, 100, 100], 250, 40, -1)).toEqual({ shown: [0, 1], overflow: [2] });
  });
});
