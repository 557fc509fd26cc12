// SourcePicker: the source buttons a component offers, in Gradio's order, the active one pressed.
import { cleanup, fireEvent, render } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import SourcePicker from "./SourcePicker.svelte";
import type { MediaSource } from "./sources";

afterEach(() => cleanup());

function setup(sources: MediaSource[], active: MediaSource) {
  const onchoose = vi.fn();
  const view = render(SourcePicker, { props: { sources, active, label: "Image source", onchoose } });
  const names = () => view.getAllByRole("button").map((b) => [b.getAttribute("aria-label"), b.getAttribute("aria-pressed")]);
  return { view, onchoose, names };
}

describe("SourcePicker", () => {
  it("shows one named button per source, in Gradio's order, the active one pressed", () => {
    const { view, names } = setup(["clipboard", "webcam", "upload"], "webcam");
    expect(view.getByRole("group", { name: "Image source" })).toBeTruthy();
    expect(names()).toEqual([
      ["Upload a file", "false"],
      ["Capture from the webcam", "true"],
      ["Paste from the clipboard", "false"],
    ]);
  });

  it("offers the microphone to the components that allow it", () => {
    const { names } = setup(["microphone", "upload"], "microphone");
    expect(names()).toEqual([
      ["Upload a file", "false"],
      ["Record from the microphone", "true"],
    ]);
  });

  it("hands the chosen source to the component, the active one too", async () => {
    const { view, onchoose } = setup(["upload", "clipboard"], "clipboard");
    await fireEvent.click(view.getByRole("button", { name: "Upload a file" }));
    await fireEvent.click(view.getByRole("button", { name: "Paste from the clipboard" }));
    expect(onchoose.mock.calls).toEqual([["upload"], ["clipboard"]]);
  });
});
