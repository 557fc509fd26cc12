// Tabs on a narrow screen: jsdom lays nothing out, so the widths a browser would measure are
// given here (10 px a character, a 350 px bar), and the tabs that do not fit must be in the
// "⋯" menu, one click away.
import { cleanup, fireEvent, render, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "./app.svelte";
import Render from "./Render.svelte";
import type { AppConfig } from "./types";

class InstantResizeObserver {
  constructor(private readonly callback: () => void) {}
  observe() {
    this.callback();
  }
  disconnect() {}
}

beforeEach(() => {
  vi.stubGlobal("ResizeObserver", InstantResizeObserver);
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
    return { width: (this.textContent?.trim().length ?? 0) * 10 } as DOMRect;
  });
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(function (this: HTMLElement) {
    return this.classList.contains("bar-wrap") ? 350 : 0;
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function setup() {
  const labels = ["Streaming", "Image", "Components", "Progress and errors"];
  const config = {
    version: "6", root: "http://h", api_prefix: "/gradio_api", mode: "blocks", title: "t",
    components: [{ id: 1, type: "tabs", props: {} }, ...labels.map((label, i) => ({ id: 10 + i, type: "tabitem", props: { label } }))],
    dependencies: [],
    layout: { id: 0, children: [{ id: 1, children: labels.map((_, i) => ({ id: 10 + i })) }] },
    css: null, js: null, head: null, show_error: true, max_file_size: null,
  } as unknown as AppConfig;
  const app = new App(config);
  const events: [number, string][] = [];
  app.trigger = ((id: number, event: string) => void events.push([id, event])) as App["trigger"];
  const view = render(Render, { props: { node: config.layout.children![0], app } });
  return { view, events };
}

const barLabels = (view: ReturnType<typeof setup>["view"]) => view.getAllByRole("tab").map((t) => t.textContent?.trim());

describe("Tabs that do not fit", () => {
  it("go into the ⋯ menu, and a tab picked there is shown and joins the bar", async () => {
    const { view, events } = setup();
    // 90 + 50 + 100 = 240 fit beside the 10 px button in 350; the 190 px tab does not.
    expect(barLabels(view)).toEqual(["Streaming", "Image", "Components"]);
    const more = view.getByRole("button", { name: "More tabs" });
    expect(more.getAttribute("aria-expanded")).toBe("false");
    await fireEvent.click(more);
    const menu = view.getByRole("menu");
    expect(within(menu).getAllByRole("menuitem").map((m) => m.textContent?.trim())).toEqual(["Progress and errors"]);
    await fireEvent.click(within(menu).getByRole("menuitem", { name: "Progress and errors" }));
    expect(view.queryByRole("menu")).toBeNull();
    expect(barLabels(view)).toEqual(["Streaming", "Image", "Progress and errors"]);
    expect(view.getByRole("tab", { name: "Progress and errors" }).getAttribute("aria-selected")).toBe("true");
    expect(events).toEqual([[1, "change"], [1, "select"], [13, "select"]]);
    await fireEvent.click(view.getByRole("button", { name: "More tabs" }));
    expect(within(view.getByRole("menu")).getAllByRole("menuitem").map((m) => m.textContent?.trim())).toEqual(["Components"]);
  });

  it("closes the menu with Escape, giving focus back to its button", async () => {
    const { view } = setup();
    const more = view.getByRole("button", { name: "More tabs" });
    await fireEvent.click(more);
    await fireEvent.keyDown(view.getByRole("menu"), { key: "Escape" });
    expect(view.queryByRole("menu")).toBeNull();
    expect(document.activeElement).toBe(more);
  });
});
