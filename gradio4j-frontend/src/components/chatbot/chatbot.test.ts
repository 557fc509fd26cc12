// Renders the Chatbot inside a real App (with its events recorded instead of sent) and checks
// what it shows, which events it fires, how it follows a stream and how often it renders one.
import { cleanup, fireEvent, render, within } from "@testing-library/svelte";
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../../lib/app.svelte";
import * as markdown from "../../lib/markdown";
import Render from "../../lib/Render.svelte";
import type { LoadingStatus } from "../../lib/types";
import { appConfig, listener } from "../../test-support/configs";

vi.mock("../../lib/clipboard", () => ({ copyText: vi.fn(async () => true) }));
vi.mock("../../lib/markdown", { spy: true });

/** ResizeObserver is not in jsdom: this one lets a test say when the conversation grew. */
const observers: (() => void)[] = [];
class FakeResizeObserver {
  constructor(private callback: () => void) {}
  observe() {
    observers.push(this.callback);
  }
  disconnect() {
    observers.splice(observers.indexOf(this.callback), 1);
  }
}

beforeEach(() => vi.stubGlobal("ResizeObserver", FakeResizeObserver));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

type Event = [number, string, unknown];

function setup(props: Record<string, unknown>, listened: string[] = []) {
  const config = appConfig([{ id: 1, type: "chatbot", props }],
    { dependencies: listened.map((event, i) => listener(i, [1, event])) });
  const app = new App(config);
  const events: Event[] = [];
  app.trigger = ((id: number, event: string, data: unknown = null) => {
    events.push([id, event, data === null ? null : JSON.parse(JSON.stringify(data))]);
  }) as App["trigger"];
  const view = render(Render, { props: { node: { id: 1 }, app } });
  const block = app.blocks.get(1)!;
  return { app, block, events, view };
}

const text = (role: string, t: string, metadata: unknown = null, options: unknown = null) => ({
  role, metadata, options, content: [{ type: "text", text: t }],
});
const file = (name: string, mime: string | null) => ({
  path: `/tmp/${name}`, url: `http://h/gradio_api/file=/tmp/${name}`, size: 2048, orig_name: name, mime_type: mime,
  is_stream: false, meta: { _type: "gradio.FileData" },
});
const pending = (status: LoadingStatus["status"] = "pending"): LoadingStatus => ({
  status, queuePosition: null, queueSize: null, eta: null, startedAt: Date.now(), progress: null, showProgress: "full", message: null,
});
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const bubbles = (view: { container: HTMLElement }, role: string) =>
  [...view.container.querySelectorAll(`[data-testid="chat-${role}"] .bubble`)].map((b) => b.textContent?.trim());

describe("Chatbot", () => {
  it("shows the user's messages and the assistant's as Markdown, with line breaks", () => {
    const { view } = setup({
      label: "Assistant",
      value: [
        text("user", "Hi **there**"),
        { role: "assistant", content: "line one\nline two" },
        { role: "system", content: "secret instructions" },
      ],
    });
    expect(view.getByText("Assistant")).toBeTruthy();
    expect(bubbles(view, "user")).toEqual(["Hi there"]);
    expect(view.container.querySelector('[data-testid="chat-user"] strong')?.textContent).toBe("there");
    expect(view.container.querySelector('[data-testid="chat-assistant"] br')).not.toBeNull();
    expect(view.container.textContent).not.toContain("secret");
  });

  it("marks an answer the server marked as an error, and only that one", () => {
    const { view } = setup({
      value: [
        text("user", "hi"),
        text("assistant", "⚠️ a warning the model wrote"),
        text("assistant", "The model is down.", { status: "error" }),
      ],
    });
    const alerts = view.getAllByRole("alert");
    expect(alerts.map((a) => a.textContent?.replace(/\s+/g, " ").trim())).toEqual(["⚠️ The model is down."]);
  });

  it("sanitises messages unless told not to, and can turn line breaks off", () => {
    const value = [{ role: "assistant", content: 'a\nb <img src="x" onerror="alert(1)">' }];
    const { view } = setup({ value });
    expect(view.container.querySelector("img[onerror]")).toBeNull();
    cleanup();
    const raw = setup({ value, sanitize_html: false, line_breaks: false }).view;
    expect(raw.container.querySelector("img[onerror]")).not.toBeNull();
    expect(raw.container.querySelector(".bubble br")).toBeNull();
  });

  it("shows files inline by kind: an image that opens full size, players, a download chip", async () => {
    const { view } = setup({
      value: [{
        role: "assistant", metadata: null, options: null,
        content: [
          { type: "file", file: file("cat.png", "image/png"), alt_text: "A cat" },
          { type: "file", file: file("song.mp3", "audio/mpeg"), alt_text: null },
          { type: "file", file: file("clip.mp4", "video/mp4"), alt_text: null },
          { type: "file", file: file("report.pdf", "application/pdf"), alt_text: null },
          { type: "component", component: "json", value: { a: 1 } },
          { type: "component", component: "label", value: { label: "cat", confidences: [{ label: "cat", confidence: 0.9 }] }, props: { label: "Guess" } },
          { type: "component", component: "plot", value: { points: [1, 2] } },
        ],
      }],
    });
    const img = view.getByAltText("A cat") as HTMLImageElement;
    expect(img.src).toBe("http://h/gradio_api/file=/tmp/cat.png");
    expect(view.container.querySelector("audio")?.getAttribute("src")).toBe("http://h/gradio_api/file=/tmp/song.mp3");
    expect(view.container.querySelector("video")?.hasAttribute("controls")).toBe(true);
    const chip = view.getByTestId("chat-file");
    expect(chip.textContent).toContain("report.pdf");
    expect(chip.getAttribute("download")).toBe("report.pdf");
    // Embedded components render as themselves, display-only; a kind this UI lacks shows its value.
    expect(view.getByTestId("chat-embed-json").textContent).toMatch(/a.*1/);
    expect(view.getByTestId("chat-embed-label").textContent).toContain("cat");
    expect(view.getByTestId("chat-embed-label").textContent).toContain("90%");
    expect(view.container.querySelector(".fallback")?.textContent).toBe('{\n  "points": [\n    1,\n    2\n  ]\n}');

    await fireEvent.click(view.getByRole("button", { name: "Open A cat at full size" }));
    const dialog = view.getByRole("dialog");
    expect(within(dialog).getByAltText("A cat")).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Close" }));
    await fireEvent.keyDown(window, { key: "Escape" });
    expect(view.queryByRole("dialog")).toBeNull();
  });

  it("shows thoughts as boxes: open with a spinner while pending, closed with their duration when done, nested", async () => {
    const { view, block } = setup({
      value: [
        text("user", "weather?"),
        text("assistant", "Looking it up", { title: "Using weather tool", id: "t", status: "pending", log: "Paris" }),
        text("assistant", "sunny", { title: "Result", parent_id: "t" }),
      ],
    });
    const box = () => view.getAllByTestId("chat-thought")[0];
    const header = () => within(box()).getAllByRole("button")[0];
    expect(header().getAttribute("aria-expanded")).toBe("true");
    expect(box().querySelector(".spinner")).not.toBeNull();
    expect(box().textContent).toContain("Paris");
    expect(box().textContent).toContain("Looking it up");
    expect(within(box()).getAllByTestId("chat-thought").length).toBe(1);

    block.props.value = [
      text("user", "weather?"),
      text("assistant", "Looking it up", { title: "Using weather tool", id: "t", status: "done", duration: 1.5 }),
      text("assistant", "sunny", { title: "Result", parent_id: "t" }),
    ];
    await nextFrame();
    flushSync();
    expect(header().getAttribute("aria-expanded")).toBe("false");
    expect(box().querySelector(".spinner")).toBeNull();
    expect(box().textContent).toContain("1.5s");
    expect(box().textContent).not.toContain("Looking it up");
    await fireEvent.click(header());
    expect(header().getAttribute("aria-expanded")).toBe("true");
    expect(box().textContent).toContain("sunny");
  });

  it("shows a placeholder while empty, and the avatars beside the messages", async () => {
    const { view, block } = setup({ value: [], placeholder: "**Ask me** anything", avatar_images: [null, file("bot.png", "image/png")] });
    expect(view.container.querySelector(".placeholder strong")?.textContent).toBe("Ask me");
    block.props.value = [text("user", "hi"), text("assistant", "hello")];
    await nextFrame();
    flushSync();
    expect(view.container.querySelector(".placeholder")).toBeNull();
    expect(view.container.querySelector('[data-testid="chat-user"] .avatar')).toBeNull();
    expect((view.getByAltText("assistant avatar") as HTMLImageElement).src).toBe("http://h/gradio_api/file=/tmp/bot.png");
  });

  it("sizes itself from height, min_height and max_height", () => {
    const { view, block } = setup({ value: [] });
    const frame = view.getByTestId("chatbot");
    expect(frame.style.height).toBe("500px");
    block.props.height = "60vh";
    block.props.max_height = 800;
    flushSync();
    expect(frame.style.height).toBe("60vh");
    expect(frame.style.maxHeight).toBe("800px");
  });

  it("fires like and dislike on the assistant's messages, once per choice", async () => {
    const { view, events } = setup({ likeable: true, value: [text("user", "q"), text("assistant", "a")] });
    const like = view.getByRole("button", { name: "Like" });
    await fireEvent.click(like);
    expect(like.getAttribute("aria-pressed")).toBe("true");
    await fireEvent.click(view.getByRole("button", { name: "Dislike" }));
    await fireEvent.click(view.getByRole("button", { name: "Dislike" }));
    expect(events).toEqual([
      [1, "like", { index: 1, value: ["a"], liked: true }],
      [1, "like", { index: 1, value: ["a"], liked: false }],
    ]);
    expect(view.getAllByRole("button", { name: "Like" }).length).toBe(1);
  });

  it("copies a message's text and fires copy, on every message while buttons lists copy (as without buttons)", async () => {
    const { view, events } = setup({ buttons: ["share", "copy", "copy_all"], value: [text("user", "q"), text("assistant", "the answer")] });
    const buttons = view.getAllByRole("button", { name: "Copy message" });
    expect(buttons.length).toBe(2);
    await fireEvent.click(buttons[1]);
    expect(events).toEqual([[1, "copy", { index: 1, value: "the answer" }]]);
    expect(view.getByRole("button", { name: "Copied" })).toBeTruthy();
    cleanup();
    expect(setup({ value: [text("user", "q")] }).view.getAllByRole("button", { name: "Copy message" }).length).toBe(1);
    cleanup();
    expect(setup({ buttons: ["share", "copy_all"], value: [text("assistant", "a")] }).view.queryByRole("button", { name: "Copy message" })).toBeNull();
  });

  it("fires select with the message clicked when selectable, not for opening a thought", async () => {
    const { view, events } = setup({
      _selectable: true,
      value: [text("user", "q"), text("assistant", "hmm", { title: "Thinking", status: "done" }), text("assistant", "a")],
    });
    await fireEvent.click(view.getByRole("button", { name: "Thinking" }));
    await fireEvent.click(view.getByText("a"));
    expect(events).toEqual([[1, "select", { index: 2, value: "a" }]]);
  });

  it("writes the messages right to left when rtl", () => {
    const { view } = setup({ rtl: true, value: [text("user", "שלום")] });
    expect(view.getByText("שלום").closest("[dir]")?.getAttribute("dir")).toBe("rtl");
  });

  it("shows retry, undo and clear only when the app listens to them", async () => {
    const value = [text("user", "first"), text("assistant", "one"), text("user", "second"), text("assistant", "two")];
    const bare = setup({ value });
    expect(bare.view.queryByRole("button", { name: "Retry" })).toBeNull();
    expect(bare.view.queryByRole("button", { name: "Clear the conversation" })).toBeNull();
    cleanup();

    const { view, events, block } = setup({ value, likeable: true }, ["retry", "undo", "clear"]);
    expect(view.getAllByRole("button", { name: "Retry" }).length).toBe(1);
    const likes = () => view.getAllByRole("button", { name: "Like" }).map((b) => b.getAttribute("aria-pressed"));
    await fireEvent.click(view.getAllByRole("button", { name: "Like" })[0]);
    await fireEvent.click(view.getAllByRole("button", { name: "Like" })[1]);
    events.length = 0;
    await fireEvent.click(view.getByRole("button", { name: "Retry" }));
    expect(likes()).toEqual(["true", "false"]);
    await fireEvent.click(view.getByRole("button", { name: "Undo" }));
    await fireEvent.click(view.getByRole("button", { name: "Clear the conversation" }));
    expect(events).toEqual([
      [1, "retry", { index: 2, value: "second" }],
      [1, "undo", { index: 2, value: "second" }],
      [1, "clear", null],
      [1, "change", null],
    ]);
    expect(block.props.value).toEqual([]);
  });

  it("edits the messages `editable` allows in place, firing edit with the old and new text", async () => {
    const value = [text("user", "what is 2+2?"), text("assistant", "4")];
    const { view, events, block } = setup({ value, editable: "user" });
    expect(view.getAllByRole("button", { name: "Edit message" }).length).toBe(1);
    await fireEvent.click(view.getByRole("button", { name: "Edit message" }));
    const area = view.getByRole("textbox", { name: "Edit the message" }) as HTMLTextAreaElement;
    expect(area.value).toBe("what is 2+2?");
    await fireEvent.input(area, { target: { value: "what is 3+3?" } });
    await fireEvent.click(view.getByRole("button", { name: "Save" }));
    expect(events).toEqual([
      [1, "edit", { index: 0, value: "what is 3+3?", previous_value: "what is 2+2?" }],
      [1, "change", null],
    ]);
    expect(block.props.value[0].content).toEqual([{ type: "text", text: "what is 3+3?" }]);
    await nextFrame();
    flushSync();
    expect(bubbles(view, "user")).toEqual(["what is 3+3?"]);

    events.length = 0;
    await fireEvent.click(view.getByRole("button", { name: "Edit message" }));
    await fireEvent.keyDown(view.getByRole("textbox", { name: "Edit the message" }), { key: "Escape" });
    expect(view.queryByRole("textbox", { name: "Edit the message" })).toBeNull();
    expect(events).toEqual([]);
  });

  it("offers no edit without `editable`, and none of the assistant's with \"user\"", () => {
    const value = [text("user", "q"), text("assistant", "a")];
    expect(setup({ value }).view.queryByRole("button", { name: "Edit message" })).toBeNull();
    cleanup();
    const all = setup({ value, editable: "all" }).view;
    expect(all.getAllByRole("button", { name: "Edit message" }).length).toBe(2);
  });

  it("keeps conversations in the browser with save_history, once the answer has ended, and reopens them", async () => {
    localStorage.clear();
    const first = [text("user", "What is gradio4j?"), text("assistant", "Gradio for the JVM.")];
    const { view, events, block } = setup({ value: first, save_history: true, history_key: "test-chats" }, ["clear"]);
    flushSync();
    const stored = () => JSON.parse(localStorage.getItem("test-chats") ?? "[]");
    expect(stored().map((c: { title: string }) => c.title)).toEqual(["What is gradio4j?"]);

    await fireEvent.click(view.getByRole("button", { name: "Saved conversations" }));
    await fireEvent.click(view.getByRole("button", { name: "New chat" }));
    expect(block.props.value).toEqual([]);
    expect(events.map(([, name]) => name)).toEqual(["clear", "change"]);

    // A second conversation is saved only once its answer has ended.
    block.loading = pending("generating");
    block.props.value = [text("user", "Second question")];
    flushSync();
    expect(stored()).toHaveLength(1);
    block.loading = null;
    flushSync();
    expect(stored().map((c: { title: string }) => c.title)).toEqual(["Second question", "What is gradio4j?"]);

    // Another tab saved one meanwhile: opening the panel shows it too.
    localStorage.setItem("test-chats", JSON.stringify([
      { id: "other-tab", title: "From another tab", updated: Date.now(), messages: [text("user", "From another tab")] },
      ...stored(),
    ]));
    events.length = 0;
    await fireEvent.click(view.getByRole("button", { name: "Saved conversations" }));
    expect(view.getByRole("button", { name: /^From another tab/ })).toBeTruthy();
    await fireEvent.click(view.getByRole("button", { name: /^What is gradio4j\?/ }));
    expect(block.props.value).toEqual(first);
    expect(events.map(([, name]) => name)).toEqual(["input", "change"]);

    await fireEvent.click(view.getByRole("button", { name: "Saved conversations" }));
    await fireEvent.click(view.getByRole("button", { name: "Delete “Second question”" }));
    expect(stored().map((c: { title: string }) => c.title)).toEqual(["What is gradio4j?", "From another tab"]);

    // The trash can deletes the conversation on screen from the saved ones too.
    await fireEvent.click(view.getByRole("button", { name: "Clear the conversation" }));
    expect(stored().map((c: { title: string }) => c.title)).toEqual(["From another tab"]);
  });

  it("offers the last answer's options and fires option_select", async () => {
    const { view, events } = setup({
      value: [text("assistant", "Pick one", null, [{ value: "a", label: "Apples" }, { value: "b" }])],
    });
    expect(view.getByRole("button", { name: "b" })).toBeTruthy();
    await fireEvent.click(view.getByRole("button", { name: "Apples" }));
    expect(events).toEqual([[1, "option_select", { index: 0, value: "a" }]]);
  });

  it("shows the examples as cards in the empty conversation, fires example_select, and drops them once it has a message", async () => {
    const icon = { path: "/tmp/cat.png", url: "http://host/gradio_api/file=/tmp/cat.png", meta: { _type: "gradio.FileData" } };
    const files = [{ path: "/tmp/a.txt", url: "http://host/gradio_api/file=/tmp/a.txt", orig_name: "a.txt" }];
    const { view, block, events } = setup({
      value: [],
      placeholder: "Ask away",
      examples: [{ text: "hello there" }, { text: "a long question", display_text: "Short", icon, files }],
    });
    expect(view.getByText("Ask away")).toBeTruthy();
    const cards = within(view.getByRole("group", { name: "Examples" })).getAllByRole("button");
    expect(cards.map((card) => card.textContent?.trim())).toEqual(["hello there", "Short"]);
    expect(cards[1].querySelector("img")?.getAttribute("src")).toBe(icon.url);
    expect(cards[0].querySelector("img")).toBeNull();

    await fireEvent.click(view.getByRole("button", { name: "Short" }));
    await fireEvent.click(view.getByRole("button", { name: "hello there" }));
    expect(events).toEqual([
      [1, "example_select", { index: 1, value: { text: "a long question", files } }],
      [1, "example_select", { index: 0, value: { text: "hello there", files: [] } }],
    ]);

    block.props.value = [text("user", "hello there")];
    flushSync();
    await vi.waitFor(() => expect(view.queryByRole("group", { name: "Examples" })).toBeNull());
  });

  it("shows no picture for Gradio's text icon of a multimodal chat's example", () => {
    const { view } = setup({
      value: [],
      examples: [{ text: "plain", icon: { path: "", url: null, orig_name: null, mime_type: "text", meta: { _type: "gradio.FileData" } } }],
    });
    expect(view.getByRole("button", { name: "plain" }).querySelector("img")).toBeNull();
  });

  it("shows typing dots while the answer is pending, not the frame's overlay", async () => {
    const { view, block } = setup({ value: [text("user", "q")] });
    block.loading = pending();
    flushSync();
    expect(view.getByTestId("chat-pending").querySelector(".dots")).not.toBeNull();
    expect(view.getByTestId("status-tracker").classList.contains("full")).toBe(false);
    block.loading = pending("generating");
    block.props.value = [text("user", "q"), text("assistant", "")];
    await nextFrame();
    flushSync();
    expect(view.queryByTestId("chat-pending")).toBeNull();
    expect(view.getByTestId("chat-assistant").querySelector(".dots")).not.toBeNull();
  });

  it("follows a growing conversation until the user scrolls up, and again once back at the bottom", async () => {
    const { view } = setup({ value: [text("user", "q")] });
    const log = view.getByRole("log");
    let height = 1000;
    Object.defineProperty(log, "scrollHeight", { get: () => height });
    Object.defineProperty(log, "clientHeight", { get: () => 400 });
    const grow = (by: number) => {
      height += by;
      observers.forEach((o) => o());
    };
    grow(0);
    expect(log.scrollTop).toBe(1000);

    log.scrollTop = 300;
    await fireEvent.scroll(log);
    grow(200);
    expect(log.scrollTop).toBe(300);
    const down = view.getByRole("button", { name: "Scroll to the newest message" });

    log.scrollTop = 790;
    await fireEvent.scroll(log);
    grow(100);
    expect(log.scrollTop).toBe(1300);
    await fireEvent.scroll(log);
    expect(down.isConnected).toBe(false);
  });

  it("keeps following when the conversation grows between its own scroll and the scroll event", async () => {
    const { view } = setup({ value: [text("user", "q")] });
    const log = view.getByRole("log");
    let height = 1000;
    Object.defineProperty(log, "scrollHeight", { get: () => height });
    Object.defineProperty(log, "clientHeight", { get: () => 400 });
    observers.forEach((o) => o());
    expect(log.scrollTop).toBe(1000);

    // A tall image loads before the browser reports the scroll the view just made.
    height = 1600;
    await fireEvent.scroll(log);
    observers.forEach((o) => o());
    expect(log.scrollTop).toBe(1600);
    expect(view.queryByRole("button", { name: "Scroll to the newest message" })).toBeNull();
  });

  it("renders again only the block of a streamed answer that grows", async () => {
    const { block } = setup({ value: [text("assistant", "First paragraph.\n\nSecond")] });
    const render = vi.mocked(markdown.renderMarkdown);
    render.mockClear();
    block.props.value = [text("assistant", "First paragraph.\n\nSecond one")];
    flushSync();
    await nextFrame();
    flushSync();
    expect(render.mock.calls.map(([t]) => t)).toEqual(["Second one"]);
  });

  it("renders a streamed answer at most once a frame, and leaves unchanged messages alone", async () => {
    const { view, block } = setup({ value: [text("user", "q"), text("assistant", "a")] });
    const render = vi.mocked(markdown.renderMarkdown);
    render.mockClear();
    for (const chunk of ["ab", "abc", "abcd"]) {
      block.props.value = [text("user", "q"), text("assistant", chunk)];
      flushSync();
    }
    expect(bubbles(view, "assistant")).toEqual(["a"]);
    await nextFrame();
    flushSync();
    expect(bubbles(view, "assistant")).toEqual(["abcd"]);
    expect(render.mock.calls.map(([t]) => t)).toEqual(["abcd"]);
  });
});
