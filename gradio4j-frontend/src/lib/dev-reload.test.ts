// The page in dev mode: it follows the server's reload stream, applies each new version in
// place (same session, same DOM, typed values kept) and shows why a version failed.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import AppPage from "../App.svelte";
import type { AppConfig, ComponentConfig, DependencyConfig, LayoutNode } from "./types";
import { listener } from "../test-support/configs";

/** The browser's EventSource, with the server's events sent by hand. */
class FakeEventSource extends EventTarget {
  static opened: FakeEventSource[] = [];
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    super();
    FakeEventSource.opened.push(this);
  }
  close(): void {}
}

const client = {
  session_hash: "session-1",
  refresh: vi.fn<() => Promise<AppConfig>>(),
  submit: vi.fn(),
};

vi.mock("@gradio/client", async (original) => ({
  ...(await original<typeof import("@gradio/client")>()),
  Client: { connect: vi.fn(async () => client) },
}));

beforeEach(() => {
  FakeEventSource.opened = [];
  vi.stubGlobal("EventSource", FakeEventSource);
  client.refresh.mockReset();
  client.submit.mockReset();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function config(components: ComponentConfig[], children: LayoutNode[], dependencies: DependencyConfig[] = [], devMode = true): AppConfig {
  return {
    version: "6", root: "http://h", api_prefix: "/gradio_api", mode: "blocks", title: "Demo", components, dependencies,
    layout: { id: 0, children }, css: null, js: null, head: null, show_error: true, max_file_size: null, dev_mode: devMode,
  };
}

const v1 = config(
  [
    { id: 1, type: "column", key: "main", props: {} },
    { id: 2, type: "textbox", key: "name", props: { label: "Name", value: "" } },
    { id: 3, type: "textbox", key: "notes", props: { label: "Notes", value: "" } },
  ],
  [{ id: 1, children: [{ id: 2 }, { id: 3 }] }],
);
const v2 = config(
  [
    { id: 11, type: "column", key: "main", props: {} },
    { id: 12, type: "textbox", key: "name", props: { label: "Your name", value: "" } },
    { id: 14, type: "number", key: "age", props: { label: "Age", value: 30 } },
  ],
  [{ id: 11, children: [{ id: 14 }, { id: 12 }] }],
);

/** Shows the page and waits for it to follow the reload stream. */
async function open(first: AppConfig = v1) {
  const view = render(AppPage, { props: { config: first } });
  await waitFor(() => expect(reloads()).toBeDefined());
  return view;
}

const reloads = () => FakeEventSource.opened.find((s) => s.url === "http://h/gradio_api/dev/reload");
const compileError = "App.java:12: error: ';' expected\n        var x = 1\n                 ^\n1 error\n";

function sendError(text: string) {
  reloads()!.dispatchEvent(new MessageEvent("error", { data: JSON.stringify(text) }));
}

describe("dev mode reload", () => {
  it("follows the reload stream once connected, only in dev mode", async () => {
    render(AppPage, { props: { config: { ...v1, dev_mode: false } } });
    await waitFor(() => expect(FakeEventSource.opened.map((s) => s.url)).toEqual(["http://h/gradio_api/heartbeat/session-1"]));
    cleanup();
    await open();
    expect(reloads()).toBeDefined();
  });

  it("applies a new version in place, keeping the typed text in the same input", async () => {
    const view = await open();
    const input = view.getByLabelText("Name") as HTMLInputElement;
    await fireEvent.input(input, { target: { value: "Ada" } });
    client.refresh.mockResolvedValue(v2);
    reloads()!.dispatchEvent(new Event("reload"));
    await waitFor(() => expect(view.queryByLabelText("Your name")).not.toBeNull());
    expect(client.refresh).toHaveBeenCalledTimes(1);
    expect(view.getByLabelText("Your name")).toBe(input);
    expect(input.value).toBe("Ada");
    expect((view.getByLabelText("Age") as HTMLInputElement).value).toBe("30");
    expect(view.queryByLabelText("Notes")).toBeNull();
  });

  it("keeps the picked tab when a reload renumbers the tabs, without firing tab events", async () => {
    const tabs = (offset: number, label: string) =>
      config(
        [
          { id: offset + 1, type: "tabs", key: "tabs", props: {} },
          { id: offset + 2, type: "tabitem", key: "a", props: { label: "Alpha" } },
          { id: offset + 3, type: "tabitem", key: "b", props: { label } },
          { id: offset + 4, type: "textbox", key: "in-b", props: { label: "Inside" } },
        ],
        [{ id: offset + 1, children: [{ id: offset + 2 }, { id: offset + 3, children: [{ id: offset + 4 }] }] }],
        [dependency(offset + 2, "select"), dependency(offset + 3, "select"), dependency(offset + 1, "change")],
      );
    const view = await open(tabs(0, "Beta"));
    client.submit.mockImplementation(() => ({ cancel: async () => {}, async *[Symbol.asyncIterator]() {} }));
    await fireEvent.click(view.getByRole("tab", { name: "Beta" }));
    const fired = client.submit.mock.calls.length;
    expect(fired).toBe(2);
    client.refresh.mockResolvedValue(tabs(20, "Beta 2"));
    reloads()!.dispatchEvent(new Event("reload"));
    await waitFor(() => expect(view.queryByRole("tab", { name: "Beta 2" })).not.toBeNull());
    expect(view.getByRole("tab", { name: "Beta 2" }).getAttribute("aria-selected")).toBe("true");
    expect(client.submit.mock.calls.length).toBe(fired);
  });

  it("shows a failed reload over the page, ignoring lost connections, until the next reload succeeds", async () => {
    await open();
    reloads()!.dispatchEvent(new Event("error"));
    flushSync();
    expect(screen.queryByTestId("reload-error")).toBeNull();
    sendError(compileError);
    const overlay = await screen.findByTestId("reload-error");
    expect(overlay.textContent).toContain("Reload failed");
    expect(screen.getByTestId("reload-error-location").textContent).toBe("App.java:12");
    client.refresh.mockResolvedValue(v2);
    reloads()!.dispatchEvent(new Event("reload"));
    await waitFor(() => expect(screen.queryByTestId("reload-error")).toBeNull());
  });

  it("shows why a new version could not be fetched", async () => {
    await open();
    client.refresh.mockRejectedValue(new Error("401 Unauthorized"));
    reloads()!.dispatchEvent(new Event("reload"));
    const overlay = await screen.findByTestId("reload-error");
    expect(overlay.textContent).toContain("The new version could not be loaded: 401 Unauthorized");
    expect(screen.getByLabelText("Name")).toBeTruthy();
  });
});

function dependency(target: number, event: string): DependencyConfig {
  return listener(target * 10, [target, event], { queue: true });
}
