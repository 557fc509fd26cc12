// HighlightedText with a real App (its events recorded instead of sent): how categories and
// scores are drawn, the legend, and what a click on a span fires.
import { cleanup, fireEvent, render } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../lib/app.svelte";
import { highlightView, scoreColor } from "../lib/highlighted-text";
import { appConfig, listener } from "../test-support/configs";
import HighlightedText from "./HighlightedText.svelte";

afterEach(() => cleanup());

const value = [
  { token: "Ada", class_or_confidence: "person" },
  { token: " was ", class_or_confidence: null },
  { token: "great", class_or_confidence: 0.5 },
  { token: " not ", class_or_confidence: -1 },
];

function setup(props: Record<string, unknown>, listens = false) {
  const config = appConfig([{ id: 1, type: "highlightedtext", props }],
    { dependencies: listens ? [listener(0, [1, "select"])] : [] });
  const app = new App(config);
  const events: [string, unknown][] = [];
  app.trigger = ((_id: number, event: string, data: unknown) => {
    events.push([event, data]);
  }) as App["trigger"];
  const block = app.blocks.get(1)!;
  const view = render(HighlightedText, { props: { block, ctx: app.contextFor(block) } });
  return { events, view };
}

describe("HighlightedText", () => {
  it("colours a positive score red and a negative one blue, as strong as the score", () => {
    expect(scoreColor(0.5)).toBe("rgba(239, 68, 68, 0.500)");
    expect(scoreColor(-1)).toBe("rgba(59, 130, 246, 1.000)");
    expect(scoreColor(-3)).toBe(scoreColor(-1));
    const { view } = setup({ value, label: "Weights" });
    expect(view.getByText("Weights")).toBeTruthy();
    const great = view.getByText("great");
    expect(great.tagName).toBe("MARK");
    expect(great.dataset.score).toBe("0.5");
    expect(great.style.background).toContain("239, 68, 68");
    expect(view.getByText("not").style.background).toContain("59, 130, 246");
    expect(view.getByTestId("highlighted-text").querySelector(".text")!.textContent).toBe("Adaperson was great not ");
  });

  it("names a category inline, or in a legend with the app's colours", () => {
    const inline = setup({ value });
    expect(inline.view.getByText("person").className).toContain("category");
    cleanup();
    const legend = setup({ value, show_legend: true, color_map: { person: "rgb(1, 2, 3)" } });
    const item = legend.view.getByTestId("highlighted-legend").querySelector(".legend-item") as HTMLElement;
    expect(item.textContent).toBe("person");
    expect(item.style.background).toBe("rgb(1, 2, 3)");
    expect(legend.view.getByText("Ada").style.background).toBe("rgb(1, 2, 3)");
    expect(legend.view.queryByText("person", { selector: ".category" })).toBeNull();
  });

  it("skips malformed spans and shows an empty state without any", () => {
    expect(highlightView([{ token: "a" }, { nope: 1 }, null, { token: "b", class_or_confidence: "x" }]).spans.map((s) => s.text))
      .toEqual(["a", "b"]);
    const { view } = setup({ value: null });
    expect(view.getByTestId("highlighted-empty")).toBeTruthy();
  });

  it("fires select with the span's text and mark when the app listens", async () => {
    const { events, view } = setup({ value }, true);
    await fireEvent.click(view.getByText("great"));
    expect(events).toEqual([["select", { index: 2, value: ["great", 0.5], selected: true }]]);
  });
});
