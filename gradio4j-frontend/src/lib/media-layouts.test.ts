// Renders Image, File, Dataset, Tabs/Tab, Accordion, Group and Form inside a real App (with its
// events recorded instead of sent) and checks what they show and which events they fire.
import { cleanup, fireEvent, render, within } from "@testing-library/svelte";
import { flushSync } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "./app.svelte";
import Render from "./Render.svelte";
import type { ComponentConfig, LayoutNode } from "./types";
import { fakeStream, fakeVideoAndCanvas, giveCamera, showFirstFrame } from "../test-support/camera";
import { appConfig, listener } from "../test-support/configs";

afterEach(() => cleanup());

type Event = [number, string, unknown];

function setup(components: ComponentConfig[], layout: LayoutNode, targets: [number, string, number[]?][] = []) {
  const config = appConfig(components, {
    dependencies: targets.map(([id, event, outputs], i) => listener(i, [id, event], { outputs: outputs ?? [] })),
    children: [layout],
  });
  const app = new App(config);
  const events: Event[] = [];
  app.trigger = ((id: number, event: string, data: unknown = null) => {
    events.push([id, event, data === null ? null : JSON.parse(JSON.stringify(data))]);
  }) as App["trigger"];
  const view = render(Render, { props: { node: layout, app } });
  const props = (id: number) => app.blocks.get(id)!.props;
  return { app, events, view, props };
}

const file = (name: string, size = 2048) => ({
  path: `/tmp/cache/${name}`, url: `http://h/gradio_api/file=/tmp/cache/${name}`, size, orig_name: name, mime_type: null,
  is_stream: false, meta: { _type: "gradio.FileData" },
});

describe("Tabs and Tab", () => {
  const components: ComponentConfig[] = [
    { id: 1, type: "tabs", props: { visible: true } },
    { id: 2, type: "tabitem", props: { label: "Alpha", interactive: true, visible: true } },
    { id: 3, type: "tabitem", props: { label: "Beta", id: "b", interactive: true, visible: true } },
    { id: 4, type: "tabitem", props: { label: "Gamma", interactive: false, visible: true } },
    { id: 5, type: "tabitem", props: { label: "Delta", interactive: true, visible: false } },
    { id: 6, type: "textbox", props: { label: "In alpha", value: "a" } },
    { id: 7, type: "textbox", props: { label: "In beta", value: "b" } },
  ];
  const layout = { id: 1, children: [{ id: 2, children: [{ id: 6 }] }, { id: 3, children: [{ id: 7 }] }, { id: 4 }, { id: 5 }] };
  const panel = (view: { container: HTMLElement }, id: number) => view.container.querySelector(`[data-block-id="${id}"][role=tabpanel]`) as HTMLElement;

  it("shows a bar of the visible tabs and the first tab's content, keeping the others mounted", () => {
    const { view } = setup(components, layout);
    const tabs = view.getAllByRole("tab");
    expect(tabs.map((t) => t.textContent?.trim())).toEqual(["Alpha", "Beta", "Gamma"]);
    expect(tabs[0].getAttribute("aria-selected")).toBe("true");
    expect((tabs[2] as HTMLButtonElement).disabled).toBe(true);
    expect(panel(view, 2).hidden).toBe(false);
    expect(panel(view, 3).hidden).toBe(true);
    expect(within(panel(view, 3)).getByDisplayValue("b")).toBeTruthy();
  });

  it("fires change and select on the Tabs and select on the Tab when the user picks one", async () => {
    const { view, events, props } = setup(components, layout);
    await fireEvent.click(view.getByRole("tab", { name: "Beta" }));
    const data = { index: 1, value: "Beta", id: "b", selected: true };
    expect(events).toEqual([[1, "change", null], [1, "select", data], [3, "select", data]]);
    expect(props(1).selected).toBe("b");
    expect(panel(view, 3).hidden).toBe(false);
    expect(panel(view, 2).hidden).toBe(true);
    await fireEvent.click(view.getByRole("tab", { name: "Gamma" }));
    await fireEvent.click(view.getByRole("tab", { name: "Beta" }));
    expect(events.length).toBe(3);
  });

  it("follows `selected` from the server, by id or label, and fires the Tab's select", () => {
    const { view, events, props } = setup([{ ...components[0], props: { selected: "Beta" } }, ...components.slice(1)], layout);
    expect(view.getByRole("tab", { name: "Beta" }).getAttribute("aria-selected")).toBe("true");
    props(1).selected = "Alpha";
    flushSync();
    expect(panel(view, 2).hidden).toBe(false);
    expect(events).toEqual([[2, "select", { index: 0, value: "Alpha", id: 2, selected: true }], [1, "change", null]]);
  });

  it("moves on when the shown tab is hidden, and shows a tab made visible", () => {
    const { view, props } = setup(components, layout);
    props(2).visible = false;
    flushSync();
    expect(view.getAllByRole("tab").map((t) => t.textContent?.trim())).toEqual(["Beta", "Gamma"]);
    expect(panel(view, 3).hidden).toBe(false);
    props(5).visible = true;
    props(3).label = "Renamed";
    flushSync();
    expect(view.getAllByRole("tab").map((t) => t.textContent?.trim())).toEqual(["Renamed", "Gamma", "Delta"]);
  });

  it("moves between enabled tabs with the arrow keys", async () => {
    const { view, events } = setup(components, layout);
    await fireEvent.keyDown(view.getByRole("tab", { name: "Alpha" }), { key: "ArrowRight" });
    expect(view.getByRole("tab", { name: "Beta" }).getAttribute("aria-selected")).toBe("true");
    await fireEvent.keyDown(view.getByRole("tab", { name: "Beta" }), { key: "ArrowRight" });
    expect(view.getByRole("tab", { name: "Alpha" }).getAttribute("aria-selected")).toBe("true");
    expect(events.filter((e) => e[1] === "select").length).toBe(4);
  });
});

describe("Accordion", () => {
  const components: ComponentConfig[] = [
    { id: 1, type: "accordion", props: { label: "More", open: false } },
    { id: 2, type: "textbox", props: { label: "Inside", value: "x" } },
  ];
  const layout = { id: 1, children: [{ id: 2 }] };

  it("toggles on a click of its title and fires expand and collapse", async () => {
    const { view, events, props } = setup(components, layout);
    const header = view.getByRole("button", { name: "More" });
    expect(header.getAttribute("aria-expanded")).toBe("false");
    await fireEvent.click(header);
    expect(props(1).open).toBe(true);
    expect(header.getAttribute("aria-expanded")).toBe("true");
    await fireEvent.click(header);
    expect(events.map((e) => e[1])).toEqual(["expand", "collapse"]);
  });

  it("follows `open` from the server", () => {
    const { events, props } = setup(components, layout);
    props(1).open = true;
    flushSync();
    expect(events).toEqual([[1, "expand", null]]);
  });
});

describe("Group", () => {
  it("draws its children inside one frame", () => {
    const { view } = setup(
      [{ id: 1, type: "group", props: {} }, { id: 2, type: "textbox", props: { label: "A" } }, { id: 3, type: "textbox", props: { label: "B" } }],
      { id: 1, children: [{ id: 2 }, { id: 3 }] },
    );
    const group = view.getByTestId("group");
    expect(within(group).getByLabelText("A")).toBeTruthy();
    expect(within(group).getByLabelText("B")).toBeTruthy();
  });
});

describe("Form", () => {
  it("holds the server's run of form inputs, as their parent would lay them out, side by side in a row", () => {
    const { view } = setup(
      [
        { id: 1, type: "row", props: {} },
        { id: 2, type: "form", props: { scale: 2, min_width: 320 } },
        { id: 3, type: "textbox", props: { label: "A" } },
        { id: 4, type: "number", props: { label: "B" } },
      ],
      { id: 1, children: [{ id: 2, children: [{ id: 3 }, { id: 4 }] }] },
    );
    const form = view.getByTestId("form");
    expect(form.parentElement).toBe(view.getByTestId("row"));
    expect(within(form).getByLabelText("A")).toBeTruthy();
    expect(within(form).getByLabelText("B")).toBeTruthy();
    expect(form.style.flexGrow).toBe("2");
    expect(form.style.minWidth).toBe("min(320px, 100%)");
  });
});

describe("Dataset", () => {
  const samples = Array.from({ length: 12 }, (_, i) => [`text ${i}`, i]);
  const table = (extra: Record<string, unknown> = {}) =>
    setup(
      [
        { id: 1, type: "textbox", props: { label: "Prompt" } },
        { id: 2, type: "number", props: { label: "Count" } },
        { id: 3, type: "dataset", props: { label: "Examples", components: ["textbox", "number"], samples, samples_per_page: 5, headers: [], type: "index", ...extra } },
      ],
      { id: 3 },
      [[3, "click", [1, 2]]],
    );

  it("shows a page of samples in a table, headed by the inputs' labels", () => {
    const { view } = table();
    expect(view.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Prompt", "Count"]);
    const rows = view.getAllByTestId("dataset-sample");
    expect(rows.length).toBe(5);
    expect(rows[1].textContent).toContain("text 1");
    expect(view.getAllByRole("button", { name: /^Page/ }).map((b) => b.textContent?.trim())).toEqual(["1", "2", "3"]);
  });

  it("sets its value to the clicked sample's index and fires click and select", async () => {
    const { view, events, props } = table();
    await fireEvent.click(view.getByRole("button", { name: "Page 2" }));
    const rows = view.getAllByTestId("dataset-sample");
    expect(rows[0].textContent).toContain("text 5");
    await fireEvent.click(rows[1]);
    expect(props(3).value).toBe(6);
    expect(events).toEqual([[3, "click", null], [3, "select", { index: 6, value: ["text 6", 6], selected: true }]]);
    await fireEvent.keyDown(rows[2], { key: "Enter" });
    expect(props(3).value).toBe(7);
  });

  it("uses the given headers, and starts again on page 1 with new samples", async () => {
    const { view, props } = table({ headers: ["Q", "N"] });
    expect(view.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Q", "N"]);
    await fireEvent.click(view.getByRole("button", { name: "Page 3" }));
    expect(view.getAllByTestId("dataset-sample").length).toBe(2);
    props(3).samples = [["new", 1]];
    flushSync();
    expect(view.getAllByTestId("dataset-sample").map((r) => r.querySelector("td")?.textContent?.trim())).toEqual(["new"]);
    expect(view.queryByRole("button", { name: /^Page/ })).toBeNull();
  });

  it("shows a single column as chips, images as thumbnails", async () => {
    const { view, events } = setup(
      [
        { id: 1, type: "image", props: { label: "Photo" } },
        { id: 2, type: "dataset", props: { components: ["image"], samples: [[file("cat.png")], [null], [file("dog.png")]], type: "index" } },
      ],
      { id: 2 },
    );
    expect(view.getByText("Examples")).toBeTruthy();
    const chips = view.getAllByTestId("dataset-sample");
    expect(chips.length).toBe(2);
    expect(chips[1].querySelector("img")?.getAttribute("src")).toBe("http://h/gradio_api/file=/tmp/cache/dog.png");
    await fireEvent.click(chips[1]);
    expect(events[0]).toEqual([2, "click", null]);
    expect((events[1][2] as { index: number }).index).toBe(2);
  });
});

describe("File", () => {
  it("lists output files as download links with their sizes", async () => {
    const { view, events } = setup([{ id: 1, type: "file", props: { label: "Out", interactive: false, value: [file("a.pdf", 1536), file("b.txt", 20)] } }], { id: 1 });
    const links = view.getAllByRole("link");
    expect(links.map((l) => l.textContent?.trim())).toEqual(["1.5 KB", "20 B"]);
    expect(links[0].getAttribute("href")).toBe("http://h/gradio_api/file=/tmp/cache/a.pdf");
    expect(links[0].getAttribute("download")).toBe("a.pdf");
    expect(view.queryByRole("button")).toBeNull();
    links[1].addEventListener("click", (e) => e.preventDefault());
    await fireEvent.click(links[1]);
    expect(events).toEqual([[1, "download", file("b.txt", 20)]]);
  });

  it("shows an empty output without an upload area", () => {
    const { view } = setup([{ id: 1, type: "file", props: { interactive: false, value: null } }], { id: 1 });
    expect(view.queryByText("Click to Upload")).toBeNull();
    expect(view.getByText("File")).toBeTruthy();
  });

  it("uploads picked files, adding to a multiple file's list, and fires upload, input and change", async () => {
    const { app, view, events, props } = setup(
      [{ id: 1, type: "file", props: { label: "In", interactive: true, file_count: "multiple", file_types: [".txt"], value: [file("old.txt")] } }],
      { id: 1 },
    );
    const upload = vi.fn(async (files: File[]) => files.map((f) => ({ ...file(f.name, f.size), blob: f })));
    app.upload = upload as unknown as App["upload"];
    const warn = vi.spyOn(app.toasts, "show");
    const input = view.getByTestId("file-upload") as HTMLInputElement;
    expect(input.accept).toBe(".txt");
    expect(input.multiple).toBe(true);
    Object.defineProperty(input, "files", { value: [new File(["hi"], "new.txt"), new File(["%PDF"], "x.pdf")] });
    await fireEvent.change(input);
    await vi.waitFor(() => expect(events.length).toBe(3));
    expect(upload.mock.calls[0][0].map((f: File) => f.name)).toEqual(["new.txt"]);
    expect(warn).toHaveBeenCalledWith("warning", expect.stringContaining("x.pdf"), expect.any(String), 5);
    expect(events.map((e) => e[1])).toEqual(["upload", "input", "change"]);
    expect(props(1).value.map((f: { orig_name: string }) => f.orig_name)).toEqual(["old.txt", "new.txt"]);
    expect(props(1).value[1].blob).toBeUndefined();
  });

  it("removes one file of several (delete), or clears them all (clear)", async () => {
    const { view, events, props } = setup(
      [{ id: 1, type: "file", props: { interactive: true, file_count: "multiple", value: [file("a.txt"), file("b.txt")] } }],
      { id: 1 },
    );
    await fireEvent.click(view.getByRole("button", { name: "Remove a.txt" }));
    expect(events).toEqual([[1, "delete", file("a.txt")], [1, "input", null], [1, "change", null]]);
    expect(props(1).value.map((f: { orig_name: string }) => f.orig_name)).toEqual(["b.txt"]);
    events.length = 0;
    await fireEvent.click(view.getByRole("button", { name: "Clear" }));
    expect(events.map((e) => e[1])).toEqual(["clear", "input", "change"]);
    expect(props(1).value).toBeNull();
    expect(view.getByText("Click to Upload", { exact: false })).toBeTruthy();
  });

  it("refuses a file over the app's max_file_size before uploading, saying both sizes in MB", async () => {
    const { app, view, events } = setup([{ id: 1, type: "file", props: { interactive: true, value: null } }], { id: 1 });
    app.config.max_file_size = 100 * 1024 * 1024;
    const upload = vi.fn();
    app.upload = upload as unknown as App["upload"];
    const input = view.getByTestId("file-upload") as HTMLInputElement;
    const huge = new File(["x"], "huge.bin");
    Object.defineProperty(huge, "size", { value: 120 * 1024 * 1024 });
    Object.defineProperty(input, "files", { value: [huge] });
    await fireEvent.change(input);
    expect(app.toasts.items[0]).toMatchObject({ level: "warning", message: "huge.bin is 120.0 MB; files may be at most 100.0 MB." });
    expect(upload).not.toHaveBeenCalled();
    expect(events).toEqual([]);
  });

  it("shows upload errors as an error toast", async () => {
    const { app, view, events } = setup([{ id: 1, type: "file", props: { interactive: true, value: null } }], { id: 1 });
    app.upload = (async () => {
      throw new Error("File(s) exceed the maximum allowed size");
    }) as unknown as App["upload"];
    const input = view.getByTestId("file-upload") as HTMLInputElement;
    Object.defineProperty(input, "files", { value: [new File(["x"], "big.bin")] });
    await fireEvent.change(input);
    await vi.waitFor(() => expect(app.toasts.items.length).toBe(1));
    expect(app.toasts.items[0]).toMatchObject({ level: "error", message: "File(s) exceed the maximum allowed size" });
    expect(events).toEqual([]);
  });
});

describe("Image", () => {
  it("shows an output image with download and full-screen buttons", () => {
    const { view } = setup([{ id: 1, type: "image", props: { label: "Result", interactive: false, value: file("out.png") } }], { id: 1 });
    expect(view.getByRole("img").getAttribute("src")).toBe("http://h/gradio_api/file=/tmp/cache/out.png");
    expect(view.getByRole("link", { name: "Download" }).getAttribute("download")).toBe("out.png");
    expect(view.getByRole("button", { name: "Full screen" })).toBeTruthy();
    expect(view.getByText("Result")).toBeTruthy();
  });

  it("hides the download button when buttons leaves it out, and shows an empty output", () => {
    const buttons = ["share", "fullscreen"];
    const { view, props } = setup([{ id: 1, type: "image", props: { interactive: false, buttons, value: file("out.png") } }], { id: 1 });
    expect(view.queryByRole("link", { name: "Download" })).toBeNull();
    expect(view.getByRole("button", { name: "Full screen" })).toBeTruthy();
    props(1).value = null;
    flushSync();
    expect(view.queryByRole("img")).toBeNull();
    expect(view.queryByText("Click to Upload")).toBeNull();
  });

  it("uploads a picked image and fires upload, input and change; × clears it", async () => {
    const { app, view, events, props } = setup([{ id: 1, type: "image", props: { label: "Photo", interactive: true, value: null } }], { id: 1 });
    expect(view.getByText("Drop Image Here", { exact: false })).toBeTruthy();
    app.upload = (async (files: File[]) => files.map((f) => ({ ...file(f.name), blob: f }))) as unknown as App["upload"];
    const input = view.getByTestId("image-upload") as HTMLInputElement;
    expect(input.accept).toBe("image/*");
    Object.defineProperty(input, "files", { value: [new File(["png"], "cat.png", { type: "image/png" })] });
    await fireEvent.change(input);
    await vi.waitFor(() => expect(events.length).toBe(3));
    expect(events.map((e) => e[1])).toEqual(["upload", "input", "change"]);
    expect(props(1).value).toEqual(file("cat.png"));
    await vi.waitFor(() => expect(view.getByRole("img").getAttribute("src")).toBe("http://h/gradio_api/file=/tmp/cache/cat.png"));
    await fireEvent.click(view.getByRole("button", { name: "Remove image" }));
    expect(events.slice(3).map((e) => e[1])).toEqual(["clear", "input", "change"]);
    expect(props(1).value).toBeNull();
  });

  it("refuses files that are not images", async () => {
    const { app, view, events } = setup([{ id: 1, type: "image", props: { interactive: true, value: null } }], { id: 1 });
    const input = view.getByTestId("image-upload") as HTMLInputElement;
    Object.defineProperty(input, "files", { value: [new File(["x"], "notes.txt", { type: "text/plain" })] });
    await fireEvent.change(input);
    expect(app.toasts.items[0]).toMatchObject({ level: "warning" });
    expect(events).toEqual([]);
  });

  it("refuses an image over the app's max_file_size before uploading", async () => {
    const { app, view, events } = setup([{ id: 1, type: "image", props: { interactive: true, value: null } }], { id: 1 });
    app.config.max_file_size = 1024;
    const upload = vi.fn();
    app.upload = upload as unknown as App["upload"];
    const input = view.getByTestId("image-upload") as HTMLInputElement;
    Object.defineProperty(input, "files", { value: [new File([new Uint8Array(2048)], "big.png", { type: "image/png" })] });
    await fireEvent.change(input);
    expect(app.toasts.items[0]).toMatchObject({ level: "warning", message: "big.png is 2.0 KB; files may be at most 1.0 KB." });
    expect(upload).not.toHaveBeenCalled();
    expect(events).toEqual([]);
  });

  it("offers the sources it has", () => {
    const { view } = setup([{ id: 1, type: "image", props: { interactive: true, sources: ["upload", "clipboard"] } }], { id: 1 });
    expect(view.getByRole("button", { name: "Upload a file" })).toBeTruthy();
    expect(view.getByRole("button", { name: "Paste from the clipboard" })).toBeTruthy();
    expect(view.queryByRole("button", { name: "Capture from the webcam" })).toBeNull();
  });

  describe("with a webcam", () => {
    afterEach(() => {
      giveCamera(undefined);
      vi.restoreAllMocks();
    });

    it("starts on its first source; a picture uploads, shows, and lets the camera go", async () => {
      fakeVideoAndCanvas();
      const { stream, track } = fakeStream();
      giveCamera(async () => stream);
      const { app, view, events, props } = setup([{ id: 1, type: "image", props: { interactive: true, value: null, sources: ["webcam", "upload"], mirror_webcam: false } }], { id: 1 });
      app.upload = (async (files: File[]) => files.map((f) => ({ ...file(f.name), blob: f }))) as unknown as App["upload"];
      expect(view.getByRole("button", { name: "Capture from the webcam" }).getAttribute("aria-pressed")).toBe("true");
      await showFirstFrame(view.container);
      await fireEvent.click(await view.findByRole("button", { name: "Take a picture" }));
      await vi.waitFor(() => expect(events.map((e) => e[1])).toEqual(["upload", "input", "change"]));
      expect(props(1).value).toEqual(file("webcam.png"));
      await vi.waitFor(() => expect(view.getByRole("img").getAttribute("alt")).toBe("webcam.png"));
      expect(track.stop).toHaveBeenCalled();
    });

    it("mirrors the preview unless webcam_options (or the older mirror_webcam) says not to", async () => {
      fakeVideoAndCanvas();
      giveCamera(async () => fakeStream().stream);
      const mirrored = (props: Record<string, unknown>) => {
        const { view } = setup([{ id: 1, type: "image", props: { interactive: true, sources: ["webcam"], ...props } }], { id: 1 });
        const mirror = view.container.querySelector("video")!.classList.contains("mirror");
        cleanup();
        return mirror;
      };
      expect([mirrored({}), mirrored({ mirror_webcam: false }), mirrored({ webcam_options: { mirror: false }, mirror_webcam: true })]).toEqual([true, false, false]);
    });

    it("says on an insecure page why there is no camera; a drop takes over as an upload", async () => {
      const { app, view, events } = setup([{ id: 1, type: "image", props: { interactive: true, value: null } }], { id: 1 });
      app.upload = (async (files: File[]) => files.map((f) => ({ ...file(f.name), blob: f }))) as unknown as App["upload"];
      await fireEvent.click(view.getByRole("button", { name: "Capture from the webcam" }));
      expect(view.getByRole("alert").textContent).toMatch(/The webcam needs a secure page/);
      const drop = new Event("drop", { bubbles: true, cancelable: true });
      Object.defineProperty(drop, "dataTransfer", { value: { types: ["Files"], files: [new File(["png"], "cat.png", { type: "image/png" })] } });
      view.getByTestId("image").dispatchEvent(drop);
      await vi.waitFor(() => expect(events.map((e) => e[1])).toEqual(["upload", "input", "change"]));
      expect(view.getByRole("button", { name: "Upload a file" }).getAttribute("aria-pressed")).toBe("true");
      expect(view.queryByRole("alert")).toBeNull();
    });

    it("clears the image when the user turns to the webcam", async () => {
      const { view, events, props } = setup([{ id: 1, type: "image", props: { interactive: true, value: file("old.png") } }], { id: 1 });
      await fireEvent.click(view.getByRole("button", { name: "Capture from the webcam" }));
      expect(events.map((e) => e[1])).toEqual(["clear", "input", "change"]);
      expect(props(1).value).toBeNull();
    });
  });
});
