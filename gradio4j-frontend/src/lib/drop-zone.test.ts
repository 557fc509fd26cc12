// DropZone: files dragged over the target (counted through its children), dropped, or picked.
import { cleanup, fireEvent, render } from "@testing-library/svelte";
import { flushSync } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import DropZone from "./DropZone.svelte";

afterEach(() => {
  cleanup();
  document.body.innerHTML = "";
});

/** A drag event as the browser sends it: with a DataTransfer carrying `types` and `files`. */
function drag(type: string, target: Element, types: string[] = ["Files"], files: File[] = []): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", { value: { types, files, dropEffect: "none" } });
  target.dispatchEvent(event);
  flushSync();
  return event;
}

function setup(props: { droppable?: boolean; overlay?: string } = {}) {
  const frame = document.body.appendChild(document.createElement("div"));
  const child = frame.appendChild(document.createElement("span"));
  const onfiles = vi.fn();
  const view = render(DropZone, { target: frame, props: { target: frame, testid: "picker", onfiles, ...props } });
  flushSync();
  const overlay = () => frame.querySelector(".overlay");
  return { frame, child, onfiles, view, overlay };
}

describe("DropZone", () => {
  it("shows the overlay while files are over the target, through its children", () => {
    const { frame, child, overlay } = setup({ overlay: "Drop to add" });
    const enter = drag("dragenter", frame);
    expect(enter.defaultPrevented).toBe(true);
    expect(overlay()?.textContent).toBe("Drop to add");
    drag("dragenter", child);
    drag("dragleave", frame);
    expect(overlay()).not.toBeNull();
    const over = drag("dragover", child);
    expect(over.defaultPrevented).toBe(true);
    expect((over as Event & { dataTransfer: DataTransfer }).dataTransfer.dropEffect).toBe("copy");
    drag("dragleave", child);
    expect(overlay()).toBeNull();
  });

  it("hands dropped files on and hides the overlay", () => {
    const { frame, onfiles, overlay } = setup();
    const files = [new File(["a"], "a.txt"), new File(["b"], "b.txt")];
    drag("dragenter", frame);
    const drop = drag("drop", frame, ["Files"], files);
    expect(drop.defaultPrevented).toBe(true);
    expect(onfiles).toHaveBeenCalledWith(files);
    expect(overlay()).toBeNull();
  });

  it("lets drags without files (a link, some text) pass", () => {
    const { frame, overlay } = setup();
    expect(drag("dragenter", frame, ["text/plain"]).defaultPrevented).toBe(false);
    expect(drag("dragover", frame, ["text/plain"]).defaultPrevented).toBe(false);
    expect(overlay()).toBeNull();
  });

  it("takes no drop when not droppable", () => {
    const { frame, onfiles, overlay } = setup({ droppable: false });
    expect(drag("dragenter", frame).defaultPrevented).toBe(false);
    expect(overlay()).toBeNull();
    expect(drag("drop", frame, ["Files"], [new File(["a"], "a.txt")]).defaultPrevented).toBe(false);
    expect(onfiles).not.toHaveBeenCalled();
  });

  it("opens the file dialog afresh and hands the picked files on", async () => {
    const { view, onfiles } = setup();
    const input = view.getByTestId("picker") as HTMLInputElement;
    const click = vi.spyOn(input, "click");
    view.component.pick();
    expect(click).toHaveBeenCalledOnce();
    const picked = [new File(["a"], "a.png")];
    Object.defineProperty(input, "files", { value: picked });
    await fireEvent.change(input);
    expect(onfiles).toHaveBeenCalledWith(picked);
  });
});
