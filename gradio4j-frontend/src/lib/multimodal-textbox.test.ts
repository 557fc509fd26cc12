// Renders the MultimodalTextbox inside a real App (events recorded instead of sent): typing,
// sending, attachments shown and removed, files refused with a reason, and Stop while running.
import { cleanup, fireEvent, render } from "@testing-library/svelte";
import { flushSync } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "./app.svelte";
import Render from "./Render.svelte";
import type { AppConfig, LoadingStatus } from "./types";

afterEach(cleanup);

type Event = [number, string];

function setup(props: Record<string, unknown>, maxFileSize: number | null = null) {
  const config = {
    version: "6", root: "http://h", api_prefix: "/gradio_api", mode: "blocks", title: "t",
    components: [{ id: 1, type: "multimodaltextbox", props: { interactive: true, ...props } }],
    dependencies: [],
    layout: { id: 0, children: [{ id: 1 }] }, css: null, js: null, head: null, show_error: true, max_file_size: maxFileSize,
  } as unknown as AppConfig;
  const app = new App(config);
  const events: Event[] = [];
  app.trigger = ((id: number, event: string) => {
    events.push([id, event]);
  }) as App["trigger"];
  const view = render(Render, { props: { node: { id: 1 }, app } });
  return { app, block: app.blocks.get(1)!, events, view };
}

const image = {
  path: "/tmp/cat.png", url: "http://h/gradio_api/file=/tmp/cat.png", size: 10, orig_name: "cat.png", mime_type: "image/png",
  is_stream: false, meta: { _type: "gradio.FileData" },
};
const pdf = { ...image, path: "/tmp/r.pdf", url: null, orig_name: "report.pdf", mime_type: "application/pdf" };
const running: LoadingStatus = {
  status: "generating", queuePosition: null, queueSize: null, eta: null, startedAt: 0, progress: null, showProgress: "full", message: null,
};

describe("MultimodalTextbox", () => {
  it("keeps typed text beside the files, and sends with Enter but not Shift+Enter", async () => {
    const { block, events, view } = setup({ value: { text: "", files: [image] }, placeholder: "Ask" });
    const area = view.getByPlaceholderText("Ask");
    await fireEvent.input(area, { target: { value: "what is this?" } });
    expect(block.props.value).toEqual({ text: "what is this?", files: [image] });
    expect(events).toEqual([[1, "input"], [1, "change"]]);
    await fireEvent.keyDown(area, { key: "Enter", shiftKey: true });
    expect(events.at(-1)).toEqual([1, "change"]);
    await fireEvent.keyDown(area, { key: "Enter" });
    expect(events.at(-1)).toEqual([1, "submit"]);
  });

  it("sends nothing while empty: the Send button is disabled", async () => {
    const { events, view } = setup({ value: { text: "  ", files: [] } });
    expect((view.getByLabelText("Send") as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.keyDown(view.getByRole("textbox"), { key: "Enter" });
    expect(events).toEqual([]);
  });

  it("shows an image as a thumbnail and another file by name, each removable", async () => {
    const { block, view } = setup({ value: { text: "hi", files: [image, pdf] } });
    expect((view.getByAltText("cat.png") as HTMLImageElement).src).toBe(image.url);
    expect(view.getByText("report.pdf")).toBeTruthy();
    await fireEvent.click(view.getByLabelText("Remove cat.png"));
    expect(block.props.value).toEqual({ text: "hi", files: [pdf] });
  });

  it("refuses a file of another type, or too large, and says why under the box", async () => {
    const { view } = setup({ value: null, file_types: ["image"], file_count: "multiple" }, 1024);
    const input = view.getByTestId("multimodal-upload") as HTMLInputElement;
    const files = [new File(["x"], "notes.exe"), new File([new Uint8Array(4096)], "big.png", { type: "image/png" })];
    Object.defineProperty(input, "files", { value: files });
    await fireEvent.change(input);
    const alert = view.getByRole("alert");
    expect(alert.textContent).toContain("notes.exe is not an accepted file type (image).");
    expect(alert.textContent).toContain("big.png is 4.0 KB; files may be at most 1.0 KB.");
    await fireEvent.input(view.getByRole("textbox"), { target: { value: "x" } });
    expect(view.queryByRole("alert")).toBeNull();
  });

  it("turns Send into Stop while an event writes to it, when it has a Stop button", async () => {
    const { block, events, view } = setup({ value: { text: "", files: [] }, stop_btn: true });
    expect(view.queryByLabelText("Stop")).toBeNull();
    block.loading = running;
    flushSync();
    await fireEvent.click(view.getByLabelText("Stop"));
    expect(events).toEqual([[1, "stop"]]);
    expect(view.queryByLabelText("Send")).toBeNull();
  });

  it("sends nothing on Enter while Stop stands in place of Send", async () => {
    const { block, events, view } = setup({ value: { text: "next", files: [] }, stop_btn: true });
    block.loading = running;
    flushSync();
    await fireEvent.keyDown(view.getByRole("textbox"), { key: "Enter" });
    expect(events).toEqual([]);
    block.loading = null;
    flushSync();
    await fireEvent.keyDown(view.getByRole("textbox"), { key: "Enter" });
    expect(events).toEqual([[1, "submit"]]);
  });

  it("hides the attach button without the upload source, and Send when told to", () => {
    const { view } = setup({ value: null, sources: [], submit_btn: false });
    expect(view.queryByLabelText("Attach files")).toBeNull();
    expect(view.queryByLabelText("Send")).toBeNull();
  });
});
